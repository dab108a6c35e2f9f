/**
 * Values derived from the state for display, memoized per result so charts,
 * the lab panel, the diagram and the metrics panel share the work.
 */
import { getModel } from '../core/model/registry';
import type { ModelId } from '../core/model/ids';
import type { OutputDefinition } from '../core/model/model-definition';
import { recoveryMetrics, type RecoveryMetrics } from '../core/analysis/recovery-metrics';
import { ghMetrics, type GhMetrics } from '../core/analysis/gh-metrics';
import type { CycleMetrics } from '../core/analysis/cycle-metrics';
import { scenarioCycleMetrics } from '../core/model/female-hpg/scenario-cycle-metrics';
import type { SimulationResult } from '../core/simulate';
import { serializeScenario } from '../core/scenario/serialize';
import type { Scenario } from '../core/scenario/types';

const metricsCache = new WeakMap<SimulationResult, RecoveryMetrics>();

/** Recovery metrics of a run (memoized). */
export function metricsOf(result: SimulationResult): RecoveryMetrics {
  let metrics = metricsCache.get(result);
  if (metrics === undefined) {
    metrics = recoveryMetrics(result.scenario, result.days, result.series);
    metricsCache.set(result, metrics);
  }
  return metrics;
}

const ghMetricsCache = new WeakMap<SimulationResult, GhMetrics | null>();

/** The GH-axis metrics of a run (memoized), or null for a model without IGF-1 and GH. */
export function ghMetricsOf(result: SimulationResult): GhMetrics | null {
  if (!ghMetricsCache.has(result)) ghMetricsCache.set(result, ghMetrics(result.scenario, result.days, result.series, result.subjectBaseline));
  return ghMetricsCache.get(result)!;
}

const cycleMetricsCache = new WeakMap<SimulationResult, CycleMetrics | null>();

/** The cycle metrics of a run (memoized): ovulations, cycle and luteal lengths; null for a model without a cycle. */
export function cycleMetricsOf(result: SimulationResult): CycleMetrics | null {
  if (!cycleMetricsCache.has(result)) cycleMetricsCache.set(result, result.scenario.model === 'female-hpg' ? scenarioCycleMetrics(result) : null);
  return cycleMetricsCache.get(result)!;
}

/** The output definitions of a run's model, in column order. */
export function outputsOf(result: SimulationResult): readonly OutputDefinition[] {
  return getModel(result.scenario.model).outputs;
}

/** The hidden-series list that shows only `focus` among the outputs of `model` (the rest stay a click away). */
export function hiddenForFocus(model: ModelId, focus: readonly string[]): string[] {
  return getModel(model).outputs.map((o) => o.id).filter((id) => !focus.includes(id));
}

/** A series' value at `day`, linearly interpolated (clamped to the run's window); NaN when absent. */
export function valueAt(result: SimulationResult, outputId: string, day: number): number {
  const values = result.series[outputId];
  const days = result.days;
  if (values === undefined || days.length === 0) return Number.NaN;
  if (day <= days[0]!) return values[0]!;
  const last = days.length - 1;
  if (day >= days[last]!) return values[last]!;
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! <= day) lo = mid;
    else hi = mid;
  }
  const f = (day - days[lo]!) / (days[hi]! - days[lo]!);
  return values[lo]! + f * (values[hi]! - values[lo]!);
}

/**
 * Whether two scenarios describe the same run (the same object, or equal
 * field by field in canonical form): a sweep result computed for `a` still
 * describes `b`.
 */
export function isSameScenario(a: Scenario, b: Scenario): boolean {
  return a === b || serializeScenario(a) === serializeScenario(b);
}
