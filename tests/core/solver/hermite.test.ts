import { describe, expect, it } from 'vitest';
import { hermiteInterpolate } from '../../../src/core/solver/hermite';

describe('hermiteInterpolate', () => {
  it('reproduces a cubic exactly from its end values and slopes', () => {
    const p = (t: number) => 2 * t ** 3 - 3 * t ** 2 + 0.5 * t - 1;
    const dp = (t: number) => 6 * t ** 2 - 6 * t + 0.5;
    const [ta, tb] = [1.5, 2.25];
    const out = new Float64Array(3);
    for (const t of [1.5, 1.6, 1.875, 2.2, 2.25]) {
      hermiteInterpolate(ta, Float64Array.of(p(ta)), Float64Array.of(dp(ta)), tb, Float64Array.of(p(tb)), Float64Array.of(dp(tb)), t, out, 1);
      expect(out[1]).toBeCloseTo(p(t), 12);
    }
    expect(out[0]).toBe(0);
    expect(out[2]).toBe(0);
  });

  it('has error O(h⁴) on e^t: halving the step divides the midpoint error by about 16', () => {
    const midpointError = (h: number) => {
      const out = new Float64Array(1);
      hermiteInterpolate(0, Float64Array.of(1), Float64Array.of(1), h, Float64Array.of(Math.exp(h)), Float64Array.of(Math.exp(h)), h / 2, out, 0);
      return Math.abs(out[0]! - Math.exp(h / 2));
    };
    const ratio = midpointError(0.2) / midpointError(0.1);
    expect(ratio).toBeGreaterThan(14);
    expect(ratio).toBeLessThan(18);
  });
});
