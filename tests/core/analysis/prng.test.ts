/** The seeded generator (src/core/analysis/prng.ts). */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../src/core/analysis/prng';

const draws = (seed: number, n: number): number[] => {
  const next = mulberry32(seed);
  return Array.from({ length: n }, next);
};

describe('mulberry32', () => {
  it('is reproducible: the same seed gives the same numbers, another seed others', () => {
    expect(draws(1, 50)).toEqual(draws(1, 50));
    expect(draws(2, 50)).not.toEqual(draws(1, 50));
  });

  it('draws in [0, 1) with mean ≈ 1/2 and variance ≈ 1/12', () => {
    const x = draws(12345, 20_000);
    expect(Math.min(...x)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...x)).toBeLessThan(1);
    const mean = x.reduce((a, b) => a + b, 0) / x.length;
    const variance = x.reduce((a, b) => a + (b - mean) ** 2, 0) / x.length;
    expect(mean).toBeCloseTo(0.5, 2);
    expect(variance).toBeCloseTo(1 / 12, 2);
  });
});
