/**
 * fast-check generators of random valid-looking scenarios for the property
 * tests of each model (./random-scenarios.property.test.ts for male-hpg,
 * ./female-hpg/random-scenarios.property.test.ts): any of the given agents at
 * any dose and schedule (daily or hourly boluses, infusions, bounded or not)
 * and conditions from day 0 or from a later day. Scenarios the validator
 * refuses are skipped (fc.pre); the others must run cleanly. Also random
 * parameter overrides within the documented ranges (./random-parameters.property.test.ts
 * and its female counterpart).
 */
import { expect } from 'vitest';
import fc from 'fast-check';
import type { AgentId, ConditionId, ModelId } from '../../../src/core/model/ids';
import type { ConditionEntry } from '../../../src/core/scenario/types';
import { parseScenario } from '../../../src/core/scenario/validate';
import { MODELS } from '../../../src/core/model/registry';
import { simulate } from '../../../src/core/simulate';
import type { ParameterDefinition } from '../../../src/core/model/parameter';

/** One to `most` parameters of the record, each set to a value drawn within its documented range. */
export function parameterOverrides(record: readonly ParameterDefinition[], most: number) {
  return fc
    .uniqueArray(fc.integer({ min: 0, max: record.length - 1 }), { minLength: 1, maxLength: most })
    .chain((indices) =>
      fc.tuple(...indices.map((i) => fc.double({ min: record[i]!.min, max: record[i]!.max, noNaN: true }).map((v) => [record[i]!.id, v] as const))),
    )
    .map((pairs) => Object.fromEntries(pairs));
}

/** What to draw from, and how large. */
export interface RandomScenarioShape {
  readonly model: ModelId;
  readonly agents: readonly AgentId[];
  readonly conditions: readonly ConditionId[];
  readonly maxDays: number;
  readonly maxConditions: number;
  readonly maxRegimens: number;
  /** Output spacing, hours. */
  readonly everyHours: number;
}

const regimen = (agents: readonly AgentId[], totalDays: number) =>
  fc.record({
    agent: fc.constantFrom(...agents),
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

const condition = (conditions: readonly ConditionId[], totalDays: number): fc.Arbitrary<ConditionEntry> =>
  fc.oneof(
    fc.constantFrom(...conditions),
    fc.record({ id: fc.constantFrom(...conditions), fromDay: fc.double({ min: 0, max: totalDays, noNaN: true }) }),
  );

/** A random scenario object of `shape.model` (not yet validated). */
export function randomScenario(shape: RandomScenarioShape) {
  return fc.integer({ min: 1, max: shape.maxDays }).chain((d) =>
    fc.record({
      format: fc.constant('gonadostat-scenario/1'),
      name: fc.constant('random'),
      model: fc.constant(shape.model),
      days: fc.constant(d),
      subject: fc.record({
        conditions: fc.uniqueArray(condition(shape.conditions, d), { maxLength: shape.maxConditions, selector: (c) => (typeof c === 'string' ? c : c.id) }),
      }),
      regimens: fc.array(regimen(shape.agents, d), { maxLength: shape.maxRegimens }),
      parameters: fc.constant({}),
      output: fc.constant({ everyHours: shape.everyHours }),
    }),
  );
}

/**
 * The property: a scenario the validator accepts simulates within its step
 * budget (simulate throws otherwise) with every output finite and
 * non-negative. Returns true when it ran (false: refused, skipped).
 */
export function runsCleanly(input: unknown): boolean {
  const parsed = parseScenario(input, (id) => MODELS[id]);
  fc.pre(parsed.ok);
  if (!parsed.ok) return false;
  const result = simulate(parsed.scenario);
  for (const id of result.outputIds) {
    for (const v of result.series[id]!) {
      expect(Number.isFinite(v), `${id} in ${JSON.stringify(input)}`).toBe(true);
      expect(v, `${id} in ${JSON.stringify(input)}`).toBeGreaterThanOrEqual(0);
    }
  }
  return true;
}
