/**
 * Command-line arguments of `npm run sim`. Parsing is separate from running so
 * that it can be tested without spawning processes.
 */

/** Output formats of the CLI. */
export type CliFormat = 'csv' | 'json';

/** Parsed arguments. */
export interface SimArgs {
  readonly scenarioPath: string;
  readonly format: CliFormat;
  readonly outPath?: string;
  readonly metrics: boolean;
}

/** Usage text printed by --help and after argument errors. */
export const USAGE = `Usage: npm run --silent sim -- SCENARIO.json [--format csv|json] [--out FILE] [--metrics]

Runs a Gonadostat scenario file and prints the trajectories relative to the
healthy baseline (1 = baseline). A teaching model, not a dosing tool.

  --format csv|json   csv (default): day plus one column per output;
                      json: the same series plus metadata (model, parameters, solver
                      statistics, recovery metrics)
  --out FILE          write to FILE instead of standard output (nothing is written on error)
  --metrics           print the recovery metrics (nadir, days below 50%, days to 90%)
                      as a table instead of the CSV
  --help              show this text`;

/** Thrown for bad arguments; the CLI prints the message and exits with code 2. */
export class ArgumentError extends Error {
  override readonly name = 'ArgumentError';
}

/** Parses argv (without node and script). Returns 'help' for --help. */
export function parseSimArgs(argv: readonly string[]): SimArgs | 'help' {
  let scenarioPath: string | undefined;
  let format: CliFormat = 'csv';
  let outPath: string | undefined;
  let metrics = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new ArgumentError(`${arg} needs a value`);
      i += 1;
      return next;
    };
    if (arg === '--help' || arg === '-h') return 'help';
    else if (arg === '--format') {
      const f = value();
      if (f !== 'csv' && f !== 'json') throw new ArgumentError(`--format must be csv or json (got '${f}')`);
      format = f;
    } else if (arg.startsWith('--format=')) {
      const f = arg.slice('--format='.length);
      if (f !== 'csv' && f !== 'json') throw new ArgumentError(`--format must be csv or json (got '${f}')`);
      format = f;
    } else if (arg === '--out') outPath = value();
    else if (arg.startsWith('--out=')) outPath = arg.slice('--out='.length);
    else if (arg === '--metrics') metrics = true;
    else if (arg.startsWith('--')) throw new ArgumentError(`unknown option ${arg}`);
    else if (scenarioPath === undefined) scenarioPath = arg;
    else throw new ArgumentError(`unexpected argument '${arg}' (only one scenario file)`);
  }
  if (scenarioPath === undefined) throw new ArgumentError('missing the scenario file');
  return { scenarioPath, format, outPath, metrics };
}
