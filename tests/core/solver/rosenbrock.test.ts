import { describe, expect, it } from 'vitest';
import { integrate } from '../../../src/core/solver/integrate';
import type { Jacobian, RightHandSide } from '../../../src/core/solver/types';
import { checkClosedForms, decay, linspace, maxAbsError, oscillator } from './test-problems';

checkClosedForms(
  'rosenbrock',
  { method: 'rosenbrock', rtol: 1e-7, atol: 1e-10 },
  {
    decay: 1e-7,
    bolus: 2e-5,
    bateman: 2e-5,
    logistic: 1e-5,
    oscillatorPhase: 2e-5,
    oscillatorEnergy: 2e-5,
    infusion: 1e-6,
  },
);

/** y1' = −y1, y2' = −10⁴(y2 − y1): eigenvalues −1 and −10⁴; y2 = 10⁴/(10⁴ − 1)·(e^(−t) − e^(−10⁴t)) from y2(0) = 0. */
const stiffLinear: RightHandSide = (_t, y, dydt) => {
  dydt[0] = -y[0]!;
  dydt[1] = -1e4 * (y[1]! - y[0]!);
};
const stiffLinearExact = (t: number): number[] => [Math.exp(-t), (1e4 / (1e4 - 1)) * (Math.exp(-t) - Math.exp(-1e4 * t))];

/** Robertson's chemical kinetics (Robertson 1966), the classic stiff test (Hairer & Wanner, "Solving ODEs II", §IV.1). */
const robertson: RightHandSide = (_t, y, dydt) => {
  const [a, b, c] = [y[0]!, y[1]!, y[2]!];
  dydt[0] = -0.04 * a + 1e4 * b * c;
  dydt[1] = 0.04 * a - 1e4 * b * c - 3e7 * b * b;
  dydt[2] = 3e7 * b * b;
};
const robertsonJacobian: Jacobian = (_t, y, jac) => {
  const [b, c] = [y[1]!, y[2]!];
  jac.set([-0.04, 1e4 * c, 1e4 * b, 0.04, -1e4 * c - 6e7 * b, -1e4 * b, 0, 6e7 * b, 0]);
};
/** Reference values at t = 40 (Hairer & Wanner, "Solving ODEs II", §IV.10, computed at tolerance 1e-12 or better). */
const ROBERTSON_AT_40 = [0.7158270687, 9.185534765e-6, 0.2841637457];

describe('rosenbrock on stiff problems', () => {
  it('solves a linear system with eigenvalues −1 and −10⁴ accurately in far fewer steps than dopri5', () => {
    const times = [1e-4, 1e-3, 0.01, 0.1, 1, 5, 10];
    const stiff = integrate(stiffLinear, Float64Array.of(1, 0), 0, 10, { method: 'rosenbrock', rtol: 1e-6, atol: 1e-9, outputTimes: times });
    const explicit = integrate(stiffLinear, Float64Array.of(1, 0), 0, 10, { method: 'dopri5', rtol: 1e-6, atol: 1e-9, outputTimes: times });
    expect(maxAbsError(stiff, stiffLinearExact)).toBeLessThan(2e-6);
    expect(maxAbsError(explicit, stiffLinearExact)).toBeLessThan(2e-6);
    expect(stiff.stats.steps * 20).toBeLessThan(explicit.stats.steps);
    expect(stiff.stats.rhsEvals * 20).toBeLessThan(explicit.stats.rhsEvals);
  });

  it('matches reference values of the Robertson problem at t = 40, with and without an analytic Jacobian', () => {
    const options = { method: 'rosenbrock' as const, rtol: 1e-6, atol: Float64Array.of(1e-8, 1e-14, 1e-8), outputTimes: [40] };
    const byDifferences = integrate(robertson, Float64Array.of(1, 0, 0), 0, 40, options);
    const analytic = integrate(robertson, Float64Array.of(1, 0, 0), 0, 40, { ...options, jacobian: robertsonJacobian });
    for (const result of [byDifferences, analytic]) {
      for (let i = 0; i < 3; i++) {
        expect(Math.abs(result.states[i]! / ROBERTSON_AT_40[i]! - 1)).toBeLessThan(1e-5);
      }
      expect(result.stats.steps).toBeLessThan(1000);
    }
    // Forward differences cost n = 3 rhs calls per Jacobian; an analytic Jacobian costs none.
    expect(byDifferences.stats.rhsEvals).toBeGreaterThan(analytic.stats.rhsEvals);
  });
});

describe('rosenbrock Jacobian reuse (W-method)', () => {
  it('evaluates the Jacobian far less often than once per step', () => {
    const { stats } = integrate(oscillator.rhs, oscillator.y0(), 0, 10, { method: 'rosenbrock', rtol: 1e-6, outputTimes: [10] });
    expect(stats.jacobianEvals).toBeGreaterThan(0);
    expect(stats.jacobianEvals * 10).toBeLessThan(stats.steps);
  });

  it('keeps order 3 and the requested accuracy with a wrong Jacobian (zero, or of the wrong sign)', () => {
    // Non-autonomous and nonlinear: x' = −x + sin 3t, y' = x − y − y³.
    const rhs: RightHandSide = (t, y, dydt) => {
      dydt[0] = -y[0]! + Math.sin(3 * t);
      dydt[1] = y[0]! - y[1]! - y[1]! ** 3;
    };
    const reference = integrate(rhs, Float64Array.of(1, 1), 0, 10, { rtol: 1e-12, atol: 1e-14, outputTimes: [10] }).states;
    for (const scale of [1, 0, -1]) {
      const jacobian: Jacobian = (_t, y, jac) => jac.set([-scale, 0, scale, scale * (-1 - 3 * y[1]! ** 2)]);
      const errorAt = (rtol: number) => {
        const r = integrate(rhs, Float64Array.of(1, 1), 0, 10, { method: 'rosenbrock', rtol, atol: rtol, outputTimes: [10], jacobian });
        return { error: Math.max(Math.abs(r.states[0]! - reference[0]!), Math.abs(r.states[1]! - reference[1]!)), steps: r.stats.steps };
      };
      const coarse = errorAt(1e-6);
      const fine = errorAt(1e-8);
      expect(coarse.error).toBeLessThan(1e-6);
      expect(fine.error).toBeLessThan(1e-8);
      // Observed order from error against step count: 3 for a third-order method.
      const order = Math.log(coarse.error / fine.error) / Math.log(fine.steps / coarse.steps);
      expect(order).toBeGreaterThan(2.7);
      expect(order).toBeLessThan(3.5);
    }
  });
});

describe('rosenbrock error control and dense output', () => {
  it('shrinks the error as rtol shrinks, by orders of magnitude', () => {
    const errors = [1e-3, 1e-5, 1e-7].map((rtol) => {
      const result = integrate(oscillator.rhs, oscillator.y0(), 0, 5, { method: 'rosenbrock', rtol, atol: rtol * 1e-3, outputTimes: linspace(0, 5, 21) });
      return maxAbsError(result, (t) => oscillator.exact(t));
    });
    for (let i = 1; i < errors.length; i++) expect(errors[i]!).toBeLessThan(errors[i - 1]! / 10);
    expect(errors[0]! / errors[2]!).toBeGreaterThan(1e3);
  });

  it('interpolates many output times between few steps without changing the steps', () => {
    const few = integrate(decay.rhs, decay.y0(), 0, 10, { method: 'rosenbrock', rtol: 1e-4, atol: 1e-8, outputTimes: [10] });
    const many = integrate(decay.rhs, decay.y0(), 0, 10, { method: 'rosenbrock', rtol: 1e-4, atol: 1e-8, outputTimes: linspace(0, 10, 1001) });
    expect(many.stats).toEqual(few.stats);
    expect(many.stats.steps).toBeLessThan(100);
    expect(maxAbsError(many, decay.exact)).toBeLessThan(2e-4);
  });
});
