import { describe, expect, it } from 'vitest';
import { SolverContext } from '../../../src/core/solver/solver-context';
import { SolverError } from '../../../src/core/solver/solver-error';

describe('SolverContext', () => {
  it('counts rhs calls and attempts, and enforces the step budget', () => {
    const ctx = new SolverContext((_t, y, d) => d.set(y), 2, 3, undefined, 0, 10);
    ctx.evaluate(0, Float64Array.of(1, 2), new Float64Array(2));
    expect(ctx.stats.rhsEvals).toBe(1);
    ctx.stats.steps = 2;
    ctx.stats.rejectedSteps = 1;
    expect(() => ctx.attempt(4)).toThrow(SolverError);
  });

  it('names the state whose derivative is not finite, or the non-finite state itself', () => {
    const ctx = new SolverContext((_t, y, d) => d.set([1, y[1]! / 0 - Infinity]), 2, 10, ['LH', 'FSH'], 0, 10);
    expect(() => ctx.evaluate(1, Float64Array.of(0, 0), new Float64Array(2))).toThrow(/derivative of FSH/);
    expect(() => ctx.evaluate(1, Float64Array.of(Infinity, 0), new Float64Array(2))).toThrow(/state LH/);
    expect(() => ctx.checkFinite(2, Float64Array.of(0, 0, 0, NaN), 'Jacobian row', 2)).toThrow(/FSH/);
  });

  it('rejects a step below 16 ulp of the largest time', () => {
    const ctx = new SolverContext(() => {}, 1, 10, undefined, 0, 1000);
    expect(() => ctx.checkStepSize(999, 1e-11)).not.toThrow();
    expect(() => ctx.checkStepSize(999, 1e-12)).toThrow(/underflow/);
    expect(() => ctx.checkStepSize(999, NaN)).toThrow(SolverError);
  });
});
