/**
 * Linear stability of a steady state: the Jacobian J = ∂f/∂y of the
 * right-hand side at a state (forward differences, `numericJacobian` of
 * ./steady-state.ts) and its eigenvalues λ_k (mathjs `eigs`: reduction to
 * Hessenberg form and shifted QR iterations). Each λ is read as a time
 * constant and, for a complex pair, an oscillation period (./time-constants.ts);
 * the steady state is stable when max Re λ < 0.
 *
 * The QR iteration can fail to converge on badly scaled matrices (this model's
 * rates span minutes to months). On failure the matrix is balanced — a
 * diagonal similarity D⁻¹·J·D with powers of 2, which leaves the eigenvalues
 * exactly unchanged and equalizes row and column norms (Parlett & Reinsch
 * 1969; Numerical Recipes `balanc`) — and `eigs` is retried once with a looser
 * precision. A second failure is returned as a typed failure: nothing here
 * throws into the UI.
 */
import { eigs } from 'mathjs';
import type { RightHandSide } from '../solver/types';
import { numericJacobian } from './steady-state';
import { compareModes, eigenmode, type Eigenmode } from './time-constants';

/** Whether small deviations from the state die out (every Re λ < 0) or not. */
export type StabilityVerdict = 'stable' | 'unstable';

/** Eigenvalues of a Jacobian, read as time scales; or why they could not be computed. */
export type EigenAnalysis =
  | {
      readonly ok: true;
      /** Every eigenvalue, largest real part first (slowest decay, or fastest growth). */
      readonly modes: readonly Eigenmode[];
      readonly verdict: StabilityVerdict;
      /** max Re λ, 1/h. */
      readonly maxRealPart: number;
      /** The mode with the largest real part: the slowest to settle (or the fastest to grow). */
      readonly slowest: Eigenmode;
      /** The complex mode (im > 0) with the largest real part, or null when every λ is real. */
      readonly oscillation: Eigenmode | null;
      /** 1 when `eigs` converged at once, 2 after balancing and retrying. */
      readonly attempts: number;
    }
  | { readonly ok: false; readonly reason: string; readonly attempts: number };

/** Precision passed to `eigs` on the retry (its default is 1e-15). */
const RETRY_PRECISION = 1e-10;

/** The forward-difference Jacobian of `rhs` at (t, y), row-major n×n (J[i·n + j] = ∂f_i/∂y_j). */
export function jacobianAt(rhs: RightHandSide, y: Float64Array, t = 0): Float64Array {
  const n = y.length;
  const f0 = new Float64Array(n);
  rhs(t, y, f0);
  const jac = new Float64Array(n * n);
  numericJacobian(rhs, t, y, f0, jac);
  return jac;
}

/**
 * Balances a row-major n×n matrix in place by a diagonal similarity with powers
 * of 2 (eigenvalues unchanged, no rounding), so row and column norms match.
 */
export function balanceMatrix(a: Float64Array, n: number): void {
  const radix = 2;
  const radix2 = radix * radix;
  for (let sweep = 0, done = false; !done && sweep < 100; sweep++) {
    done = true;
    for (let i = 0; i < n; i++) {
      let c = 0;
      let r = 0;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        c += Math.abs(a[j * n + i]!);
        r += Math.abs(a[i * n + j]!);
      }
      if (c === 0 || r === 0) continue;
      const s = c + r;
      let f = 1;
      let g = r / radix;
      while (c < g) { f *= radix; c *= radix2; }
      g = r * radix;
      while (c > g) { f /= radix; c /= radix2; }
      if ((c + r) / f < 0.95 * s) {
        done = false;
        for (let j = 0; j < n; j++) a[i * n + j] = a[i * n + j]! / f;
        for (let j = 0; j < n; j++) a[j * n + i] = a[j * n + i]! * f;
      }
    }
  }
}

function toRows(a: Float64Array, n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from(a.subarray(i * n, (i + 1) * n)));
}

/** Real and imaginary part of one entry of `eigs(...).values` (a number or a mathjs Complex). */
function parts(value: unknown): [number, number] | null {
  if (typeof value === 'number') return [value, 0];
  if (typeof value === 'object' && value !== null && 're' in value && 'im' in value) {
    const { re, im } = value as { re: unknown; im: unknown };
    if (typeof re === 'number' && typeof im === 'number') return [re, im];
  }
  return null;
}

/** Eigenvalues by `eigs`, or the reason it failed. */
function tryEigs(rows: number[][], precision?: number): { values: [number, number][] } | { reason: string } {
  try {
    const result = eigs(rows, precision === undefined ? { eigenvectors: false } : { eigenvectors: false, precision });
    const raw = result.values;
    const list: unknown[] = Array.isArray(raw) ? raw : (raw.toArray() as unknown[]);
    const values: [number, number][] = [];
    for (const v of list) {
      const p = parts(v);
      if (p === null || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return { reason: 'eigs returned a non-finite eigenvalue' };
      values.push(p);
    }
    return { values };
  } catch (error) {
    return { reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Eigenvalues [re, im] of a row-major n×n matrix, or why they could not be computed. */
export type EigenvalueResult =
  | { readonly ok: true; readonly values: readonly (readonly [number, number])[]; readonly attempts: number }
  | { readonly ok: false; readonly reason: string; readonly attempts: number };

/**
 * Eigenvalues of a row-major n×n matrix (not modified) by `eigs`, retried once on
 * the balanced matrix with a looser precision when the QR iteration fails.
 */
export function matrixEigenvalues(matrix: Float64Array, n: number): EigenvalueResult {
  if (n === 0 || matrix.length !== n * n) return { ok: false, reason: `expected a ${n}×${n} matrix`, attempts: 0 };
  for (let i = 0; i < matrix.length; i++) {
    if (!Number.isFinite(matrix[i]!)) {
      return { ok: false, reason: `the matrix has a non-finite entry at row ${Math.floor(i / n)}, column ${i % n}`, attempts: 0 };
    }
  }
  let attempts = 1;
  let outcome = tryEigs(toRows(matrix, n));
  if ('reason' in outcome) {
    attempts = 2;
    const balanced = new Float64Array(matrix);
    balanceMatrix(balanced, n);
    outcome = tryEigs(toRows(balanced, n), RETRY_PRECISION);
  }
  if ('reason' in outcome) return { ok: false, reason: `eigenvalues did not converge: ${outcome.reason}`, attempts };
  return { ok: true, values: outcome.values, attempts };
}

/** Eigen-analysis of a row-major n×n matrix with rates in 1/h (not modified). */
export function analyzeMatrix(matrix: Float64Array, n: number): EigenAnalysis {
  const outcome = matrixEigenvalues(matrix, n);
  if (!outcome.ok) return { ok: false, reason: outcome.reason.replace('the matrix has', 'the Jacobian has'), attempts: outcome.attempts };
  const { attempts } = outcome;
  const modes = outcome.values.map(([re, im]) => eigenmode(re, im)).sort(compareModes);
  const slowest = modes[0]!;
  const oscillation = modes.find((m) => m.periodHours !== null && m.im > 0) ?? null;
  return { ok: true, modes, verdict: slowest.re < 0 ? 'stable' : 'unstable', maxRealPart: slowest.re, slowest, oscillation, attempts };
}

/** Jacobian of `rhs` at (t, y) and its eigen-analysis. */
export function jacobianEigen(rhs: RightHandSide, y: Float64Array, t = 0): { readonly jacobian: Float64Array; readonly eigen: EigenAnalysis } {
  const jacobian = jacobianAt(rhs, y, t);
  return { jacobian, eigen: analyzeMatrix(jacobian, y.length) };
}
