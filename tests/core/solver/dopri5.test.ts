import { describe, expect, it } from 'vitest';
import { integrate } from '../../../src/core/solver/integrate';
import { SolverError } from '../../../src/core/solver/solver-error';
import type { RightHandSide } from '../../../src/core/solver/types';
import { checkClosedForms, decay, linspace, logistic, maxAbsError, oscillator } from './test-problems';

checkClosedForms(
  'dopri5',
  { method: 'dopri5', rtol: 1e-9, atol: 1e-12 },
  {
    decay: 1e-9,
    bolus: 1e-6,
    bateman: 1e-6,
    logistic: 1e-7,
    oscillatorPhase: 1e-7,
    oscillatorEnergy: 1e-7,
    infusion: 1e-8,
  },
);

describe('dopri5 error control', () => {
  it('shrinks the error as rtol shrinks, by orders of magnitude', () => {
    const errors = [1e-3, 1e-5, 1e-7, 1e-9].map((rtol) => {
      const result = integrate(oscillator.rhs, oscillator.y0(), 0, 10, {
        rtol,
        atol: rtol * 1e-3,
        outputTimes: linspace(0, 10, 41),
      });
      return maxAbsError(result, (t) => oscillator.exact(t));
    });
    for (let i = 1; i < errors.length; i++) expect(errors[i]!).toBeLessThan(errors[i - 1]! / 10);
    expect(errors[0]! / errors[3]!).toBeGreaterThan(1e4);
  });

  it('keeps the global error within a small multiple of rtol on logistic growth', () => {
    for (const rtol of [1e-4, 1e-6, 1e-8]) {
      const result = integrate(logistic.rhs, logistic.y0(), 0, 20, { rtol, atol: 1e-12, outputTimes: linspace(0, 20, 21) });
      expect(maxAbsError(result, logistic.exact) / 10).toBeLessThan(20 * rtol);
    }
  });
});

describe('dopri5 dense output', () => {
  it('is accurate at many output times between few steps', () => {
    const times = linspace(0, 10, 1001);
    const result = integrate(decay.rhs, decay.y0(), 0, 10, { rtol: 1e-6, atol: 1e-9, outputTimes: times });
    expect(result.stats.steps).toBeLessThan(30);
    expect(maxAbsError(result, decay.exact)).toBeLessThan(2e-6);
  });

  it('never shortens a step for an output time: the step sequence is the same with 2 or 1000 outputs', () => {
    const few = integrate(oscillator.rhs, oscillator.y0(), 0, 10, { outputTimes: [0, 10] });
    const many = integrate(oscillator.rhs, oscillator.y0(), 0, 10, { outputTimes: linspace(0, 10, 1000) });
    expect(many.stats).toEqual(few.stats);
  });
});

describe('dopri5 work accounting', () => {
  it('costs 6 rhs calls per attempted step (FSAL) plus 2 to start', () => {
    const { stats } = integrate(logistic.rhs, logistic.y0(), 0, 20, { outputTimes: [20] });
    expect(stats.rhsEvals).toBe(6 * (stats.steps + stats.rejectedSteps) + 2);
    expect(stats.jacobianEvals).toBe(0);
  });

  it('respects maxStep', () => {
    const { stats } = integrate(decay.rhs, decay.y0(), 0, 10, { maxStep: 0.25, outputTimes: [10] });
    expect(stats.steps).toBeGreaterThanOrEqual(40);
  });

  it('reports a blow-up (y′ = y², singular at t = 1) as step-too-small at the singularity', () => {
    const rhs: RightHandSide = (_t, y, dydt) => {
      dydt[0] = y[0]! * y[0]!;
    };
    let error: unknown;
    try {
      integrate(rhs, Float64Array.of(1), 0, 2, { outputTimes: [2] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SolverError);
    expect((error as SolverError).kind).toBe('step-too-small');
    expect((error as SolverError).time).toBeCloseTo(1, 6);
  });
});
