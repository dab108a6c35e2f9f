/**
 * Runs for the female calibration anchors: female-hpg scenarios with the trial
 * parameters, read in clinical units (the relative outputs × the trial
 * reference cycle's means), their cycle metrics, and the trial reference cycle
 * beside the full GynCycle model's (tests/fixtures/gyncycle-reference.json).
 * Each is computed once per parameter set.
 */
import type { SimulationResult } from '../../src/core/simulate';
import type { ConditionEntry, Regimen } from '../../src/core/scenario/types';
import { femaleReferenceCycle, type FemaleReferenceCycle } from '../../src/core/model/female-hpg/reference-cycle';
import { cycleMetrics, type CycleMetrics } from '../../src/core/analysis/cycle-metrics';
import { closeness, readFixture } from '../../tests/core/model/female-hpg/closeness';
import { experiment, perTrial, trialParameters } from './lib';

/** The trial reference cycle (throws when the trial parameters have none: the anchor then misses). */
export const trialCycle = perTrial((): FemaleReferenceCycle => {
  const ref = femaleReferenceCycle({ parameters: trialParameters() });
  if (!ref.ok) throw new Error(`no reference cycle: ${ref.reason}`);
  return ref;
});

/** The trial reference cycle against the full GynCycle model's normal cycle. */
export const trialCloseness = perTrial(() => closeness(trialCycle(), readFixture().normalCycle));

/** The fixture's period (days). */
export const GYNCYCLE_PERIOD = readFixture().normalCycle.periodDays;

/** A female run in clinical units, with its cycle metrics. */
export interface ClinicalRun {
  readonly result: SimulationResult;
  /** Output `id` in clinical units at grid index k. */
  value(id: string, k: number): number;
  readonly metrics: CycleMetrics;
}

/** A female scenario (outputs every 2 h) read in clinical units. */
export function femaleExperiment(days: number, regimens: readonly Regimen[] = [], conditions: readonly ConditionEntry[] = []): () => ClinicalRun {
  const run = experiment(days, regimens, conditions, 2, 'female-hpg');
  return perTrial(() => {
    const result = run();
    const means = trialCycle().outputs as Readonly<Record<string, { readonly mean: number }>>;
    const clinical = (id: string): Float64Array => result.series[id]!.map((v) => v * means[id]!.mean);
    return { result, value: (id, k) => result.series[id]![k]! * means[id]!.mean, metrics: cycleMetrics(result.days, clinical('lh'), clinical('progesterone'), clinical('estradiol')) };
  });
}

const indexOf = (r: ClinicalRun, day: number): number => Math.min(r.result.days.length - 1, Math.max(0, Math.round(day * 12)));

/** Mean of an output (clinical units) over [from, to] days. */
export function clinicalMean(r: ClinicalRun, id: string, from: number, to: number): number {
  let sum = 0;
  let n = 0;
  for (let k = indexOf(r, from); k <= indexOf(r, to); k++) { sum += r.value(id, k); n++; }
  return sum / n;
}

/** Ovulations (LH peaks followed by a luteal phase) from `fromDay` on. */
export function ovulationsFrom(r: ClinicalRun, fromDay: number): number {
  return r.metrics.ovulations.filter((o) => o.lhPeakDay >= fromDay).length;
}
