/**
 * Recovery metrics: how deep and how long the withdrawal
 * trough is after exogenous testosterone stops. For each tracked output
 * (testosterone, LH, sperm index — those the model has):
 *
 *   nadir        min y(t) for t ≥ t_last (fraction of baseline, and its day)
 *   below50Days  time with y < 0.5 for t ≥ t_last (days; linear interpolation at crossings)
 *   to90Day      first day after the nadir with y ≥ 0.9, or null ("not within the simulated window")
 *   to90Days     to90Day − t_last (days after the last dose), or null
 *
 * t_last is the time of the last exogenous-androgen dose (bolus, implant) or
 * the end of its last infusion; with no exogenous androgen it is day 0.
 * Values are relative to the healthy baseline (1 = baseline).
 */
import type { Scenario } from '../scenario/types';
import type { AgentId } from '../model/ids';
import { lastDoseDay } from './last-dose-day';

/** Agents whose withdrawal the metrics measure. */
export const EXOGENOUS_ANDROGENS: readonly AgentId[] = ['testosterone-cypionate', 'testosterone-pellet', 'testosterone-gel'];

/** Outputs the metrics are computed for, when the model reports them. */
export const RECOVERY_OUTPUTS = ['testosterone', 'lh', 'sperm'] as const;

/** The recovery of one output. */
export interface RecoveryMetric {
  readonly output: string;
  readonly nadir: number;
  readonly nadirDay: number;
  readonly below50Days: number;
  readonly to90Day: number | null;
  readonly to90Days: number | null;
}

/** Metrics for a run; `fromDay` is t_last. */
export interface RecoveryMetrics {
  readonly fromDay: number;
  /** True when the scenario gave an exogenous androgen. */
  readonly afterAndrogen: boolean;
  readonly metrics: readonly RecoveryMetric[];
}

/** Day of the last exogenous-androgen dose (or end of infusion), or null when none was given. */
export function lastAndrogenDay(scenario: Scenario): number | null {
  return lastDoseDay(scenario, (agent) => EXOGENOUS_ANDROGENS.includes(agent));
}

/** Recovery metric of one series sampled at `days`, from `fromDay` on. */
export function recoveryOf(output: string, days: Float64Array, values: Float64Array, fromDay: number): RecoveryMetric {
  let start = 0;
  while (start < days.length - 1 && days[start]! < fromDay) start++;
  let nadirIndex = start;
  for (let k = start; k < days.length; k++) if (values[k]! < values[nadirIndex]!) nadirIndex = k;
  let below = 0;
  for (let k = start; k + 1 < days.length; k++) {
    const a = values[k]! - 0.5;
    const b = values[k + 1]! - 0.5;
    const span = days[k + 1]! - days[k]!;
    if (a < 0 && b < 0) below += span;
    else if (a < 0 !== b < 0) below += span * (a < 0 ? a / (a - b) : b / (b - a));
  }
  let to90Day: number | null = null;
  for (let k = nadirIndex; k < days.length; k++) {
    if (values[k]! >= 0.9) {
      const prev = k > nadirIndex ? k - 1 : k;
      const v0 = values[prev]!;
      const v1 = values[k]!;
      const frac = v1 === v0 ? 0 : (0.9 - v0) / (v1 - v0);
      to90Day = days[prev]! + Math.min(1, Math.max(0, frac)) * (days[k]! - days[prev]!);
      break;
    }
  }
  return {
    output,
    nadir: values[nadirIndex]!,
    nadirDay: days[nadirIndex]!,
    below50Days: below,
    to90Day,
    to90Days: to90Day === null ? null : to90Day - fromDay,
  };
}

/** Recovery metrics of a run's tracked outputs. */
export function recoveryMetrics(
  scenario: Scenario,
  days: Float64Array,
  series: Readonly<Record<string, Float64Array>>,
): RecoveryMetrics {
  const last = lastAndrogenDay(scenario);
  const fromDay = last ?? 0;
  const metrics = RECOVERY_OUTPUTS.filter((id) => series[id] !== undefined).map((id) =>
    recoveryOf(id, days, series[id]!, fromDay),
  );
  return { fromDay, afterAndrogen: last !== null, metrics };
}
