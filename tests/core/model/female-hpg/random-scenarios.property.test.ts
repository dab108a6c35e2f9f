/**
 * Property test: any valid female-hpg scenario — the model's own agents at
 * any dose and schedule (daily or hourly boluses, infusions, bounded or not),
 * one of its conditions from day 0 or from a later day, up to a simulated year —
 * finishes within the step budget with every output finite and
 * non-negative. The male model's version is ../random-scenarios.property.test.ts.
 * Seeded, so a failure reproduces. Sized for CI: about five seconds, of which
 * about three are the one-off search for each subject's own cycle or steady
 * state (the healthy one and one per condition, cached after the first run).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MODELS } from '../../../../src/core/model/registry';
import { randomScenario, runsCleanly } from '../random-scenario';

const model = MODELS['female-hpg'];

/** Up to a year (several cycles, a menopause onset, a pill course), one condition, up to four regimens. */
const scenario = randomScenario({ model: 'female-hpg', agents: model.agents, conditions: model.conditions, maxDays: 365, maxConditions: 1, maxRegimens: 4, everyHours: 12 });

describe('female-hpg: random valid scenarios', () => {
  it('draws only the female model’s own agents and conditions', () => {
    expect(model.agents).toContain('combined-oral-contraceptive');
    expect(model.agents).not.toContain('hcg');
    expect(model.conditions).toContain('menopause');
    expect(model.conditions).not.toContain('orchiectomy');
  });

  it('always finish within the step budget with finite, non-negative outputs', () => {
    let ran = 0;
    fc.assert(
      fc.property(scenario, (input) => {
        if (runsCleanly(input)) ran++;
      }),
      { numRuns: 24, seed: 20261201 },
    );
    expect(ran).toBeGreaterThan(16);
  }, 120_000);
});
