import { describe, expect, it } from 'vitest';
import { initialStepSize } from '../../../src/core/solver/initial-step';
import { SolverContext } from '../../../src/core/solver/solver-context';

describe('initialStepSize (Hairer, Nørsett & Wanner 1993, §II.4)', () => {
  /** First step for y′ = −rate·y, y(0) = 1, at rtol 1e-6; records the times f was evaluated at. */
  const start = (rate: number, hMax: number) => {
    const times: number[] = [];
    const ctx = new SolverContext(
      (t, y, d) => {
        times.push(t);
        d[0] = -rate * y[0]!;
      },
      1,
      10,
      undefined,
      0,
      100,
    );
    const h = initialStepSize((t, y, f) => ctx.evaluate(t, y, f), 0, Float64Array.of(1), Float64Array.of(-rate), 5, Float64Array.of(1e-9), 1e-6, hMax, new Float64Array(1), new Float64Array(1));
    return { h, times };
  };

  it('takes a smaller first step for a faster process, at the cost of one rhs call', () => {
    const slow = start(0.1, 100);
    const fast = start(10, 100);
    expect(fast.times).toHaveLength(1);
    expect(fast.h).toBeLessThan(slow.h);
    // h⁵·|y′′′′′| ≈ 0.01·tolerance scale: for rate 10, a step near 0.01.
    expect(fast.h).toBeGreaterThan(1e-3);
    expect(fast.h).toBeLessThan(0.1);
  });

  it('neither returns nor evaluates f beyond hMax (the distance to the next event)', () => {
    const { h, times } = start(1e-6, 0.005);
    expect(h).toBe(0.005);
    expect(Math.max(...times)).toBeLessThanOrEqual(0.005);
  });
});
