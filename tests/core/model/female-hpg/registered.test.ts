/**
 * female-hpg as a registered model: compiled from its definition, it
 * reproduces the clinical-unit runs; a scenario run starts on cycle day 1 and
 * reports outputs relative to the healthy reference cycle's mean; day-0
 * conditions start the subject on her own rhythm or steady state.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../../src/core/simulate';
import { assertValidScenario } from '../../../../src/core/scenario/validate';
import { getModel } from '../../../../src/core/model/registry';
import { FEMALE_COMPILED, femaleFactors } from '../../../../src/core/model/female-hpg/problem';
import { FEMALE_CONDITION_IDS } from '../../../../src/core/model/female-hpg/conditions';
import { healthyReference, simulateFemale } from '../../../../src/core/model/female-hpg/simulate-female';
import { constantsFor } from '../../../../src/core/model/compiled-problem';
import { resolveParameters } from '../../../../src/core/model/parameter';
import { MODEL_IDS } from '../../../../src/core/model/ids';
import type { Scenario } from '../../../../src/core/scenario/types';

function scenario(days: number, conditions: readonly string[] = []): Scenario {
  return assertValidScenario({ format: 'gonadostat-scenario/1', name: 'female test', model: 'female-hpg', days, subject: { conditions }, regimens: [], output: { everyHours: 2 } }, getModel);
}

describe('female-hpg in the registry', () => {
  it('is a model id', () => {
    expect(MODEL_IDS).toContain('female-hpg');
  });

  it('every condition changes some factor, and healthy is all ones', () => {
    const c = constantsFor(FEMALE_COMPILED, resolveParameters(FEMALE_COMPILED.source.parameters));
    const factors = FEMALE_COMPILED.layout.factors.length;
    expect(Array.from(femaleFactors(c, []).subarray(0, factors)).every((v) => v === 1)).toBe(true);
    for (const id of FEMALE_CONDITION_IDS) expect(Array.from(femaleFactors(c, [id]).subarray(0, factors)).some((v) => v !== 1), id).toBe(true);
  });

  it('a scenario run is the clinical-unit run divided by the reference cycle means', () => {
    const ref = healthyReference();
    const run = simulate(scenario(60));
    const clinical = simulateFemale({ days: 60, everyHours: 2 });
    for (const id of ['lh', 'estradiol', 'progesterone'] as const) {
      const mean = ref.outputs[id].mean;
      for (let k = 0; k < run.days.length; k += 37) expect(run.series[id]![k]! * mean).toBeCloseTo(clinical.series[id][k]!, 6);
    }
    expect(run.subjectBaseline.lh).toBe(1);
  });

  it('over one reference period from cycle day 1 every output averages 1', () => {
    const ref = healthyReference();
    const run = simulate(scenario(Math.ceil(ref.periodDays)));
    for (const id of run.outputIds) {
      const col = run.series[id]!;
      let s = 0;
      let n = 0;
      for (let k = 0; k < col.length && run.days[k]! < ref.periodDays; k++) { s += col[k]!; n++; }
      expect(s / n, id).toBeCloseTo(1, 1);
    }
  });

  it('menopause from day 0 starts at her steady state: FSH and LH high, no cycle', () => {
    const run = simulate(scenario(90, ['menopause']));
    expect(run.subjectBaseline.fsh).toBeGreaterThan(3);
    const fsh = run.series.fsh!;
    expect(Math.max(...fsh) / Math.min(...fsh)).toBeLessThan(1.05);
  });
});
