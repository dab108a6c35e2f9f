/**
 * `npm run --silent cycle -- [options]`: runs the female model (see CYCLE_USAGE
 * in ./cycle-args.ts). Data go to standard output; the metrics and stability
 * reports follow it on standard output for CSV, on standard error for JSON (so
 * the JSON stays parseable). Exit codes: 0 success; 2 bad arguments.
 */
import { ArgumentError } from './args';
import { CYCLE_USAGE, parseCycleArgs } from './cycle-args';
import { runCycle } from './run-cycle';

function main(argv: readonly string[]): number {
  let args;
  try {
    args = parseCycleArgs(argv);
  } catch (error) {
    if (error instanceof ArgumentError) {
      process.stderr.write(`gonadostat cycle: ${error.message} (see --help)\n`);
      return 2;
    }
    throw error;
  }
  if (args === 'help') {
    process.stdout.write(`${CYCLE_USAGE}\n`);
    return 0;
  }
  const outcome = runCycle(args);
  process.stdout.write(outcome.text);
  if (outcome.report !== '') (args.format === 'json' ? process.stderr : process.stdout).write(`\n${outcome.report}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
