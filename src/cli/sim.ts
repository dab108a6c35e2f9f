/**
 * `npm run --silent sim -- scenario.json [--format csv|json] [--out FILE] [--metrics]`
 * `npm run --silent sim -- scenario.json --sweep sensitivity|uncertainty …` (see USAGE in ./args.ts)
 *
 * Exit codes: 0 success; 2 any failure (bad arguments, an unreadable or invalid
 * scenario, a subject with no steady state, a failed simulation, an output that
 * cannot be written), with exactly one line on stderr naming what is wrong.
 * Everything printed to stderr has its control characters escaped
 * (./terminal-text.ts), since scenario files and paths are user input.
 */
import { ArgumentError, USAGE, parseSimArgs, type SimArgs } from './args';
import { readScenarioFile } from './read-input';
import { runScenarioText } from './run-scenario';
import { forTerminal, jsonForTerminal } from './terminal-text';
import { OutputError, writeOutput } from './write-output';

/** Exit code of every failure. */
const FAILED = 2;

/** One line on stderr, control characters escaped. */
function report(message: string): void {
  process.stderr.write(`gonadostat sim: ${forTerminal(message)}\n`);
}

/** A progress line for sweeps, redrawn in place on a terminal only (pipes and tests see nothing). */
function drawProgress(done: number, total: number): void {
  if (done === total || done % 10 === 0) process.stderr.write(`\rgonadostat sim: run ${done} of ${total}`);
}

function run(args: SimArgs): number {
  const input = readScenarioFile(args.scenarioPath);
  if (!input.ok) {
    report(input.message);
    return FAILED;
  }
  const outcome = runScenarioText(input.text, { ...args, onProgress: process.stderr.isTTY ? drawProgress : undefined });
  if (process.stderr.isTTY && args.sweep !== undefined) process.stderr.write('\r\x1b[K');
  if (!outcome.ok) {
    report(`${args.scenarioPath}: ${outcome.message}`);
    return FAILED;
  }
  if (outcome.warning !== undefined) report(`${args.scenarioPath}: ${outcome.warning}`);
  const text = args.format === 'json' ? jsonForTerminal(outcome.text) : outcome.text;
  if (args.outPath === undefined) {
    process.stdout.write(text);
    return 0;
  }
  try {
    writeOutput(args.outPath, text);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    report(error.message);
    return FAILED;
  }
  return 0;
}

function main(argv: readonly string[]): number {
  try {
    const args = parseSimArgs(argv);
    if (args !== 'help') return run(args);
    process.stdout.write(`${USAGE}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ArgumentError) report(`${error.message} (see --help)`);
    // Anything else is a bug, but still one line and exit code 2, never a stack trace.
    else report(`unexpected error: ${error instanceof Error ? error.message : String(error)} (please report this)`);
    return FAILED;
  }
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  report(`cannot write to standard output: ${error.message}`);
  process.exit(FAILED);
});

process.exitCode = main(process.argv.slice(2));
