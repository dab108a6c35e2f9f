/** The step budget follows the window and the doses (src/core/scenario/step-budget.ts). */
import { describe, expect, it } from 'vitest';
import { MODELS } from '../../../src/core/model/registry';
import { assertValidScenario } from '../../../src/core/scenario/validate';
import { STEP_BUDGET, stepBudget } from '../../../src/core/scenario/step-budget';
import { simulate } from '../../../src/core/simulate';

const catalogue = (id: keyof typeof MODELS) => MODELS[id];

describe('stepBudget', () => {
  it('is a base plus an allowance per simulated day and per bolus', () => {
    const scenario = assertValidScenario({ format: 'gonadostat-scenario/1', name: 'b', model: 'male-hpg', days: 70, regimens: [{ agent: 'testosterone-cypionate', dose: 1, everyDays: 7 }] }, catalogue);
    expect(stepBudget(scenario)).toBe(STEP_BUDGET.base + 70 * STEP_BUDGET.perDay + 10 * STEP_BUDGET.perBolus);
  });

  it('lets a valid scenario that needs more than the old fixed 2 million steps run to the end (issue 13, case 1)', () => {
    // The costliest corner of the Smith model's ranges: about 3,350 attempted steps a simulated day.
    const scenario = assertValidScenario(
      {
        format: 'gonadostat-scenario/1', name: 'smith corner', model: 'smith-1980', days: 800,
        parameters: { c: 1000, h: 100, b1: 20, g1: 100, b2: 10, g2: 10, b3: 10, depotHalfLifeHours: 24, weeklyDoseRelative: 0.1 },
        output: { everyHours: 24 },
      },
      catalogue,
    );
    const result = simulate(scenario);
    expect(result.stats.steps).toBeGreaterThan(2_000_000);
    expect(result.stats.steps).toBeLessThan(stepBudget(scenario));
    expect(result.days[result.days.length - 1]).toBe(800);
  }, 30_000);
});
