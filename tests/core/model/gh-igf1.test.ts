/**
 * The somatotropic axis (gh-igf1): its healthy steady state (computed, finite,
 * in physiological units), a GH-store balance at that state, non-negative and
 * finite trajectories under every agent and condition, error that follows the
 * tolerance, and the two behaviours the issue says must emerge from the
 * mechanism: GHRH-analogue + ghrelin-mimetic synergy and the need for
 * endogenous GHRH signalling.
 */
import { describe, expect, it } from 'vitest';
import { simulate, type SimulationResult } from '../../../src/core/simulate';
import { assertValidScenario } from '../../../src/core/scenario/validate';
import { MODELS } from '../../../src/core/model/registry';
import { COMPILED_MODELS } from '../../../src/core/model/compiled-models';
import { constantsFor, healthyBaseline } from '../../../src/core/model/compiled-problem';
import { resolveParameters } from '../../../src/core/model/parameter';
import type { ConditionEntry, Regimen } from '../../../src/core/scenario/types';

const model = COMPILED_MODELS['gh-igf1'];

function run(days: number, regimens: Regimen[] = [], conditions: ConditionEntry[] = [], everyHours = 0.25, tolerance?: { rtol: number; atol: number }): SimulationResult {
  const scenario = assertValidScenario(
    { format: 'gonadostat-scenario/1', name: 'gh check', model: 'gh-igf1', days, subject: { conditions }, regimens, parameters: {}, output: { everyHours } },
    (id) => MODELS[id],
  );
  return simulate(scenario, tolerance);
}

const once = (agent: Regimen['agent'], fromDay: number, dose = 1): Regimen => ({ agent, dose, mode: 'bolus', everyDays: 365, fromDay });

/** GH area above its pre-dose level over the `hours` after `fromDay` (baseline-hours). */
function ghArea(r: SimulationResult, fromDay: number, hours: number): number {
  const k0 = r.days.findIndex((d) => d >= fromDay - 1e-9);
  const before = r.series.gh![k0]!;
  let area = 0;
  for (let k = k0; k < r.days.length - 1 && r.days[k]! < fromDay + hours / 24; k++) area += (r.series.gh![k]! - before) * (r.days[k + 1]! - r.days[k]!) * 24;
  return area;
}

describe('gh-igf1 healthy steady state', () => {
  const c = constantsFor(model, resolveParameters(model.source.parameters));
  const healthy = healthyBaseline(model, c);
  const state = Object.fromEntries(Object.keys(model.source.states).map((id, i) => [id, healthy.state[i]!]));
  const outputs = Object.fromEntries(model.source.outputs.map((o, i) => [o.id, healthy.outputs[i]!]));

  it('is finite and positive, in the units of Farhy 2007 (pg/mL, ng/mL) and µg/L for IGF-1', () => {
    for (const v of [...healthy.state, ...healthy.outputs]) {
      expect(Number.isFinite(v)).toBe(true);
      expect(v).toBeGreaterThan(0);
    }
    // Values of the delay-free Farhy equilibrium with our additions (our SciPy check of the CellML set:
    // GHRH 135 pg/mL, somatostatin 36 + 9 pg/mL, GH 0.06–0.3 ng/mL).
    expect(outputs.ghrh).toBeGreaterThan(100);
    expect(outputs.ghrh).toBeLessThan(250);
    expect(outputs.somatostatin).toBeGreaterThan(35);
    expect(outputs.somatostatin).toBeLessThan(60);
    expect(outputs.gh).toBeGreaterThan(0.05);
    expect(outputs.gh).toBeLessThan(1);
    // IGF-1 of a healthy young man (Bermann 1994: 163 µg/L)
    expect(outputs.igf1).toBeGreaterThan(140);
    expect(outputs.igf1).toBeLessThan(210);
    expect(state.Rg).toBeLessThanOrEqual(1);
    expect(state.P).toBeLessThanOrEqual(1);
  });

  it('balances the GH store: refilling equals secretion plus degradation, and ~0.06%/h is secreted (0.062%/h; the test allows 0.05–0.3%)', () => {
    const p = Object.fromEntries(model.source.parameters.map((q) => [q.id, q.value]));
    const secretedPerHour = (outputs.gh! * p.ghClearanceRate!) / (p.ghReleaseMax! * state.P!);
    // kOut·x is the secreted share of the store per hour; x = GH·k1/(kr1·cap·P), cap ≈ 1 at baseline
    const share = p.ghStoreReleaseConstant! * secretedPerHour;
    expect(share).toBeGreaterThan(0.0005);
    expect(share).toBeLessThan(0.003);
  });

  it('holds for two years untreated (every output within 0.1%)', () => {
    const r = run(730, [], [], 24);
    for (const id of r.outputIds) for (const v of r.series[id]!) expect(Math.abs(v - 1)).toBeLessThan(1e-3);
  });
});

describe('gh-igf1 trajectories', () => {
  const agents = MODELS['gh-igf1'].agents;
  it.each(agents)('%s daily for 8 weeks keeps every output finite and non-negative', (agent) => {
    const r = run(56, [{ agent, dose: 1, mode: 'bolus', everyDays: 1, fromDay: 0 }], [], 3);
    for (const id of r.outputIds) for (const v of r.series[id]!) {
      expect(Number.isFinite(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(0);
    }
  });

  it.each(MODELS['gh-igf1'].conditions)('%s gives a finite steady state that a secretagogue moves', (condition) => {
    const r = run(14, [{ agent: 'ibutamoren', dose: 1, mode: 'bolus', everyDays: 1, fromDay: 0 }], [condition], 6);
    for (const v of Object.values(r.subjectBaseline)) expect(Number.isFinite(v)).toBe(true);
    expect(r.series.igf1!.at(-1)!).toBeGreaterThanOrEqual(r.subjectBaseline.igf1! * 0.999);
  });

  it('follows the tolerance: a year of daily ibutamoren at the default tolerance is within 0.5% of a tight run', () => {
    const regimen: Regimen = { agent: 'ibutamoren', dose: 1, mode: 'bolus', everyDays: 1, fromDay: 0 };
    const loose = run(365, [regimen], ['aging'], 6);
    const tight = run(365, [regimen], ['aging'], 6, { rtol: 1e-9, atol: 1e-11 });
    let worst = 0;
    for (const id of loose.outputIds) loose.series[id]!.forEach((v, k) => { worst = Math.max(worst, Math.abs(v - tight.series[id]![k]!) / Math.max(tight.series[id]![k]!, 0.01)); });
    expect(worst).toBeLessThan(5e-3);
  });
});

describe('gh-igf1 mechanisms that must emerge (no combination term)', () => {
  it('a GHRH analogue and a ghrelin mimetic together release more GH than the sum of each alone', () => {
    const area = (regimens: Regimen[]): number => ghArea(run(1, regimens), 0.25, 4);
    const ipamorelin = area([once('ipamorelin', 0.25)]);
    const modGrf = area([once('mod-grf-1-29', 0.25)]);
    const both = area([once('ipamorelin', 0.25), once('mod-grf-1-29', 0.25)]);
    expect(ipamorelin).toBeGreaterThan(0);
    expect(modGrf).toBeGreaterThan(0);
    expect(both).toBeGreaterThan(1.5 * (ipamorelin + modGrf));
  });

  it('a ghrelin mimetic needs GHRH signalling: blocking the GHRH receptor removes most of its GH response', () => {
    const intact = ghArea(run(2, [once('hexarelin', 1.25)]), 1.25, 3);
    const blocked = ghArea(run(2, [once('hexarelin', 1.25)], [{ id: 'ghrh-receptor-deficiency', fromDay: 1 }]), 1.25, 3);
    expect(intact).toBeGreaterThan(1);
    expect(blocked / intact).toBeLessThan(0.3);
  });

  it('secretagogues act only on the pituitary that is there: with no somatotrophs, neither class raises IGF-1', () => {
    const scenario = (agent: Regimen['agent']) => assertValidScenario(
      { format: 'gonadostat-scenario/1', name: 'no pituitary', model: 'gh-igf1', days: 14, subject: { conditions: [{ id: 'gh-deficiency', fromDay: 0 }] }, regimens: [{ agent, dose: 1, mode: 'bolus', everyDays: 1, fromDay: 0 }], parameters: { ghDeficiencyPituitary: 0 }, output: { everyHours: 6 } },
      (id) => MODELS[id],
    );
    for (const agent of ['tesamorelin', 'ibutamoren'] as const) expect(simulate(scenario(agent)).series.igf1!.at(-1)!).toBeLessThan(1e-6);
    expect(simulate(scenario('somatropin')).series.igf1!.at(-1)!).toBeGreaterThan(0.5);
  });
});

describe('gh-igf1 scenarios', () => {
  it('refuses an agent of another axis, naming the field', () => {
    const result = () => assertValidScenario(
      { format: 'gonadostat-scenario/1', name: 'x', model: 'gh-igf1', days: 10, subject: { conditions: [] }, regimens: [{ agent: 'hcg', dose: 1, mode: 'bolus', everyDays: 2, fromDay: 0 }], output: { everyHours: 6 } },
      (id) => MODELS[id],
    );
    expect(result).toThrow(/regimens\[0\]\.agent: model 'gh-igf1' does not support agent 'hcg'/);
  });
});
