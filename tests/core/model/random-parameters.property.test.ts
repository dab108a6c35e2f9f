/**
 * Property test: any parameter values within their documented ranges give a
 * model whose steady state is found and whose trajectories stay finite and
 * non-negative under a demanding regimen mix. Seeded.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MODELS } from '../../../src/core/model/registry';
import { assertValidScenario } from '../../../src/core/scenario/validate';
import { simulate } from '../../../src/core/simulate';
import { parameterOverrides } from './random-scenario';

const overrides = parameterOverrides(MODELS['male-hpg'].parameters, 8);

describe('random parameter values within their ranges', () => {
  it('simulate TRT, a stop and a restart protocol with finite, non-negative outputs', () => {
    fc.assert(
      fc.property(overrides, fc.constantFrom<string[]>([], ['obesity'], ['aging', 'primary-hypogonadism']), (parameters, conditions) => {
        const scenario = assertValidScenario(
          {
            format: 'gonadostat-scenario/1', name: 'random parameters', model: 'male-hpg', days: 240,
            subject: { conditions }, parameters, output: { everyHours: 12 },
            regimens: [
              { agent: 'testosterone-cypionate', dose: 1, everyDays: 7, untilDay: 120 },
              { agent: 'clomiphene', dose: 1, everyDays: 1, fromDay: 125, untilDay: 200 },
              { agent: 'gonadorelin', dose: 2, everyDays: 3.5, fromDay: 125 },
              { agent: 'hcg', dose: 1, everyDays: 2, fromDay: 150, untilDay: 180 },
            ],
          },
          (id) => MODELS[id],
        );
        const result = simulate(scenario);
        for (const id of result.outputIds) {
          for (const v of result.series[id]!) {
            expect(Number.isFinite(v)).toBe(true);
            expect(v).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 30, seed: 42 },
    );
  }, 120_000);
});
