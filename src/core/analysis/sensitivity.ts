/**
 * One-at-a-time sensitivity of a metric (./run-metric.ts) to each parameter,
 * for a tornado chart. For parameter p with value v (the scenario's, or the
 * default) and fraction x:
 *
 *   low  = clip(v·(1 − x), min_p, max_p),   high = clip(v·(1 + x), min_p, max_p)
 *   swing = |metric(high) − metric(low)|
 *
 * all other parameters at their values. Clipping to the parameter's plausible
 * range [min, max] is reported (`clippedLow`, `clippedHigh`): a clipped side
 * moved less than ±x, so its bar is shorter for that reason. A side that clips
 * back to v itself reuses the base run. A parameter of value 0 cannot move by
 * a fraction and gets swing 0.
 *
 * One-at-a-time sensitivities are local: they miss interactions between
 * parameters and curvature beyond ±x (Saltelli 2008, ch. 1); ./uncertainty.ts
 * varies all parameters together.
 *
 * Plan → jobs → combine (./sweep.ts): `planSensitivity` lists the runs (job 0 is
 * the base run), `runJob` runs any of them anywhere, `combineSensitivity` builds
 * the rows sorted by swing.
 */
import type { Scenario } from '../scenario/types';
import { parseMetricId } from './run-metric';
import { SweepOptionError, chooseParameters, orderResults, withParameters, type JobResult, type SweepJob } from './sweep';

/** Default fraction x of the ± change. */
export const DEFAULT_SENSITIVITY_FRACTION = 0.2;

/** What to sweep. */
export interface SensitivityOptions {
  /** Metric id, e.g. `testosterone.to90Days`. */
  readonly metric: string;
  /** Relative change x, 0 < x ≤ 1 (default 0.2: ±20%). */
  readonly fraction?: number;
  /** Parameter ids (default: every parameter that can affect the scenario; ./sweep.ts). */
  readonly parameters?: readonly string[];
}

/** The two runs planned for one parameter. */
export interface SensitivityParameterPlan {
  readonly parameter: string;
  readonly unit: string;
  readonly meaning: string;
  readonly base: number;
  readonly low: number;
  readonly high: number;
  readonly clippedLow: boolean;
  readonly clippedHigh: boolean;
  /** Index of the job whose run gives each side (0, the base run, when the side equals the base value). */
  readonly lowJob: number;
  readonly highJob: number;
}

/** A planned sensitivity sweep. */
export interface SensitivityPlan {
  readonly metric: string;
  readonly fraction: number;
  readonly parameters: readonly SensitivityParameterPlan[];
  /** Job 0 is the base run; then the low and high runs. */
  readonly jobs: readonly SweepJob[];
}

/** One bar of the tornado chart. */
export interface SensitivityRow extends Omit<SensitivityParameterPlan, 'lowJob' | 'highJob'> {
  /** Metric at the low and high value (null when that run failed). */
  readonly metricLow: number | null;
  readonly metricHigh: number | null;
  /** True when that side's value is a censored lower bound (not back to 90% within the window). */
  readonly censoredLow: boolean;
  readonly censoredHigh: boolean;
  /** |metricHigh − metricLow|, or null when a run failed. */
  readonly swing: number | null;
  /** The failed run's message, or null. */
  readonly failure: string | null;
}

/** The combined sweep: the base value and one row per parameter, largest swing first. */
export interface SensitivityReport {
  readonly metric: string;
  readonly fraction: number;
  readonly baseValue: number | null;
  readonly baseCensored: boolean;
  readonly baseFailure: string | null;
  readonly rows: readonly SensitivityRow[];
  /** Runs that failed, over all jobs. */
  readonly failedRuns: number;
}

/** Checks the fraction of a sweep (0 < x ≤ 1); SweepOptionError otherwise. */
export function checkFraction(fraction: number): number {
  if (!Number.isFinite(fraction) || fraction <= 0 || fraction > 1) {
    throw new SweepOptionError(`fraction must be a number above 0 and at most 1 (got ${fraction})`);
  }
  return fraction;
}

/** Plans the runs of a one-at-a-time sweep. Throws SweepOptionError for an unknown metric or parameter. */
export function planSensitivity(scenario: Scenario, options: SensitivityOptions): SensitivityPlan {
  const fraction = checkFraction(options.fraction ?? DEFAULT_SENSITIVITY_FRACTION);
  const spec = parseMetricId(options.metric, scenario.model);
  if ('error' in spec) throw new SweepOptionError(spec.error);
  const definitions = chooseParameters(scenario, options.parameters);
  const jobs: SweepJob[] = [{ kind: 'metric', index: 0, scenario, metric: options.metric }];
  const addRun = (parameter: string, value: number, base: number): number => {
    if (value === base) return 0;
    jobs.push({ kind: 'metric', index: jobs.length, scenario: withParameters(scenario, { [parameter]: value }), metric: options.metric });
    return jobs.length - 1;
  };
  const parameters = definitions.map((p): SensitivityParameterPlan => {
    const base = scenario.parameters[p.id] ?? p.value;
    const rawLow = base * (1 - fraction);
    const rawHigh = base * (1 + fraction);
    const low = Math.min(p.max, Math.max(p.min, rawLow));
    const high = Math.min(p.max, Math.max(p.min, rawHigh));
    return {
      parameter: p.id, unit: p.unit, meaning: p.meaning, base, low, high,
      clippedLow: low !== rawLow, clippedHigh: high !== rawHigh,
      lowJob: addRun(p.id, low, base), highJob: addRun(p.id, high, base),
    };
  });
  return { metric: options.metric, fraction, parameters, jobs };
}

/** Combines the results of every job of `plan` (any order) into the tornado rows. */
export function combineSensitivity(plan: SensitivityPlan, results: readonly JobResult[]): SensitivityReport {
  const ordered = orderResults(plan.jobs.length, results);
  const read = (job: number): { value: number | null; censored: boolean; failure: string | null } => {
    const r = ordered[job]!;
    if (!r.ok) return { value: null, censored: false, failure: r.message };
    if (r.kind !== 'metric') return { value: null, censored: false, failure: 'not a metric result' };
    return { value: r.value.value, censored: r.value.censored, failure: null };
  };
  const base = read(0);
  const rows = plan.parameters.map(({ lowJob, highJob, ...p }): SensitivityRow => {
    const low = read(lowJob);
    const high = read(highJob);
    const swing = low.value === null || high.value === null ? null : Math.abs(high.value - low.value);
    return {
      ...p,
      metricLow: low.value, metricHigh: high.value, censoredLow: low.censored, censoredHigh: high.censored,
      swing: swing !== null && Number.isFinite(swing) ? swing : null,
      failure: low.failure ?? high.failure,
    };
  });
  rows.sort((a, b) => (b.swing ?? -1) - (a.swing ?? -1) || (a.parameter < b.parameter ? -1 : a.parameter > b.parameter ? 1 : 0));
  return {
    metric: plan.metric,
    fraction: plan.fraction,
    baseValue: base.value,
    baseCensored: base.censored,
    baseFailure: base.failure,
    rows,
    failedRuns: ordered.filter((r) => !r.ok).length,
  };
}
