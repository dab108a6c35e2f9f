/**
 * The cycle metrics (ovulations, cycle and luteal lengths, peaks; see
 * analysis/cycle-metrics.ts) of a scenario run of `female-hpg`: its outputs,
 * relative to the healthy reference cycle's means, are turned back into
 * clinical units (the thresholds are in IU/L and ng/mL) and read. An LH surge
 * lasts about two days: outputs every 2 h or finer resolve it (coarser
 * spacing can miss or flatten a peak).
 */
import type { SimulationResult } from '../../simulate';
import type { Scenario } from '../../scenario/types';
import { cycleMetrics, type CycleMetrics } from '../../analysis/cycle-metrics';
import { healthyReference } from './simulate-female';

/** Cycle metrics of a female-hpg result. */
export function scenarioCycleMetrics(result: SimulationResult): CycleMetrics {
  return cycleMetricsOfRun(result.scenario, result.days, result.series);
}

/** Cycle metrics of a female-hpg run given as its output columns (relative to the reference cycle's means). */
export function cycleMetricsOfRun(scenario: Scenario, days: Float64Array, series: Readonly<Record<string, Float64Array>>): CycleMetrics {
  if (scenario.model !== 'female-hpg') throw new Error(`cycle metrics are for female-hpg, not ${scenario.model}`);
  const ref = healthyReference(scenario.parameters);
  const clinical = (id: 'lh' | 'progesterone' | 'estradiol'): Float64Array => series[id]!.map((v) => v * ref.outputs[id].mean);
  return cycleMetrics(days, clinical('lh'), clinical('progesterone'), clinical('estradiol'));
}
