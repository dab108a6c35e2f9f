/** Eigenvalues of linear test systems against their closed forms (src/core/analysis/jacobian-eigen.ts). */
import { describe, expect, it } from 'vitest';
import { analyzeMatrix, balanceMatrix, jacobianAt, jacobianEigen } from '../../../src/core/analysis/jacobian-eigen';
import type { RightHandSide } from '../../../src/core/solver/types';

/** dy/dt = A·y for a row-major n×n A. */
function linear(a: number[][]): RightHandSide {
  return (_t, y, dydt) => {
    for (let i = 0; i < a.length; i++) {
      let s = 0;
      for (let j = 0; j < a.length; j++) s += a[i]![j]! * y[j]!;
      dydt[i] = s;
    }
  };
}

const origin = (n: number): Float64Array => new Float64Array(n);
const sortedPairs = (modes: readonly { re: number; im: number }[]): [number, number][] =>
  modes.map((m): [number, number] => [m.re, m.im]).sort((p, q) => p[0] - q[0] || p[1] - q[1]);

describe('jacobianEigen on linear systems (closed forms, 1e-8)', () => {
  it('2×2 rotation with decay: λ = −a ± iω, τ = 1/a, period 2π/ω', () => {
    const a = 0.3;
    const w = 2.5;
    const { eigen } = jacobianEigen(linear([[-a, w], [-w, -a]]), origin(2));
    expect(eigen.ok).toBe(true);
    if (!eigen.ok) return;
    expect(sortedPairs(eigen.modes)).toEqual([
      [expect.closeTo(-a, 8), expect.closeTo(-w, 8)],
      [expect.closeTo(-a, 8), expect.closeTo(w, 8)],
    ]);
    expect(eigen.verdict).toBe('stable');
    expect(eigen.slowest.timeConstantHours).toBeCloseTo(1 / a, 8);
    expect(eigen.oscillation!.periodHours).toBeCloseTo((2 * Math.PI) / w, 8);
    expect(eigen.oscillation!.periodDays).toBeCloseTo((2 * Math.PI) / w / 24, 8);
  });

  it('3×3 upper triangular: the eigenvalues are the diagonal', () => {
    const { eigen } = jacobianEigen(linear([[-1, 2, 3], [0, -0.02, 5], [0, 0, -7]]), origin(3));
    expect(eigen.ok).toBe(true);
    if (!eigen.ok) return;
    expect(eigen.modes.map((m) => m.re)).toEqual([expect.closeTo(-0.02, 8), expect.closeTo(-1, 8), expect.closeTo(-7, 8)]);
    expect(eigen.modes.every((m) => m.im === 0 && m.periodHours === null)).toBe(true);
    expect(eigen.slowest.timeConstantDays).toBeCloseTo(50 / 24, 8);
    expect(eigen.oscillation).toBeNull();
  });

  it('damped oscillator x″ + 2ζω·x′ + ω²·x = 0: λ = −ζω ± iω√(1 − ζ²)', () => {
    const omega = 0.8;
    const zeta = 0.15;
    const { eigen } = jacobianEigen(linear([[0, 1], [-omega * omega, -2 * zeta * omega]]), origin(2));
    expect(eigen.ok).toBe(true);
    if (!eigen.ok) return;
    const damped = omega * Math.sqrt(1 - zeta * zeta);
    for (const m of eigen.modes) {
      expect(m.re).toBeCloseTo(-zeta * omega, 8);
      expect(Math.abs(m.im)).toBeCloseTo(damped, 8);
    }
    expect(eigen.oscillation!.periodHours).toBeCloseTo((2 * Math.PI) / damped, 8);
  });

  it('a growing mode makes the verdict unstable', () => {
    const { eigen } = jacobianEigen(linear([[0.1, 1], [-1, 0.1]]), origin(2));
    expect(eigen.ok && eigen.verdict).toBe('unstable');
    expect(eigen.ok && eigen.slowest.growing).toBe(true);
  });

  it('the forward-difference Jacobian of a linear system is its matrix', () => {
    const a = [[-1, 2], [3, -4]];
    expect(Array.from(jacobianAt(linear(a), origin(2)))).toEqual([-1, 2, 3, -4].map((x) => expect.closeTo(x, 10)));
  });
});

describe('analyzeMatrix', () => {
  it('balancing leaves the eigenvalues of a badly scaled matrix unchanged and evens out its norms', () => {
    // D·T·D⁻¹ for the tridiagonal T = [−2 1 0; 1 −2 1; 0 1 −2] (eigenvalues −2 + 2·cos(kπ/4)),
    // with D spanning 12 orders of magnitude.
    const n = 3;
    const scale = [1e-6, 1, 1e6];
    const base = [[-2, 1, 0], [1, -2, 1], [0, 1, -2]];
    const m = new Float64Array(9);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) m[i * n + j] = (base[i]![j]! * scale[j]!) / scale[i]!;
    const balanced = new Float64Array(m);
    balanceMatrix(balanced, n);
    const expected = [-2 + Math.SQRT2, -2, -2 - Math.SQRT2];
    for (const matrix of [m, balanced]) {
      const eigen = analyzeMatrix(matrix, n);
      expect(eigen.ok).toBe(true);
      if (eigen.ok) expect(eigen.modes.map((x) => x.re)).toEqual(expected.map((x) => expect.closeTo(x, 8)));
    }
    const largest = (a: Float64Array): number => Math.max(...Array.from(a, Math.abs));
    expect(largest(m)).toBe(1e6);
    expect(largest(balanced)).toBeLessThan(4);
  });

  it('returns a typed failure, never throws, for a Jacobian with a non-finite entry', () => {
    const eigen = analyzeMatrix(Float64Array.from([-1, NaN, 0, -1]), 2);
    expect(eigen.ok).toBe(false);
    expect(!eigen.ok && eigen.reason).toMatch(/non-finite entry at row 0, column 1/);
  });
});
