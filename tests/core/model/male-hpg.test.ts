/** The male HPG model's structure: computed baseline, subjects, onsets, pulse mode, accuracy. */
import { describe, expect, it } from 'vitest';
import { MODELS } from '../../../src/core/model/registry';
import { assertValidScenario } from '../../../src/core/scenario/validate';
import { simulate } from '../../../src/core/simulate';
import { resolveParameters } from '../../../src/core/model/parameter';
import { MALE_HPG_PARAMETERS } from '../../../src/core/model/male-hpg/definition';
import { MALE_HPG_COMPILED } from '../../../src/core/model/male-hpg/generated/compiled';
import { constantsFor, inlineSwitchRhs } from '../../../src/core/model/compiled-problem';
import type { ConditionEntry, Regimen } from '../../../src/core/scenario/types';

const model = MODELS['male-hpg'];
const scenario = (days: number, regimens: Regimen[] = [], conditions: ConditionEntry[] = [], extra: object = {}) =>
  assertValidScenario({ format: 'gonadostat-scenario/1', name: 't', model: 'male-hpg', days, subject: { conditions }, regimens, output: { everyHours: 6 }, ...extra }, (id) => MODELS[id]);

describe('male-hpg model', () => {
  it('has a documented parameter record: unit, meaning, range containing the value, and source for every entry', () => {
    const ids = new Set<string>();
    for (const p of model.parameters) {
      expect(ids.has(p.id), `duplicate ${p.id}`).toBe(false);
      ids.add(p.id);
      expect(p.unit.length, p.id).toBeGreaterThan(0);
      expect(p.meaning.length, p.id).toBeGreaterThan(10);
      expect(p.source.length, p.id).toBeGreaterThan(3);
      expect(p.min <= p.value && p.value <= p.max, `${p.id} ${p.min} ≤ ${p.value} ≤ ${p.max}`).toBe(true);
    }
  });

  it('sits at a true steady state at the healthy baseline (every derivative ~0)', () => {
    // The states' declared baselines (Dz0, Rn0, Ld0 and 1 for every concentration) with a healthy man's factors.
    const model = MALE_HPG_COMPILED;
    const c = constantsFor(model, resolveParameters(MALE_HPG_PARAMETERS));
    const y = new Float64Array(model.layout.states.length + model.layout.pulseStates.length);
    model.baseline(c, y);
    const u = new Float64Array(model.layout.inputs.length);
    model.healthyFactors(u);
    const axis = y.slice(0, model.layout.states.length);
    const dydt = new Float64Array(axis.length);
    inlineSwitchRhs(model, model.averaged, c, u, new Int32Array(model.layout.agents.length).fill(-1))(0, axis, dydt);
    for (const d of dydt) expect(Math.abs(d)).toBeLessThan(1e-12);
  });

  it('starts a subject with conditions at that subject’s own steady state, reported relative to the healthy baseline', () => {
    const own = MODELS['male-hpg'].conditions;
    for (let mask = 1; mask < 1 << own.length; mask++) {
      const conditions = own.filter((_, i) => mask & (1 << i));
      const r = simulate(scenario(20, [], conditions));
      for (const id of r.outputIds) {
        const series = r.series[id]!;
        expect(series[0]).toBeCloseTo(r.subjectBaseline[id]!, 6);
        expect(Math.abs(series[series.length - 1]! - series[0]!) / Math.max(1, series[0]!), `${conditions.join('+')} ${id}`).toBeLessThan(1e-3);
      }
    }
  });

  it('unfolds a condition from its onset day when one is given', () => {
    const r = simulate(scenario(30, [], [{ id: 'orchiectomy', fromDay: 10 }]));
    expect(r.series['testosterone']![Math.round((9.75 * 24) / 6)]).toBeCloseTo(1, 6);
    expect(r.series['testosterone']![Math.round((12 * 24) / 6)]).toBeLessThan(0.05);
    expect(r.subjectBaseline['testosterone']).toBe(1);
  });

  it('stays within 0.1% of a tight-tolerance run at its default tolerance (reference scenario)', () => {
    const s = scenario(365, [
      { agent: 'testosterone-cypionate', dose: 1, mode: 'bolus', everyDays: 7, fromDay: 0 },
      { agent: 'gonadorelin', dose: 1, mode: 'bolus', everyDays: 3.5, fromDay: 0 },
      { agent: 'anastrozole', dose: 1, mode: 'bolus', everyDays: 3.5, fromDay: 0 },
    ]);
    const normal = simulate(s);
    const tight = simulate(s, { rtol: 1e-10, atol: 1e-12 });
    let worst = 0;
    for (const id of normal.outputIds) {
      normal.series[id]!.forEach((v, k) => {
        const ref = tight.series[id]![k]!;
        worst = Math.max(worst, Math.abs(v - ref) / Math.max(Math.abs(ref), 0.01));
      });
    }
    expect(worst).toBeLessThan(1e-3);
    // Work counters are deterministic: a regression guard on the solver and the model's stiffness.
    expect(normal.stats.steps).toBeLessThan(2500);
  });

  describe('explicit GnRH pulses', () => {
    const r = simulate(scenario(3, [], [], { options: { gnrhPulses: true }, output: { everyHours: 0.05 } }));
    const mean = (id: string) => {
      const s = r.series[id]!;
      const from = Math.floor(s.length / 3);
      let sum = 0;
      for (let k = from; k < s.length; k++) sum += s[k]!;
      return sum / (s.length - from);
    };
    it('shows GnRH and LH pulsatility: GnRH pulses every 90 min, LH rises and falls with them', () => {
      const g = r.series['gnrh']!;
      const lh = r.series['lh']!;
      let peaks = 0;
      for (let k = 1; k < g.length - 1; k++) if (g[k]! > g[k - 1]! && g[k]! >= g[k + 1]! && g[k]! > 2) peaks++;
      expect(peaks).toBeGreaterThanOrEqual(45); // 72 h / 1.5 h = 48 pulses
      const late = Array.from(lh.slice(Math.floor(lh.length / 2)));
      expect(Math.max(...late) - Math.min(...late)).toBeGreaterThan(0.1);
    });
    it('keeps the pulse-mean of LH, FSH and testosterone at the averaged baseline', () => {
      for (const id of ['lh', 'fsh', 'testosterone']) {
        expect(mean(id), id).toBeGreaterThan(0.97);
        expect(mean(id), id).toBeLessThan(1.03);
      }
    });
    it('is rejected beyond the pulse window', () => {
      expect(() => scenario(model.pulseMode!.maxWindowDays + 1, [], [], { options: { gnrhPulses: true } })).toThrow(/gnrhPulses/);
    });
  });
});

describe('agents held constant', () => {
  it('an infusion at dose·H/I matches the average effect of boluses of dose every I hours (every agent)', async () => {
    const { AGENT_INFO } = await import('../../../src/core/agents/agent-info');
    const values = resolveParameters(MALE_HPG_PARAMETERS);
    for (const id of model.agents) {
      const hours = model.equivalentInfusionHours(id, values);
      expect(hours, id).toBeGreaterThan(0);
      // Gonadorelin's receptor response is deliberately nonlinear in time (pulses vs continuous);
      // the pellet's reference interval is six months.
      if (id === 'gonadorelin' || id === 'testosterone-pellet') continue;
      const everyDays = AGENT_INFO[id as keyof typeof AGENT_INFO].reference.everyDays ?? 1;
      const bolus = simulate(scenario(120, [{ agent: id as never, dose: 1, mode: 'bolus', everyDays, fromDay: 0 }]));
      const drip = simulate(scenario(120, [{ agent: id as never, dose: (1 * hours) / (everyDays * 24), mode: 'infusion', fromDay: 0 }]));
      const late = (r: typeof bolus) => r.series['testosterone']!.slice(-112).reduce((a, b) => a + b, 0) / 112;
      // The axis is nonlinear, so a fluctuating exposure differs a little from its average.
      expect(Math.abs(late(bolus) - late(drip)) / late(bolus), id).toBeLessThan(0.15);
    }
  });
});
