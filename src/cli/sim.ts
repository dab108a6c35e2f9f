/**
 * `npm run --silent sim -- scenario.json [--format csv|json] [--out FILE] [--metrics]`
 * `npm run --silent sim -- scenario.json --sweep sensitivity|uncertainty …` (see USAGE in ./args.ts)
 *
 * Exit codes: 0 success; 2 bad input (arguments, unreadable or invalid
 * scenario), with a one-line message on stderr naming the field; 1 a failed
 * simulation (the solver's message names the time and state).
 */
import { readFileSync, renameSync, writeFileSync, unlinkSync } from 'node:fs';
import { ArgumentError, USAGE, parseSimArgs, type SimArgs } from './args';
import { runScenarioText } from './run-scenario';

function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    try { unlinkSync(temporary); } catch { /* nothing to clean */ }
    throw error;
  }
}

/** A progress line for sweeps, redrawn in place on a terminal only (pipes and tests see nothing). */
function drawProgress(done: number, total: number): void {
  if (done === total || done % 10 === 0) process.stderr.write(`\rgonadostat sim: run ${done} of ${total}`);
}

function main(argv: readonly string[]): number {
  let args: SimArgs | 'help';
  try {
    args = parseSimArgs(argv);
  } catch (error) {
    if (error instanceof ArgumentError) {
      process.stderr.write(`gonadostat sim: ${error.message} (see --help)\n`);
      return 2;
    }
    throw error;
  }
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let text: string;
  try {
    text = readFileSync(args.scenarioPath, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    process.stderr.write(`gonadostat sim: cannot read ${args.scenarioPath}: ${reason}\n`);
    return 2;
  }
  const outcome = runScenarioText(text, { ...args, onProgress: process.stderr.isTTY ? drawProgress : undefined });
  if (process.stderr.isTTY && args.sweep !== undefined) process.stderr.write('\r\x1b[K');
  if (!outcome.ok) {
    process.stderr.write(`gonadostat sim: ${args.scenarioPath}: ${outcome.message}\n`);
    return outcome.exitCode;
  }
  if (outcome.warning !== undefined) process.stderr.write(`gonadostat sim: ${args.scenarioPath}: ${outcome.warning}\n`);
  if (args.outPath !== undefined) writeAtomically(args.outPath, outcome.text);
  else process.stdout.write(outcome.text);
  return 0;
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = main(process.argv.slice(2));
