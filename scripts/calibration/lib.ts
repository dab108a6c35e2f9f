/**
 * Runs for the calibration anchors: scenarios of a model (male-hpg unless said)
 * evaluated with the parameter values under trial (the repo's values unless the
 * optimizer sets others), each run once per parameter set and shared by the
 * anchors that read it. Outputs are relative to the healthy baseline, as in the app.
 */
import { simulate, type SimulationResult } from '../../src/core/simulate';
import { assertValidScenario } from '../../src/core/scenario/validate';
import { MODELS } from '../../src/core/model/registry';
import type { ConditionEntry, Regimen } from '../../src/core/scenario/types';

export { at, dayOfMax, firstDayBelow, max, mean, min, pre, regimen } from '../../tests/model-checks/harness';

let trial: Readonly<Record<string, number>> = {};
let generation = 0;

/** Sets the parameter values every later run uses (ids the record does not hold are rejected by validation). */
export function setTrialParameters(values: Readonly<Record<string, number>>): void {
  trial = { ...values };
  generation++;
}

/** The parameter values under trial (overrides of the record's defaults). */
export function trialParameters(): Readonly<Record<string, number>> {
  return trial;
}

/** A value computed from the trial parameters, recomputed only when they change. */
export function perTrial<T>(compute: () => T): () => T {
  let cached: { generation: number; value: T } | undefined;
  return () => {
    if (cached?.generation !== generation) cached = { generation, value: compute() };
    return cached.value;
  };
}

/**
 * One experiment: a scenario that several anchors read. Returns a function that
 * runs it on first use and again only after the trial parameters change.
 */
export function experiment(days: number, regimens: readonly Regimen[] = [], conditions: readonly ConditionEntry[] = [], everyHours = 2, model: 'male-hpg' | 'female-hpg' = 'male-hpg'): () => SimulationResult {
  return perTrial(() => simulate(assertValidScenario(
    { format: 'gonadostat-scenario/1', name: 'calibration', model, days, subject: { conditions }, regimens, parameters: trial, output: { everyHours } },
    (id) => MODELS[id],
  )));
}
