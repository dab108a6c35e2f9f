import { describe, expect, it } from 'vitest';
import { luFactor, luSolve } from '../../../src/core/solver/lu';

/** Row-major product A·x. */
function multiply(a: readonly number[], x: Float64Array, n: number): number[] {
  return Array.from({ length: n }, (_, i) => x.reduce((sum, xj, j) => sum + a[i * n + j]! * xj, 0));
}

describe('luFactor / luSolve', () => {
  it('solves a system that needs row pivoting (zero on the first diagonal)', () => {
    const a = [0, 2, 1, 1, 1, 1, 2, 1, 3];
    const lu = Float64Array.from(a);
    const pivots = new Int32Array(3);
    expect(luFactor(lu, 3, pivots)).toBe(true);
    const x = Float64Array.of(1, -2, 3);
    const b = Float64Array.from(multiply(a, x, 3));
    luSolve(lu, 3, pivots, b);
    for (let i = 0; i < 3; i++) expect(b[i]).toBeCloseTo(x[i]!, 12);
  });

  it('solves in place at an offset, leaving the rest of the array alone', () => {
    const a = [4, 1, 2, 3];
    const lu = Float64Array.from(a);
    const pivots = new Int32Array(2);
    luFactor(lu, 2, pivots);
    const b = Float64Array.of(99, 5, 5, 99); // solve for x with A x = (5, 5) in b[1..2]
    luSolve(lu, 2, pivots, b, 1);
    expect(b[0]).toBe(99);
    expect(b[3]).toBe(99);
    expect(4 * b[1]! + 1 * b[2]!).toBeCloseTo(5, 12);
    expect(2 * b[1]! + 3 * b[2]!).toBeCloseTo(5, 12);
  });

  it('is accurate on a 20×20 diagonally dominant matrix like I/(hγ) − J', () => {
    const n = 20;
    const a = Array.from({ length: n * n }, (_, k) => {
      const [i, j] = [Math.floor(k / n), k % n];
      return i === j ? 50 + i : Math.sin(i * 7 + j * 3);
    });
    const lu = Float64Array.from(a);
    const pivots = new Int32Array(n);
    expect(luFactor(lu, n, pivots)).toBe(true);
    const x = Float64Array.from({ length: n }, (_, i) => i - 7.5);
    const b = Float64Array.from(multiply(a, x, n));
    luSolve(lu, n, pivots, b);
    for (let i = 0; i < n; i++) expect(Math.abs(b[i]! - x[i]!)).toBeLessThan(1e-12);
  });

  it('reports a singular matrix', () => {
    expect(luFactor(Float64Array.of(1, 2, 2, 4), 2, new Int32Array(2))).toBe(false);
    expect(luFactor(Float64Array.of(NaN, 0, 0, 1), 2, new Int32Array(2))).toBe(false);
  });
});
