/**
 * The steady state with the subject and agents held constant
 * (src/core/analysis/held-steady-state.ts): baseline, agreement with a long
 * simulation, and the unstable classic model.
 */
import { describe, expect, it } from 'vitest';
import { equivalentInfusionHours, heldScenario, heldSteadyState } from '../../../src/core/analysis/held-steady-state';
import { simulate } from '../../../src/core/simulate';
import { getModel } from '../../../src/core/model/registry';
import { findPreset } from '../../../src/core/scenario/presets';
import type { Scenario } from '../../../src/core/scenario/types';
import { resolveParameters } from '../../../src/core/model/parameter';
import { MALE_HPG_PARAMETERS } from '../../../src/core/model/male-hpg/definition';
import { SMITH_PARAMETERS } from '../../../src/core/model/smith-1980/parameters';

const preset = (id: string): Scenario => findPreset(id)!.scenario;

describe('heldScenario', () => {
  it('turns a bolus of dose d every I hours into an infusion of dose d·H/I from day 0, without an end', () => {
    const pump: Scenario = { ...preset('gnrh-deficiency-pump'), regimens: [{ agent: 'gonadorelin', dose: 0.025, mode: 'bolus', everyHours: 2, fromDay: 2 }] };
    const held = heldScenario(pump);
    // H: hours of the reference infusion that deliver one reference dose (100 µg over the 84-hour reference interval).
    const h = equivalentInfusionHours('male-hpg', 'gonadorelin', resolveParameters(MALE_HPG_PARAMETERS));
    expect(h).toBe(84);
    expect(held.regimens).toEqual([{ agent: 'gonadorelin', dose: (0.025 * h) / 2, mode: 'infusion', fromDay: 0 }]);
    expect(held.subject.conditions).toEqual(['gnrh-deficiency']);
    // Weekly cypionate: one reference injection per week is the reference infusion.
    expect(heldScenario(preset('trt-weekly')).regimens[0]!.dose).toBeCloseTo(1, 12);
  });

  it('holds only what runs on `atDay`: regimens between fromDay and untilDay, conditions already started', () => {
    expect(heldScenario(preset('trt-abrupt-stop'), 300).regimens).toEqual([]);
    expect(heldScenario(preset('trt-abrupt-stop'), 100).regimens).toHaveLength(1);
    expect(heldScenario(preset('castration'), 5).subject.conditions).toEqual([]);
    expect(heldScenario(preset('castration'), 10).subject.conditions).toEqual(['orchiectomy']);
  });
});

describe('heldSteadyState', () => {
  it('baseline male-hpg subject: every output is 1, stable, slowest time constant of days to months', () => {
    const held = heldSteadyState(preset('healthy-baseline'));
    expect(held.ok).toBe(true);
    if (!held.ok) return;
    expect(held.convergence.converged).toBe(true);
    for (const value of Object.values(held.outputs)) expect(value).toBeCloseTo(1, 8);
    expect(held.eigen.ok).toBe(true);
    if (!held.eigen.ok) return;
    expect(held.eigen.verdict).toBe('stable');
    expect(held.eigen.slowest.timeConstantDays).toBeGreaterThan(2);
    // The slowest mode is Leydig-cell capacity (half-life ~98 days: leydigCapacityHalfLifeDays).
    expect(held.eigen.slowest.timeConstantDays).toBeLessThan(200);
    expect(held.eigen.modes).toHaveLength(getModel('male-hpg').buildProblem(preset('healthy-baseline')).stateNames.length);
  });

  it.each(['trt-gonadorelin-anastrozole', 'gnrh-deficiency-continuous', 'clomiphene-obesity'])(
    '%s: the held steady state matches the end of a 3-year constant-infusion simulation (1e-3)',
    (id) => {
      const held = heldSteadyState(preset(id));
      expect(held.ok).toBe(true);
      if (!held.ok) return;
      expect(held.convergence.converged).toBe(true);
      expect(held.eigen.ok && held.eigen.verdict).toBe('stable');
      const run = simulate({ ...held.scenario, days: 3 * 365, output: { everyHours: 720 } });
      const last = run.days.length - 1;
      for (const [output, value] of Object.entries(held.outputs)) {
        expect(Math.abs(run.series[output]![last]! - value), output).toBeLessThan(1e-3);
      }
    },
  );

  it('smith-1980: the equilibrium is unstable, with a complex pair: it oscillates', () => {
    const held = heldSteadyState(preset('classic-smith'));
    expect(held.ok).toBe(true);
    if (!held.ok || !held.eigen.ok) throw new Error('no eigen-analysis');
    expect(held.convergence.converged).toBe(true);
    for (const value of Object.values(held.outputs)) expect(value).toBeCloseTo(1, 8);
    expect(held.eigen.verdict).toBe('unstable');
    const oscillation = held.eigen.oscillation!;
    expect(oscillation.growing).toBe(true);
    expect(oscillation.periodHours).toBeGreaterThan(1);
    expect(oscillation.periodHours).toBeLessThan(3);
    // Every loop eigenvalue is a root of (λ + b1)(λ + b2)(λ + b3) + h·g1·g2 = 0 (Smith 1980).
    const p = resolveParameters(SMITH_PARAMETERS);
    const [b1, b2, b3, h, g1, g2] = (['b1', 'b2', 'b3', 'h', 'g1', 'g2'] as const).map((id) => p[id]!) as [number, number, number, number, number, number];
    const depot = -Math.LN2 / p['depotHalfLifeHours']!; // −ka, the testosterone depot's own decay
    expect(held.eigen.modes.some((m) => Math.abs(m.re - depot) < 1e-8 && m.im === 0)).toBe(true);
    const loop = held.eigen.modes.filter((m) => Math.abs(m.re - depot) > 1e-8);
    expect(loop).toHaveLength(3);
    for (const { re, im } of loop) {
      // Complex product (λ + b1)(λ + b2)(λ + b3).
      let [pr, pi] = [1, 0];
      for (const b of [b1, b2, b3]) [pr, pi] = [pr * (re + b) - pi * im, pr * im + pi * (re + b)];
      expect(Math.hypot(pr + h * g1 * g2, pi) / (h * g1 * g2)).toBeLessThan(1e-5);
    }
  });

  it('a held scenario that cannot be built fails softly', () => {
    const broken = { ...preset('healthy-baseline'), parameters: { gnrhReceptorLoad: Number.NaN } };
    const held = heldSteadyState(broken);
    expect(held.ok).toBe(false);
  });
});
