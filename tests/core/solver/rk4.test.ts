import { describe, expect, it } from 'vitest';
import { integrate } from '../../../src/core/solver/integrate';
import { SolverError } from '../../../src/core/solver/solver-error';
import type { CriticalEvent } from '../../../src/core/solver/types';
import { checkClosedForms, decay, linspace, maxAbsError, oscillator } from './test-problems';

checkClosedForms(
  'rk4',
  { method: 'rk4', fixedStep: 0.01 },
  {
    decay: 1e-10,
    bolus: 1e-8,
    bateman: 1e-6,
    logistic: 1e-8,
    // RK4's phase error per step is ≈ (ωh)⁵/120; over 1000 steps with ωh = 0.063 that is ≈ 8e-6.
    oscillatorPhase: 2e-5,
    oscillatorEnergy: 1e-6,
    infusion: 1e-9,
  },
);

describe('rk4', () => {
  it('converges with order 4: halving the step divides the error by about 16', () => {
    const errorAt = (fixedStep: number) =>
      maxAbsError(
        integrate(oscillator.rhs, oscillator.y0(), 0, 2, { method: 'rk4', fixedStep, outputTimes: [2] }),
        (t) => oscillator.exact(t),
      );
    const ratio = errorAt(0.02) / errorAt(0.01);
    expect(ratio).toBeGreaterThan(14);
    expect(ratio).toBeLessThan(18);
  });

  it('takes fixed steps from each critical time and shortens the last one to land on the next', () => {
    const events: CriticalEvent[] = [{ time: 1, apply: () => {} }];
    const { stats } = integrate(decay.rhs, decay.y0(), 0, 10, { method: 'rk4', fixedStep: 0.3, outputTimes: [10], events });
    // [0, 1]: 0.3, 0.3, 0.3, 0.1; [1, 10]: thirty steps of 0.3 (the last merged if within rounding).
    expect(stats.steps).toBe(4 + 30);
    // Four calls per step, one to start, one to restart after the event.
    expect(stats.rhsEvals).toBe(4 * stats.steps + 2);
    expect(stats.rejectedSteps).toBe(0);
  });

  it('gives cubic-Hermite dense output between fixed steps with error O(h⁴)', () => {
    const result = integrate(decay.rhs, decay.y0(), 0, 10, { method: 'rk4', fixedStep: 0.5, outputTimes: linspace(0, 10, 401) });
    expect(result.stats.steps).toBe(20);
    expect(maxAbsError(result, decay.exact)).toBeLessThan(5e-4);
  });

  it('refuses a fixed step too small to advance the time (below round-off)', () => {
    let error: unknown;
    try {
      integrate(decay.rhs, decay.y0(), 1000, 1001, { method: 'rk4', fixedStep: 1e-20, outputTimes: [1001] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SolverError);
    expect((error as SolverError).kind).toBe('step-too-small');
  });
});
