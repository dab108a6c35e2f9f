/**
 * Helpers for the female model checks: runs of `female-hpg`, windows over
 * them, and the healthy reference cycle read by cycle day (day 1 starts at
 * phase 0: progesterone below 3 ng/mL after the luteal phase).
 */
import { simulateFemale, healthyReference, type FemaleRun, type FemaleRunOptions } from '../../../src/core/model/female-hpg/simulate-female';
import { FEMALE_OUTPUT_IDS, type FemaleOutputId } from '../../../src/core/model/female-hpg/outputs';
import { simulate } from '../../../src/core/simulate';
import { assertValidScenario } from '../../../src/core/scenario/validate';
import { getModel } from '../../../src/core/model/registry';
import { cycleMetrics, type CycleMetrics } from '../../../src/core/analysis/cycle-metrics';
import type { ConditionEntry } from '../../../src/core/scenario/types';

export type { FemaleRun };

/** A run (clinical units). */
export function runFemale(options: FemaleRunOptions): FemaleRun {
  return simulateFemale(options);
}

/** A scenario run with agents, through the registry, in clinical units (the relative outputs × the reference means). */
export interface AgentRun {
  readonly days: Float64Array;
  readonly series: Readonly<Record<FemaleOutputId, Float64Array>>;
  readonly metrics: CycleMetrics;
}

/** Runs a female scenario (outputs every 2 h) and converts its outputs back to clinical units. */
export function runScenario(days: number, regimens: readonly Record<string, unknown>[], conditions: readonly ConditionEntry[] = [], parameters: Readonly<Record<string, number>> = {}): AgentRun {
  const scenario = assertValidScenario({ format: 'gonadostat-scenario/1', name: 'female model check', model: 'female-hpg', days, subject: { conditions }, regimens, parameters, output: { everyHours: 2 } }, getModel);
  const result = simulate(scenario);
  const ref = healthyReference(parameters);
  const series = {} as Record<FemaleOutputId, Float64Array>;
  for (const id of FEMALE_OUTPUT_IDS) series[id] = result.series[id]!.map((v) => v * ref.outputs[id].mean);
  return { days: result.days, series, metrics: cycleMetrics(result.days, series.lh, series.progesterone, series.estradiol) };
}

function indexAt(r: FemaleRun | AgentRun, day: number): number {
  let k = 0;
  while (k < r.days.length - 1 && r.days[k]! < day - 1e-9) k++;
  return k;
}

/** Mean of an output over [from, to] run days. */
export function meanOver(r: FemaleRun | AgentRun, id: FemaleOutputId, from: number, to: number): number {
  let s = 0;
  let n = 0;
  for (let k = indexAt(r, from); k <= indexAt(r, to); k++) { s += r.series[id][k]!; n++; }
  return s / n;
}

/** Largest value of an output over [from, to] run days, and its day. */
export function maxOver(r: FemaleRun | AgentRun, id: FemaleOutputId, from: number, to: number): { value: number; day: number } {
  let best = indexAt(r, from);
  for (let k = best; k <= indexAt(r, to); k++) if (r.series[id][k]! > r.series[id][best]!) best = k;
  return { value: r.series[id][best]!, day: r.days[best]! };
}

/** Hours an output spends above `level` within [from, to] run days. */
export function hoursAbove(r: FemaleRun | AgentRun, id: FemaleOutputId, level: number, from: number, to: number): number {
  let n = 0;
  for (let k = indexAt(r, from); k < indexAt(r, to); k++) if (r.series[id][k]! > level) n += (r.days[k + 1]! - r.days[k]!) * 24;
  return n;
}

/** Mean of the healthy reference cycle over cycle days from…to inclusive (cycle day d spans phase d − 1 to d). */
export function referenceOverCycleDays(id: FemaleOutputId, fromDay: number, toDay: number): number {
  const ref = healthyReference().outputs[id];
  let s = 0;
  let n = 0;
  ref.values.forEach((v, k) => {
    const phase = k * ref.sampleEveryDays;
    if (phase >= fromDay - 1 && phase < toDay) { s += v; n++; }
  });
  return s / n;
}

/** Early-follicular level of the healthy reference: mean of cycle days 2–5. */
export function earlyFollicular(id: FemaleOutputId): number {
  return referenceOverCycleDays(id, 2, 5);
}

/** Mean of an output over whole cycles of a run: from its first to its last ovulation (LH peak). */
export function meanOverCycles(r: FemaleRun | AgentRun, id: FemaleOutputId): number {
  const o = r.metrics.ovulations;
  if (o.length < 2) return meanOver(r, id, 0, r.days[r.days.length - 1]!);
  return meanOver(r, id, o[0]!.lhPeakDay, o[o.length - 1]!.lhPeakDay);
}
