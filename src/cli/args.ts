/**
 * Command-line arguments of `npm run sim`. Parsing is separate from running so
 * that it can be tested without spawning processes.
 */

/** Output formats of the CLI. */
export type CliFormat = 'csv' | 'json';

/** A parameter sweep asked for on the command line (see USAGE). */
export type SweepArgs =
  | { readonly kind: 'sensitivity'; readonly metric: string; readonly fraction?: number; readonly parameters?: readonly string[] }
  | { readonly kind: 'uncertainty'; readonly samples: number; readonly seed: number; readonly fraction?: number; readonly parameters?: readonly string[] };

/** Parsed arguments. */
export interface SimArgs {
  readonly scenarioPath: string;
  readonly format: CliFormat;
  readonly outPath?: string;
  readonly metrics: boolean;
  /** A sweep instead of one run. */
  readonly sweep?: SweepArgs;
  /** Export the scenario's model instead of running it. */
  readonly exportAs?: 'sbml';
}

/** Samples of `--sweep uncertainty` when --samples is not given. */
export const DEFAULT_SAMPLES = 100;
/** Seed of `--sweep uncertainty` when --seed is not given. */
export const DEFAULT_SEED = 1;

/** Usage text printed by --help and after argument errors. */
export const USAGE = `Usage: npm run --silent sim -- SCENARIO.json [--format csv|json] [--out FILE] [--metrics]
       npm run --silent sim -- SCENARIO.json --export sbml [--out FILE]
       npm run --silent sim -- SCENARIO.json --sweep sensitivity --metric ID [--fraction X] [--parameters a,b,c]
       npm run --silent sim -- SCENARIO.json --sweep uncertainty [--samples N] [--seed S] [--fraction X] [--parameters a,b,c]

Runs a Gonadostat scenario file and prints the trajectories relative to the
healthy baseline (1 = baseline; for the cycling female-hpg, the mean over the
untreated reference cycle). A teaching model, not a dosing tool.

  --format csv|json   csv (default): day plus one column per output;
                      json: the same series plus metadata (model, parameters, solver
                      statistics, recovery metrics)
  --out FILE          write to FILE instead of standard output (nothing is written on error;
                      a symbolic link is written through, a device or pipe written into)
  --metrics           print the recovery metrics (nadir, days below 50%, days to 90%)
                      as a table instead of the CSV; for female-hpg the cycle metrics
                      (ovulations, cycle and luteal lengths, peaks; outputs every 2 h or
                      finer resolve the LH surge)
  --export sbml       write the scenario's model as SBML Level 3 (parameters, subject and
                      regimens as events) for COPASI, Tellurium or libRoadRunner
  --sweep sensitivity one-at-a-time sensitivity of a metric: each parameter × (1 − X) and
                      × (1 + X), clipped to its range; CSV parameter,low,high,metricLow,
                      metricHigh,swing,notes, largest swing first
  --sweep uncertainty N runs with the parameters drawn (seeded) within X of the way to
                      their range bounds; CSV day plus <output>_p5,_p50,_p95 per output
  --metric ID         <output>.<statistic>: statistic mean, final, min or max, and for
                      testosterone, lh and sperm also nadir, nadirDay, below50Days or
                      to90Days (e.g. testosterone.to90Days); for female-hpg also
                      cycle.ovulations, cycle.lengthDays or cycle.toOvulationDays
  --fraction X        0 < X <= 1 (default 0.2)
  --parameters a,b,c  the parameter ids to vary (default: all that can affect the scenario)
  --samples N         uncertainty runs, 1 to 10000 (default ${DEFAULT_SAMPLES})
  --seed S            whole number seeding the sampler (default ${DEFAULT_SEED}); same seed, same bands
  --help              show this text

Exit code 0 on success; any failure exits with code 2 and one line on standard error.
See docs/research.md for what the sweeps compute and how to read them.`;

/** Thrown for bad arguments; the CLI prints the message and exits with code 2. */
export class ArgumentError extends Error {
  override readonly name = 'ArgumentError';
}

/** Options that take a value. */
const VALUED = ['--format', '--out', '--export', '--sweep', '--metric', '--fraction', '--parameters', '--samples', '--seed'] as const;
type Valued = (typeof VALUED)[number];

function parseNumber(option: string, text: string, check: (x: number) => boolean, what: string): number {
  const x = text.trim() === '' ? NaN : Number(text);
  if (!Number.isFinite(x) || !check(x)) throw new ArgumentError(`${option} must be ${what} (got '${text}')`);
  return x;
}

/** Parses argv (without node and script). Returns 'help' for --help. */
export function parseSimArgs(argv: readonly string[]): SimArgs | 'help' {
  let scenarioPath: string | undefined;
  let metrics = false;
  const given = new Map<Valued, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return 'help';
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if ((VALUED as readonly string[]).includes(name)) {
      let value: string | undefined;
      if (name !== arg) value = arg.slice(eq + 1);
      else {
        const next = argv[i + 1];
        if (next === undefined || next.startsWith('--')) throw new ArgumentError(`${arg} needs a value`);
        value = next;
        i += 1;
      }
      given.set(name as Valued, value);
    } else if (arg === '--metrics') metrics = true;
    else if (arg.startsWith('--')) throw new ArgumentError(`unknown option ${arg}`);
    else if (scenarioPath === undefined) scenarioPath = arg;
    else throw new ArgumentError(`unexpected argument '${arg}' (only one scenario file)`);
  }
  const format = given.get('--format') ?? 'csv';
  if (format !== 'csv' && format !== 'json') throw new ArgumentError(`--format must be csv or json (got '${format}')`);
  if (scenarioPath === undefined) throw new ArgumentError('missing the scenario file');
  const sweep = parseSweep(given, metrics);
  const exportAs = given.get('--export');
  if (exportAs !== undefined) {
    if (exportAs !== 'sbml') throw new ArgumentError(`--export must be sbml (got '${exportAs}')`);
    if (sweep !== undefined || metrics || given.has('--format')) throw new ArgumentError('--export cannot be combined with --sweep, --metrics or --format');
  }
  return { scenarioPath, format, outPath: given.get('--out'), metrics, ...(sweep === undefined ? {} : { sweep }), ...(exportAs === undefined ? {} : { exportAs }) };
}

function parseSweep(given: ReadonlyMap<Valued, string>, metrics: boolean): SweepArgs | undefined {
  const kind = given.get('--sweep');
  const onlyWith = (option: Valued, sweep: string): void => {
    if (given.has(option)) throw new ArgumentError(`${option} needs --sweep ${sweep}`);
  };
  if (kind === undefined) {
    for (const option of ['--metric', '--fraction', '--parameters'] as const) onlyWith(option, 'sensitivity or uncertainty');
    for (const option of ['--samples', '--seed'] as const) onlyWith(option, 'uncertainty');
    return undefined;
  }
  if (metrics) throw new ArgumentError('--metrics cannot be combined with --sweep');
  const fractionText = given.get('--fraction');
  const fraction = fractionText === undefined ? undefined : parseNumber('--fraction', fractionText, (x) => x > 0 && x <= 1, 'a number above 0 and at most 1');
  const list = given.get('--parameters');
  const parameters = list === undefined ? undefined : list.split(',').map((s) => s.trim());
  if (parameters !== undefined && parameters.some((p) => p === '')) throw new ArgumentError('--parameters must be a comma-separated list of parameter ids');
  const common = { ...(fraction === undefined ? {} : { fraction }), ...(parameters === undefined ? {} : { parameters }) };
  if (kind === 'sensitivity') {
    for (const option of ['--samples', '--seed'] as const) onlyWith(option, 'uncertainty');
    const metric = given.get('--metric');
    if (metric === undefined) throw new ArgumentError('--sweep sensitivity needs --metric (e.g. --metric testosterone.to90Days)');
    return { kind, metric, ...common };
  }
  if (kind === 'uncertainty') {
    onlyWith('--metric', 'sensitivity');
    const samplesText = given.get('--samples');
    const seedText = given.get('--seed');
    const samples = samplesText === undefined ? DEFAULT_SAMPLES : parseNumber('--samples', samplesText, (x) => Number.isInteger(x) && x >= 1 && x <= 10_000, 'a whole number from 1 to 10000');
    const seed = seedText === undefined ? DEFAULT_SEED : parseNumber('--seed', seedText, Number.isSafeInteger, 'a whole number');
    return { kind, samples, seed, ...common };
  }
  throw new ArgumentError(`--sweep must be sensitivity or uncertainty (got '${kind}')`);
}
