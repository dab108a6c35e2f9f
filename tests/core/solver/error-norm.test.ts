import { describe, expect, it } from 'vitest';
import { errorNorm } from '../../../src/core/solver/error-norm';

describe('errorNorm', () => {
  it('is the RMS of err_i / (atol_i + rtol·max(|y_i|, |ŷ_i|))', () => {
    const err = Float64Array.of(1e-6, 3e-9);
    const y = Float64Array.of(1, -2);
    const yNew = Float64Array.of(-4, 0);
    const atol = Float64Array.of(1e-9, 1e-8);
    const rtol = 1e-6;
    const s0 = 1e-6 / (1e-9 + 1e-6 * 4);
    const s1 = 3e-9 / (1e-8 + 1e-6 * 2);
    expect(errorNorm(err, y, yNew, atol, rtol)).toBeCloseTo(Math.sqrt((s0 * s0 + s1 * s1) / 2), 14);
  });

  it('turns NaN into +Infinity so that the step is rejected', () => {
    const one = Float64Array.of(1);
    expect(errorNorm(Float64Array.of(NaN), one, one, one, 1e-6)).toBe(Infinity);
  });
});
