/** The generated analytic Jacobians against central differences of the generated right-hand sides. */
import { describe, expect, it } from 'vitest';
import { MODELS } from '../../../src/core/model/registry';
import { assertValidScenario } from '../../../src/core/scenario/validate';
import type { CompiledProblem } from '../../../src/core/model/compiled-problem';
import { AGENT_INFO } from '../../../src/core/agents/agent-info';
import type { ModelId } from '../../../src/core/model/ids';

/** Every agent of a model at its reference interval (the validator refuses averages above 20 times the reference rate). */
const everyAgent = (model: ModelId) => MODELS[model].agents.map((agent) => ({ agent, dose: 1, mode: 'bolus', everyDays: AGENT_INFO[agent].reference.everyDays ?? 1, fromDay: 0 }));

function check(raw: object, perturb: number): number {
  const scenario = assertValidScenario({ format: 'gonadostat-scenario/1', name: 'j', subject: { conditions: [] }, regimens: [], output: { everyHours: 6 }, ...raw }, (id) => MODELS[id]);
  const p = MODELS[scenario.model].buildProblem(scenario) as CompiledProblem;
  const y = new Float64Array(p.y0);
  for (const e of p.events) if (e.time === 0) e.apply(y, 0);
  // Move off the steady state so every term is exercised.
  y.forEach((v, i) => { y[i] = v * (1 + perturb * Math.sin(3 * i + 1)) + perturb * 0.1; });
  const n = y.length;
  const t = 30;
  const jac = new Float64Array(n * n);
  p.jacobian(t, y, jac);
  const fp = new Float64Array(n);
  const fm = new Float64Array(n);
  // Each entry against central differences at two steps: the larger one loses to truncation where a Hill
  // term is steep, the smaller to round-off where a derivative is tiny beside its row's terms (LHpit's
  // synthesis and release); a wrong analytic entry disagrees with both.
  const errors = new Float64Array(n * n).fill(Infinity);
  for (const step of [1e-5, 1e-6]) {
    for (let j = 0; j < n; j++) {
      const h = step * Math.max(1, Math.abs(y[j]!));
      const yp = new Float64Array(y); yp[j] = y[j]! + h;
      const ym = new Float64Array(y); ym[j] = y[j]! - h;
      p.rhs(t, yp, fp);
      p.rhs(t, ym, fm);
      for (let i = 0; i < n; i++) {
        const fd = (fp[i]! - fm[i]!) / (2 * h);
        const e = Math.abs(fd - jac[i * n + j]!) / Math.max(1e-6, Math.abs(fd), Math.abs(jac[i * n + j]!));
        errors[i * n + j] = Math.min(errors[i * n + j]!, e);
      }
    }
  }
  let worst = 0;
  for (const e of errors) worst = Math.max(worst, e);
  return worst;
}

describe('analytic Jacobian', () => {
  it('male-hpg: untreated, every agent present, and explicit pulses', () => {
    expect(check({ model: 'male-hpg', days: 60 }, 0.2)).toBeLessThan(1e-5);
    const regimens = everyAgent('male-hpg');
    expect(check({ model: 'male-hpg', days: 60, regimens }, 0.2)).toBeLessThan(1e-5);
    expect(check({ model: 'male-hpg', days: 5, options: { gnrhPulses: true }, regimens: regimens.slice(0, 4) }, 0.1)).toBeLessThan(1e-5);
  });

  it('male-hpg: finite where a power below 1 has a zero base (no GnRH drive at all)', () => {
    const scenario = assertValidScenario({ format: 'gonadostat-scenario/1', name: 'j', model: 'male-hpg', days: 10, subject: { conditions: ['gnrh-deficiency'] }, regimens: [], output: { everyHours: 6 } }, (id) => MODELS[id]);
    const p = MODELS['male-hpg'].buildProblem(scenario) as CompiledProblem;
    const y = new Float64Array(p.y0);
    // No receptor signal left: the synthesis drive's base is exactly 0 (lhSynthesis reads it to the power 0.75).
    y[p.stateNames.indexOf('R')] = 0;
    const jac = new Float64Array(y.length * y.length);
    p.jacobian(0, y, jac);
    expect(jac.every(Number.isFinite)).toBe(true);
  });

  it('female-hpg: untreated on its cycle, and with every agent present', () => {
    // Hill exponents up to 20 (rupture at ovulatory size): the central differences themselves are only
    // good to ~1e-5 here, so the bound is looser.
    expect(check({ model: 'female-hpg', days: 60 }, 0.2)).toBeLessThan(1e-4);
    expect(check({ model: 'female-hpg', days: 60, regimens: everyAgent('female-hpg') }, 0.2)).toBeLessThan(1e-4);
  });

  it('female-hpg: finite where a follicle class sits exactly at rest size (the kink of its inhibin B) or at 0 mm', () => {
    const scenario = assertValidScenario({ format: 'gonadostat-scenario/1', name: 'j', model: 'female-hpg', days: 10, subject: { conditions: [] }, regimens: [], output: { everyHours: 6 } }, (id) => MODELS[id]);
    const p = MODELS['female-hpg'].buildProblem(scenario) as CompiledProblem;
    const rest = MODELS['female-hpg'].parameters.find((d) => d.id === 'follicleRestSize')!.value;
    for (const size of [rest, 0]) {
      const y = new Float64Array(p.y0);
      for (const k of [1, 2, 3, 4, 5]) y[p.stateNames.indexOf(`F${k}`)] = size;
      expect(p.stateNames.indexOf('F1')).toBeGreaterThanOrEqual(0);
      const jac = new Float64Array(y.length * y.length);
      p.jacobian(0, y, jac);
      expect(jac.every(Number.isFinite), `follicles at ${size} mm`).toBe(true);
    }
  });

  it('gh-igf1: explicit GH pulses, untreated and with every agent present', () => {
    expect(check({ model: 'gh-igf1', days: 3, options: { ghPulses: true } }, 0.1)).toBeLessThan(1e-5);
    expect(check({ model: 'gh-igf1', days: 3, options: { ghPulses: true }, regimens: everyAgent('gh-igf1') }, 0.1)).toBeLessThan(1e-5);
  });

  it('smith-1980 with its depot', () => {
    expect(check({ model: 'smith-1980', days: 10, regimens: [{ agent: 'testosterone-cypionate', dose: 1, mode: 'bolus', everyDays: 7, fromDay: 0 }] }, 0.05)).toBeLessThan(1e-6);
  });
});
