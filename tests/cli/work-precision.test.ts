import { describe, expect, it } from 'vitest';
import { timeAtError } from '../../src/cli/work-precision';

// A curve where time ∝ error^(−1/5) (an order-5 method): 10 ms at 1e-5, 10^(1/5)·… per decade.
const order5 = [1e-3, 1e-4, 1e-5, 1e-6].map((e) => ({ tolerance: e, error: e, ms: 10 * Math.pow(e / 1e-5, -0.2) }));

describe('timeAtError', () => {
  it('returns a measured time where the error was measured', () => {
    expect(timeAtError(order5, 1e-4)).toBeCloseTo(10 * Math.pow(10, -0.2), 12);
  });
  it('interpolates along a power law exactly (straight in log–log)', () => {
    expect(timeAtError(order5, 3e-5)).toBeCloseTo(10 * Math.pow(3, -0.2), 10);
  });
  it('does not depend on the order of the points or on tolerances that gave no error', () => {
    const shuffled = [order5[2]!, order5[0]!, { tolerance: 1, error: 0, ms: 1 }, order5[3]!, order5[1]!];
    expect(timeAtError(shuffled, 3e-5)).toBeCloseTo(10 * Math.pow(3, -0.2), 10);
  });
  it('returns null outside the measured errors rather than extrapolating', () => {
    expect(timeAtError(order5, 1e-7)).toBeNull();
    expect(timeAtError(order5, 1e-2)).toBeNull();
    expect(timeAtError(order5, 0)).toBeNull();
    expect(timeAtError([], 1e-4)).toBeNull();
  });
  it('handles a curve that is not monotone in time (noisy timings)', () => {
    const noisy = [
      { tolerance: 1e-4, error: 3e-3, ms: 176 },
      { tolerance: 3e-5, error: 5e-4, ms: 156 },
      { tolerance: 1e-5, error: 1.9e-4, ms: 165 },
    ];
    const t = timeAtError(noisy, 1e-3)!;
    expect(t).toBeGreaterThan(156);
    expect(t).toBeLessThan(176);
  });
});
