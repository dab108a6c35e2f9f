/**
 * Property test: any valid male-hpg scenario — any agents, doses, schedules and
 * conditions, up to two simulated years — finishes within the step budget with
 * every output finite and non-negative. Seeded, so a failure reproduces.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AGENT_IDS, CONDITION_IDS } from '../../../src/core/model/ids';
import { parseScenario } from '../../../src/core/scenario/validate';
import { MODELS } from '../../../src/core/model/registry';
import { simulate } from '../../../src/core/simulate';
import type { ConditionEntry } from '../../../src/core/scenario/types';

const days = fc.integer({ min: 1, max: 730 });

const regimen = (totalDays: number) =>
  fc.record({
    agent: fc.constantFrom(...AGENT_IDS),
    dose: fc.double({ min: 0.05, max: 10, noNaN: true }),
    kind: fc.constantFrom('days', 'hours', 'infusion'),
    everyDays: fc.double({ min: 0.5, max: 60, noNaN: true }),
    everyHours: fc.double({ min: 1, max: 48, noNaN: true }),
    fromDay: fc.double({ min: 0, max: totalDays, noNaN: true }),
    length: fc.option(fc.double({ min: 0, max: totalDays, noNaN: true }), { nil: undefined }),
  }).map((r) => ({
    agent: r.agent,
    dose: r.dose,
    ...(r.kind === 'infusion' ? { mode: 'infusion' as const } : r.kind === 'hours' ? { everyHours: r.everyHours } : { everyDays: r.everyDays }),
    fromDay: r.fromDay,
    ...(r.length === undefined ? {} : { untilDay: r.fromDay + r.length }),
  }));

const condition = (totalDays: number): fc.Arbitrary<ConditionEntry> =>
  fc.oneof(
    fc.constantFrom(...CONDITION_IDS),
    fc.record({ id: fc.constantFrom(...CONDITION_IDS), fromDay: fc.double({ min: 0, max: totalDays, noNaN: true }) }),
  );

const scenario = days.chain((d) =>
  fc.record({
    format: fc.constant('gonadostat-scenario/1'),
    name: fc.constant('random'),
    model: fc.constant('male-hpg'),
    days: fc.constant(d),
    subject: fc.record({ conditions: fc.uniqueArray(condition(d), { maxLength: 3, selector: (c) => (typeof c === 'string' ? c : c.id) }) }),
    regimens: fc.array(regimen(d), { maxLength: 5 }),
    parameters: fc.constant({}),
    output: fc.constant({ everyHours: 12 }),
  }),
);

describe('random valid scenarios', () => {
  it('always finish within the step budget with finite, non-negative outputs', () => {
    let ran = 0;
    fc.assert(
      fc.property(scenario, (input) => {
        const parsed = parseScenario(input, (id) => MODELS[id]);
        fc.pre(parsed.ok);
        if (!parsed.ok) return;
        const result = simulate(parsed.scenario);
        ran++;
        for (const id of result.outputIds) {
          for (const v of result.series[id]!) {
            expect(Number.isFinite(v)).toBe(true);
            expect(v).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 40, seed: 20261126 },
    );
    expect(ran).toBeGreaterThan(20);
  }, 120_000);
});
