/**
 * One number from one run, for sweeps (sensitivity, uncertainty, the CLI).
 * A metric id is `<output>.<statistic>`, outputs relative to the healthy
 * baseline, days at this edge:
 *
 *   <output>.mean       time-average over the run (trapezoid rule on the output grid)
 *   <output>.final      value on the last day
 *   <output>.min        lowest value;  <output>.max  highest value
 *   For the recovery outputs (testosterone, lh, sperm; ./recovery-metrics.ts),
 *   measured from the last exogenous-testosterone dose t_last (day 0 when none):
 *   <output>.nadir        lowest value after t_last (fraction of baseline)
 *   <output>.nadirDay     the day of that nadir
 *   <output>.below50Days  days below 50% of baseline after t_last
 *   <output>.to90Days     days from t_last until back to ≥ 90% of baseline
 *
 *   For a cycling model (female-hpg), from its cycle metrics (./cycle-metrics.ts):
 *   cycle.ovulations       ovulations in the run
 *   cycle.lengthDays       mean cycle length, ovulation to ovulation
 *   cycle.toOvulationDays  days from the last dose of any agent (day 0 when none) to the
 *                          first ovulation after it
 *
 * `to90Days` is censored when the output is not back within the window: the
 * value is then the simulated days remaining after t_last (a lower bound of the
 * true value) and `censored` is true, so sweeps keep a number and say so. So
 * are `toOvulationDays` without an ovulation after the last dose (the days
 * remaining) and `lengthDays` with fewer than two ovulations (the run's days).
 */
import type { ModelId } from '../model/ids';
import type { Scenario } from '../scenario/types';
import { getModel } from '../model/registry';
import { assertNever } from '../assert-never';
import { RECOVERY_OUTPUTS, recoveryMetrics } from './recovery-metrics';
import { daysToFirstOvulation } from './cycle-metrics';
import { lastDoseDay } from './last-dose-day';
import { cycleMetricsOfRun } from '../model/female-hpg/scenario-cycle-metrics';

/** Statistics every output has. */
export const SERIES_STATISTICS = ['mean', 'final', 'min', 'max'] as const;
/** Statistics of the recovery outputs (after the last exogenous testosterone). */
export const RECOVERY_STATISTICS = ['nadir', 'nadirDay', 'below50Days', 'to90Days'] as const;
/** Statistics of a cycling model's rhythm, as metric ids `cycle.<statistic>`. */
export const CYCLE_STATISTICS = ['ovulations', 'lengthDays', 'toOvulationDays'] as const;
/** The pseudo-output of the cycle statistics. */
const CYCLE = 'cycle';
type CycleStatistic = (typeof CYCLE_STATISTICS)[number];
const isCycleStatistic = (statistic: string): statistic is CycleStatistic => (CYCLE_STATISTICS as readonly string[]).includes(statistic);

/** One statistic of an output's trajectory, or of the rhythm. */
export type MetricStatistic = (typeof SERIES_STATISTICS)[number] | (typeof RECOVERY_STATISTICS)[number] | (typeof CYCLE_STATISTICS)[number];

/** A parsed metric id. */
export interface MetricSpec {
  readonly id: string;
  readonly output: string;
  readonly statistic: MetricStatistic;
}

/** A metric's value in one run; `censored` when it is a lower bound (not back to 90% within the window). */
export interface MetricValue {
  readonly value: number;
  readonly censored: boolean;
}

/** A metric a user can pick, with a label for menus and its unit. */
export interface MetricChoice {
  readonly id: string;
  readonly label: string;
  readonly unit: 'relative to baseline' | 'days' | 'count';
}

const STAT_LABELS: Readonly<Record<MetricStatistic, string>> = {
  mean: 'mean over the run',
  final: 'on the last day',
  min: 'lowest',
  max: 'highest',
  nadir: 'nadir after the last testosterone dose',
  nadirDay: 'day of the nadir',
  below50Days: 'days below 50% of baseline',
  to90Days: 'days to 90% recovery',
  ovulations: 'Ovulations in the run',
  lengthDays: 'Cycle length, ovulation to ovulation (mean)',
  toOvulationDays: 'Days from the last dose to the first ovulation',
};

function isRecoveryOutput(output: string): boolean {
  return (RECOVERY_OUTPUTS as readonly string[]).includes(output);
}

function unitOf(statistic: MetricStatistic): MetricChoice['unit'] {
  if (statistic === 'ovulations') return 'count';
  return statistic === 'nadirDay' || statistic === 'below50Days' || statistic === 'to90Days' || statistic === 'lengthDays' || statistic === 'toOvulationDays'
    ? 'days'
    : 'relative to baseline';
}

const isCycling = (model: ModelId): boolean => getModel(model).baseline === 'cycle-mean';

/** Every metric of a model: the rhythm's (cycling models) or the recovery metrics first, then each output's. */
export function availableMetrics(model: ModelId): MetricChoice[] {
  const outputs = getModel(model).outputs;
  const cycle = isCycling(model) ? CYCLE_STATISTICS.map((s) => ({ id: `${CYCLE}.${s}`, label: STAT_LABELS[s], unit: unitOf(s) })) : [];
  const recovery = outputs.filter((o) => isRecoveryOutput(o.id)).flatMap((o) =>
    RECOVERY_STATISTICS.map((s) => ({ id: `${o.id}.${s}`, label: `${o.label}: ${STAT_LABELS[s]}`, unit: unitOf(s) })),
  );
  const series = outputs.flatMap((o) =>
    SERIES_STATISTICS.map((s) => ({ id: `${o.id}.${s}`, label: `${o.label}: ${STAT_LABELS[s]}`, unit: unitOf(s) })),
  );
  return [...cycle, ...recovery, ...series];
}

/** The metric a sweep starts with: the first ovulation after the last dose for a cycling model, else testosterone's recovery (or the first metric). */
export function defaultMetric(model: ModelId): string {
  const ids = availableMetrics(model).map((m) => m.id);
  const preferred = isCycling(model) ? `${CYCLE}.toOvulationDays` : 'testosterone.to90Days';
  return ids.includes(preferred) ? preferred : (ids[0] ?? '');
}

/** Parses `<output>.<statistic>` for a model, or returns a one-line reason it is not a metric. */
export function parseMetricId(id: string, model: ModelId): MetricSpec | { readonly error: string } {
  const dot = id.lastIndexOf('.');
  const output = dot < 0 ? id : id.slice(0, dot);
  const statistic = dot < 0 ? '' : id.slice(dot + 1);
  if (output === CYCLE && isCycling(model)) {
    if (!isCycleStatistic(statistic)) {
      return { error: `unknown statistic '${statistic}' in metric '${id}' (for cycle: ${CYCLE_STATISTICS.join(', ')})` };
    }
    return { id, output, statistic: statistic as MetricStatistic };
  }
  const outputs = getModel(model).outputs.map((o) => o.id);
  if (!outputs.includes(output)) {
    return { error: `unknown output '${output}' in metric '${id}' (model '${model}' has: ${[...(isCycling(model) ? [CYCLE] : []), ...outputs].join(', ')})` };
  }
  const allowed: readonly string[] = isRecoveryOutput(output) ? [...RECOVERY_STATISTICS, ...SERIES_STATISTICS] : SERIES_STATISTICS;
  if (!allowed.includes(statistic)) {
    return { error: `unknown statistic '${statistic}' in metric '${id}' (for ${output}: ${allowed.join(', ')})` };
  }
  return { id, output, statistic: statistic as MetricStatistic };
}

function timeMean(days: Float64Array, values: Float64Array): number {
  if (days.length < 2) return values[0] ?? NaN;
  let area = 0;
  for (let k = 0; k + 1 < days.length; k++) area += 0.5 * (values[k]! + values[k + 1]!) * (days[k + 1]! - days[k]!);
  return area / (days[days.length - 1]! - days[0]!);
}

/** The metric's value for a run's output columns (days and series as `simulate` returns them). */
export function evaluateMetric(
  spec: MetricSpec,
  scenario: Scenario,
  days: Float64Array,
  series: Readonly<Record<string, Float64Array>>,
): MetricValue {
  const plain = (value: number): MetricValue => ({ value, censored: false });
  if (isCycleStatistic(spec.statistic)) return cycleMetric(spec.statistic, scenario, days, series);
  const values = series[spec.output];
  if (values === undefined || values.length === 0) return { value: NaN, censored: false };
  switch (spec.statistic) {
    case 'mean':
      return plain(timeMean(days, values));
    case 'final':
      return plain(values[values.length - 1]!);
    case 'min':
      return plain(values.reduce((a, b) => Math.min(a, b), Infinity));
    case 'max':
      return plain(values.reduce((a, b) => Math.max(a, b), -Infinity));
    case 'nadir':
    case 'nadirDay':
    case 'below50Days':
    case 'to90Days': {
      const recovery = recoveryMetrics(scenario, days, { [spec.output]: values });
      const m = recovery.metrics[0]!;
      if (spec.statistic === 'nadir') return plain(m.nadir);
      if (spec.statistic === 'nadirDay') return plain(m.nadirDay);
      if (spec.statistic === 'below50Days') return plain(m.below50Days);
      return m.to90Days === null ? { value: days[days.length - 1]! - recovery.fromDay, censored: true } : plain(m.to90Days);
    }
    default:
      return assertNever(spec.statistic, 'metric statistic');
  }
}

/** A statistic of the rhythm, from the run's cycle metrics. */
function cycleMetric(statistic: CycleStatistic, scenario: Scenario, days: Float64Array, series: Readonly<Record<string, Float64Array>>): MetricValue {
  if (days.length === 0) return { value: NaN, censored: false };
  const metrics = cycleMetricsOfRun(scenario, days, series);
  const end = days[days.length - 1]!;
  switch (statistic) {
    case 'ovulations':
      return { value: metrics.ovulations.length, censored: false };
    case 'lengthDays': {
      const lengths = metrics.cycleLengthsDays;
      return lengths.length === 0 ? { value: end - days[0]!, censored: true } : { value: lengths.reduce((a, b) => a + b, 0) / lengths.length, censored: false };
    }
    case 'toOvulationDays': {
      const from = lastDoseDay(scenario) ?? 0;
      const wait = daysToFirstOvulation(metrics, from);
      return wait === null ? { value: Math.max(0, end - from), censored: true } : { value: wait, censored: false };
    }
    default:
      return assertNever(statistic, 'cycle statistic');
  }
}
