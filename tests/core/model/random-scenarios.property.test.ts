/**
 * Property test: any valid male-hpg scenario — any agents, doses, schedules and
 * conditions, up to two simulated years — finishes within the step budget with
 * every output finite and non-negative. Seeded, so a failure reproduces.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AGENT_IDS, CONDITION_IDS } from '../../../src/core/model/ids';
import { randomScenario, runsCleanly } from './random-scenario';

// Every agent and condition id, so the validator's refusals are exercised too (fc.pre skips them).
const scenario = randomScenario({ model: 'male-hpg', agents: AGENT_IDS, conditions: CONDITION_IDS, maxDays: 730, maxConditions: 3, maxRegimens: 5, everyHours: 12 });

describe('random valid scenarios', () => {
  it('always finish within the step budget with finite, non-negative outputs', () => {
    let ran = 0;
    fc.assert(
      fc.property(scenario, (input) => {
        if (runsCleanly(input)) ran++;
      }),
      { numRuns: 40, seed: 20261126 },
    );
    expect(ran).toBeGreaterThan(20);
  }, 120_000);
});
