/**
 * The compiled models against the hand-written right-hand sides they replace:
 * same initial state, same derivatives at the start and along the way, same
 * outputs after integrating both with the same solver (switch branches chosen
 * from the state at every call, as the hand-written code does). Differences
 * must be round-off; today they are none at all (bit for bit), because the
 * generated code performs the written operations in the written order.
 */
import { describe, expect, it } from 'vitest';
import { MODELS } from '../../../src/core/model/registry';
import { assertValidScenario } from '../../../src/core/scenario/validate';
import { integrate } from '../../../src/core/solver/integrate';
import { outputTimesHours } from '../../../src/core/simulate';
import { PRESETS } from '../../../src/core/scenario/presets';
import { AGENT_IDS, CONDITION_IDS } from '../../../src/core/model/ids';
import { AGENT_INFO } from '../../../src/core/agents/agent-info';
import { buildCompiledProblem } from '../../../src/core/model/compiled-problem';
import { MALE_HPG_COMPILED } from '../../../src/core/model/male-hpg/generated/compiled';
import { SMITH_1980_COMPILED } from '../../../src/core/model/smith-1980/generated/compiled';
import type { ModelProblem } from '../../../src/core/model/model-definition';
import type { Scenario } from '../../../src/core/scenario/types';
import { MALE_HPG } from '../../../src/core/model/male-hpg/model';
import { SMITH_1980 } from '../../../src/core/model/smith-1980/model';

const HAND_WRITTEN = { 'male-hpg': MALE_HPG, 'smith-1980': SMITH_1980 } as const;

const COMPILED = { 'male-hpg': MALE_HPG_COMPILED, 'smith-1980': SMITH_1980_COMPILED } as const;

const make = (raw: object): Scenario => assertValidScenario({ format: 'gonadostat-scenario/1', name: 'cmp', subject: { conditions: [] }, regimens: [], output: { everyHours: 6 }, ...raw }, (id) => MODELS[id]);

function relDiff(a: number, b: number, floor = 1e-12): number {
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), floor);
}

function run(problem: ModelProblem, scenario: Scenario, nOut: number): Float64Array {
  const times = outputTimesHours(scenario.days, scenario.output.everyHours);
  return integrate(problem.rhs, problem.y0, 0, scenario.days * 24, {
    method: 'dopri5', rtol: problem.solver.rtol, atol: problem.solver.atol, outputTimes: times, events: problem.events,
    observe: problem.readOutputs, observationSize: nOut,
  }).observations!;
}

/** Largest relative differences: y0, f(y0), and every output at every output time. */
function compare(scenario: Scenario): { y0: number; f0: number; outputs: number } {
  const hand = HAND_WRITTEN[scenario.model].buildProblem(scenario);
  const compiled = buildCompiledProblem(COMPILED[scenario.model], scenario);
  expect(compiled.stateNames).toEqual(hand.stateNames);
  expect(compiled.subjectBaseline).toEqual(hand.subjectBaseline);
  let y0 = 0;
  hand.y0.forEach((v, i) => { y0 = Math.max(y0, relDiff(v, compiled.y0[i]!)); });
  const fa = new Float64Array(hand.y0.length);
  const fb = new Float64Array(hand.y0.length);
  // Events at t = 0 first (doses), then the derivative there.
  const ya = new Float64Array(hand.y0);
  const yb = new Float64Array(compiled.y0);
  for (const e of [...hand.events].filter((e) => e.time === 0)) e.apply(ya, 0);
  for (const e of [...compiled.events].filter((e) => e.time === 0)) e.apply(yb, 0);
  hand.rhs(0, ya, fa);
  compiled.rhs(0, yb, fb);
  let f0 = 0;
  fa.forEach((v, i) => { f0 = Math.max(f0, relDiff(v, fb[i]!, 1e-9)); });
  const nOut = MODELS[scenario.model].outputs.length;
  const a = run(HAND_WRITTEN[scenario.model].buildProblem(scenario), scenario, nOut);
  const b = run(buildCompiledProblem(COMPILED[scenario.model], scenario), scenario, nOut);
  let outputs = 0;
  a.forEach((v, i) => { outputs = Math.max(outputs, Math.abs(v - b[i]!) / Math.max(Math.abs(v), 1e-3)); });
  return { y0, f0, outputs };
}

const ROUND_OFF = 1e-9;

describe('compiled models reproduce the hand-written ones to round-off', () => {
  it.each(PRESETS.map((p) => [p.id, p.scenario] as const))('preset %s', (_id, scenario) => {
    const d = compare(scenario);
    expect(d.y0).toBeLessThan(1e-12);
    expect(d.f0).toBeLessThan(1e-12);
    expect(d.outputs).toBeLessThan(ROUND_OFF);
  });

  it.each(AGENT_IDS.map((id) => [id] as const))('agent %s as boluses and as an infusion that stops', (agent) => {
    const every = AGENT_INFO[agent].reference.everyDays ?? 1;
    for (const regimen of [
      { agent, dose: 1.3, mode: 'bolus', everyDays: every, fromDay: 1, untilDay: 40 },
      { agent, dose: 0.7, mode: 'infusion', fromDay: 2, untilDay: 30 },
    ]) {
      const d = compare(make({ model: 'male-hpg', days: 60, regimens: [regimen] }));
      expect(d.outputs, `${agent} ${regimen.mode}`).toBeLessThan(ROUND_OFF);
    }
  });

  it('every condition, at day 0 and at an onset day, with the subject knob', () => {
    for (const id of CONDITION_IDS) {
      const d = compare(make({ model: 'male-hpg', days: 40, subject: { conditions: [id, { id: 'obesity', fromDay: 5 }].filter((c, i) => i === 0 || id !== 'obesity') }, parameters: { leydigSteroidogenesis: 0.8 } }));
      expect(d.outputs, id).toBeLessThan(ROUND_OFF);
      const late = compare(make({ model: 'male-hpg', days: 40, subject: { conditions: [{ id, fromDay: 7 }] } }));
      expect(late.outputs, `${id} from day 7`).toBeLessThan(ROUND_OFF);
    }
  });

  it('explicit GnRH pulses, with gonadorelin pulses from a pump', () => {
    const d = compare(make({
      model: 'male-hpg', days: 4, options: { gnrhPulses: true }, output: { everyHours: 0.25 },
      regimens: [{ agent: 'gonadorelin', dose: 1, mode: 'bolus', everyHours: 1.5, fromDay: 1 }],
      subject: { conditions: [{ id: 'gnrh-deficiency', fromDay: 0 }] },
    }));
    expect(d.outputs).toBeLessThan(ROUND_OFF);
    const e = compare(make({ model: 'male-hpg', days: 3, options: { gnrhPulses: true }, output: { everyHours: 0.1 }, regimens: [{ agent: 'testosterone-cypionate', dose: 1, mode: 'bolus', everyDays: 7, fromDay: 0 }] }));
    expect(e.outputs).toBeLessThan(ROUND_OFF);
  });

  it('Smith (1980): untreated, orchiectomy, weekly injections and an infusion', () => {
    for (const extra of [
      {},
      { subject: { conditions: [{ id: 'orchiectomy', fromDay: 3 }] } },
      { regimens: [{ agent: 'testosterone-cypionate', dose: 1, mode: 'bolus', everyDays: 7, fromDay: 0 }] },
      { regimens: [{ agent: 'testosterone-cypionate', dose: 2, mode: 'infusion', fromDay: 1, untilDay: 5 }] },
    ]) {
      const d = compare(make({ model: 'smith-1980', days: 10, output: { everyHours: 1 }, ...extra }));
      expect(d.outputs, JSON.stringify(extra)).toBeLessThan(ROUND_OFF);
    }
  });
});
