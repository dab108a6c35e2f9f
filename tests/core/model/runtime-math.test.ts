import { describe, expect, it } from 'vitest';
import { pos, power } from '../../../src/core/model/runtime-math';

describe('power', () => {
  const bases = [0, 1e-12, 0.03, 0.5, 0.999, 1, 1.7, 3, 250];

  it('agrees with Math.pow to a few ulps for every multiple of 1/4 up to 16', () => {
    for (let q = 0; q <= 64; q++) {
      const n = q / 4;
      for (const x of bases) {
        const expected = Math.pow(x, n);
        const got = power(x, n);
        expect(Math.abs(got - expected), `${x}^${n}`).toBeLessThanOrEqual(8 * Number.EPSILON * Math.max(expected, Number.MIN_VALUE));
      }
    }
  });

  it('falls back to Math.pow for other exponents', () => {
    for (const n of [0.3, 1.7, 4.56, 16.25, 20, -1]) {
      for (const x of bases.filter((b) => b > 0)) expect(power(x, n)).toBe(Math.pow(x, n));
    }
  });

  it('gives x^0 = 1, also at x = 0', () => {
    expect(power(0, 0)).toBe(1);
    expect(power(7, 0)).toBe(1);
  });
});

describe('pos', () => {
  it('clips below zero and passes the rest', () => {
    expect(pos(-2)).toBe(0);
    expect(pos(0)).toBe(0);
    expect(pos(3.5)).toBe(3.5);
  });
});
