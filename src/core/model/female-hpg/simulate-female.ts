/**
 * Runs the untreated `female-hpg` for a number of days and returns every output
 * in clinical units, the healthy reference cycle beside it, and the cycle
 * metrics. The CLI `npm run cycle` and the condition checks call it; scenarios
 * with agents run through the registry (`simulate`), whose outputs are these
 * divided by the reference cycle's means.
 *
 * Start. 'subject-baseline' (default): the subject's own rhythm at its cycle
 * day 1 — or, when her conditions leave no cycle (menopause), the steady
 * state the search settled in. 'healthy-cycle-day-1': a healthy woman on
 * cycle day 1 whose conditions begin at day 0 (their onset).
 */
import { integrate } from '../../solver';
import { cycleMetrics, type CycleMetrics } from '../../analysis/cycle-metrics';
import { buildFemaleProblem, type FemaleProblemOptions } from './problem';
import { femaleReferenceCycle, type FemaleReferenceCycle } from './reference-cycle';
import { FEMALE_OUTPUT_IDS, type FemaleOutputId } from './outputs';
import { NoCycleError } from '../no-cycle-error';

/** Solver settings of a run (DOPRI5: fastest here, the remaining stiffness being mild; see docs/model.md). */
export const FEMALE_SOLVER = { method: 'dopri5', rtol: 1e-4, atol: 1e-6 } as const;

/** Spacing of the grid the cycle metrics are read from when outputs are coarser, hours. */
export const METRICS_GRID_HOURS = 2;

/** Where a run starts. */
export type FemaleStart = 'subject-baseline' | 'healthy-cycle-day-1';

/** A run of the female model. */
export interface FemaleRunOptions extends FemaleProblemOptions {
  readonly days: number;
  /** Output spacing, hours. Default 2. */
  readonly everyHours?: number;
  readonly start?: FemaleStart;
}

/** Outputs of a run. */
export interface FemaleRun {
  readonly days: Float64Array;
  readonly series: Readonly<Record<FemaleOutputId, Float64Array>>;
  /** The healthy reference cycle; the run's day 0 is its phase 0 (cycle day 1) when the subject cycles. */
  readonly reference: FemaleReferenceCycle;
  /** Whether the subject's own baseline is a rhythm ('cycle') or a steady state. */
  readonly subjectBaseline: 'cycle' | 'steady';
  readonly metrics: CycleMetrics;
  readonly stats: { readonly steps: number; readonly rhsEvals: number };
}

/** The healthy reference cycle (throws NoCycleError if these parameter values leave the healthy woman without a rhythm). */
export function healthyReference(parameters: Readonly<Record<string, number>> = {}): FemaleReferenceCycle {
  const ref = femaleReferenceCycle({ parameters });
  if (!ref.ok) throw new NoCycleError('female-hpg', ref.reason);
  return ref;
}

/** Runs the model; see the file header for the start. */
export function simulateFemale(options: FemaleRunOptions): FemaleRun {
  const reference = healthyReference(options.parameters);
  const problem = buildFemaleProblem(options);
  let y0 = reference.stateAtCycleStart;
  let subjectBaseline: 'cycle' | 'steady' = 'cycle';
  if ((options.start ?? 'subject-baseline') === 'subject-baseline' && (options.conditions ?? []).length > 0) {
    const own = femaleReferenceCycle(options);
    if (own.ok) y0 = own.stateAtCycleStart;
    else {
      y0 = own.lastState;
      subjectBaseline = 'steady';
    }
  }
  const every = options.everyHours ?? 2;
  const hours = options.days * 24;
  // Metrics need the LH surge resolved (it lasts about two days): outputs coarser than
  // METRICS_GRID_HOURS are read off a grid of that spacing.
  const stride = every > METRICS_GRID_HOURS && Number.isInteger(every / METRICS_GRID_HOURS) ? every / METRICS_GRID_HOURS : 1;
  const step = every / stride;
  const times: number[] = [];
  for (let k = 0; k * step <= hours + 1e-9; k++) times.push(Math.min(k * step, hours));
  const run = integrate(problem.rhs, y0, 0, hours, {
    ...FEMALE_SOLVER, outputTimes: times, observe: problem.readOutputs, observationSize: problem.outputCount, maxSteps: 1e7,
  });
  const obs = run.observations!;
  const m = problem.outputCount;
  const fine = times.length;
  const fineDays = new Float64Array(fine);
  for (let k = 0; k < fine; k++) fineDays[k] = times[k]! / 24;
  const column = (id: FemaleOutputId): Float64Array => {
    const j = FEMALE_OUTPUT_IDS.indexOf(id);
    const c = new Float64Array(fine);
    for (let k = 0; k < fine; k++) c[k] = obs[k * m + j]!;
    return c;
  };
  const metrics = cycleMetrics(fineDays, column('lh'), column('progesterone'), column('estradiol'));
  // Every stride-th sample, and the last one.
  const count = Math.floor((fine - 1) / stride) + 1 + ((fine - 1) % stride === 0 ? 0 : 1);
  const kept = new Int32Array(count);
  for (let i = 0; i < count; i++) kept[i] = Math.min(i * stride, fine - 1);
  const days = new Float64Array(count);
  for (let i = 0; i < count; i++) days[i] = fineDays[kept[i]!]!;
  const series = {} as Record<FemaleOutputId, Float64Array>;
  FEMALE_OUTPUT_IDS.forEach((id, j) => {
    const c = new Float64Array(count);
    for (let i = 0; i < count; i++) c[i] = obs[kept[i]! * m + j]!;
    series[id] = c;
  });
  return { days, series, reference, subjectBaseline, metrics, stats: { steps: run.stats.steps, rhsEvals: run.stats.rhsEvals } };
}
