/**
 * Rewrites tests/fixtures/recorded-outputs.json: for each of its scenarios,
 * eight output rows of the compiled model as it is now (generic dopri5 at the
 * model's default tolerances, switch branches chosen at every call — the way
 * tests/core/model/recorded-outputs.test.ts integrates them). Run it only when
 * a change to a model definition is meant to move its numbers, and say so in
 * the commit. Usage: npx tsx scripts/record-outputs.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { MODELS } from '../src/core/model/registry';
import { assertValidScenario } from '../src/core/scenario/validate';
import { integrate } from '../src/core/solver/integrate';
import { outputTimesHours } from '../src/core/simulate';

const path = new URL('../tests/fixtures/recorded-outputs.json', import.meta.url);
const fixture = JSON.parse(readFileSync(path, 'utf8')) as { cases: { scenario: object }[] };

const cases = fixture.cases.map(({ scenario: raw }) => {
  const s = assertValidScenario(raw, (id) => MODELS[id]);
  const p = MODELS[s.model].buildProblem(s);
  const times = outputTimesHours(s.days, s.output.everyHours);
  const m = MODELS[s.model].outputs.length;
  const obs = integrate(p.rhs, p.y0, 0, s.days * 24, {
    rtol: p.solver.rtol, atol: p.solver.atol, outputTimes: times, events: p.events, observe: p.readOutputs, observationSize: m,
  }).observations!;
  const picks = [...new Set(Array.from({ length: 8 }, (_, i) => Math.round((i * (times.length - 1)) / 7)))];
  return { scenario: raw, rows: picks.map((k) => [k, ...Array.from(obs.subarray(k * m, k * m + m))]) };
});

const provenance =
  'Outputs of the compiled models (male-hpg as reworked for issue 9, smith-1980), integrated with src/core/solver/integrate ' +
  '(dopri5, each model’s default tolerances, switch branches chosen at every call), 8 output rows per scenario: [row index, ...outputs]. ' +
  'Written by scripts/record-outputs.ts; tests/core/model/recorded-outputs.test.ts holds the models to them.';
writeFileSync(path, JSON.stringify({ provenance, cases }));
console.log(`recorded ${cases.length} scenarios`);
