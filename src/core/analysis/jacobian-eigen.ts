/**
 * Linear stability of a steady state: the Jacobian J = ∂f/∂y of the
 * right-hand side at a state (the model's analytic Jacobian, generated from its
 * definition, or else forward differences, `numericJacobian` of
 * ./steady-state.ts) and its eigenvalues λ_k. Each λ is read as a time constant
 * and, for a complex pair, an oscillation period (./time-constants.ts); the
 * steady state is stable when max Re λ < 0.
 *
 * The eigenvalues come from ./real-eigenvalues.ts: balancing (a diagonal
 * similarity with powers of 2, Parlett & Reinsch 1969), Householder reduction
 * to Hessenberg form and the Francis double-shift QR iteration with exceptional
 * shifts (EISPACK `hqr`; Wilkinson & Reinsch 1971). This replaced mathjs
 * `eigs`, whose QR iteration (no double shifts, a 100-iteration cap) failed to
 * converge on this model's Jacobians: a chain of 12 identical first-order
 * stages is a defective, Jordan-like block (one eigenvalue repeated 12 times)
 * next to complex pairs. mathjs is no longer used here.
 *
 * Should the balanced iteration ever fail, it is retried once on the matrix as
 * given (balancing is occasionally harmful, e.g. when it magnifies entries that
 * are pure round-off); a second failure is returned as a typed failure, with
 * `attempts` = 2. Nothing here throws into the UI.
 */
import type { Jacobian, RightHandSide } from '../solver/types';
import { numericJacobian } from './steady-state';
import { balanceMatrix, realEigenvalues } from './real-eigenvalues';
import { compareModes, eigenmode, type Eigenmode } from './time-constants';

export { balanceMatrix };

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
      /** 1 when the QR iteration on the balanced matrix converged, 2 after retrying on the unbalanced matrix. */
      readonly attempts: number;
    }
  | { readonly ok: false; readonly reason: string; readonly attempts: number };

/** The forward-difference Jacobian of `rhs` at (t, y), row-major n×n (J[i·n + j] = ∂f_i/∂y_j). */
export function jacobianAt(rhs: RightHandSide, y: Float64Array, t = 0): Float64Array {
  const n = y.length;
  const f0 = new Float64Array(n);
  rhs(t, y, f0);
  const jac = new Float64Array(n * n);
  numericJacobian(rhs, t, y, f0, jac);
  return jac;
}

/** Eigenvalues [re, im] of a row-major n×n matrix, or why they could not be computed. */
export type EigenvalueResult =
  | { readonly ok: true; readonly values: readonly (readonly [number, number])[]; readonly attempts: number }
  | { readonly ok: false; readonly reason: string; readonly attempts: number };

/**
 * Eigenvalues of a row-major n×n matrix (not modified): balanced QR first, retried once on the
 * matrix as given (see the file header). Shared by the steady-state analysis and Floquet multipliers.
 */
export function matrixEigenvalues(matrix: Float64Array, n: number): EigenvalueResult {
  if (n === 0 || matrix.length !== n * n) return { ok: false, reason: `expected a ${n}×${n} matrix`, attempts: 0 };
  for (let i = 0; i < matrix.length; i++) {
    if (!Number.isFinite(matrix[i]!)) {
      return { ok: false, reason: `the matrix has a non-finite entry at row ${Math.floor(i / n)}, column ${i % n}`, attempts: 0 };
    }
  }
  const outcome = realEigenvalues(matrix, n);
  if (outcome.ok) return { ok: true, values: outcome.values, attempts: 1 };
  const retry = realEigenvalues(matrix, n, { balance: false });
  if (!retry.ok) return { ok: false, reason: `eigenvalues did not converge: ${outcome.reason} (balanced); ${retry.reason} (unbalanced)`, attempts: 2 };
  return { ok: true, values: retry.values, attempts: 2 };
}

/** Eigen-analysis of a row-major n×n matrix with rates in 1/h (not modified). */
export function analyzeMatrix(matrix: Float64Array, n: number): EigenAnalysis {
  const outcome = matrixEigenvalues(matrix, n);
  if (!outcome.ok) return { ok: false, reason: outcome.reason.replace('the matrix has', 'the Jacobian has'), attempts: outcome.attempts };
  const modes = outcome.values.map(([re, im]) => eigenmode(re, im)).sort(compareModes);
  const slowest = modes[0]!;
  const oscillation = modes.find((m) => m.periodHours !== null && m.im > 0) ?? null;
  return { ok: true, modes, verdict: slowest.re < 0 ? 'stable' : 'unstable', maxRealPart: slowest.re, slowest, oscillation, attempts: outcome.attempts };
}

/** Jacobian of `rhs` at (t, y) and its eigen-analysis. */
export function jacobianEigen(rhs: RightHandSide, y: Float64Array, t = 0, analytic?: Jacobian): { readonly jacobian: Float64Array; readonly eigen: EigenAnalysis } {
  let jacobian: Float64Array;
  if (analytic) {
    jacobian = new Float64Array(y.length * y.length);
    analytic(t, y, jacobian);
  } else jacobian = jacobianAt(rhs, y, t);
  return { jacobian, eigen: analyzeMatrix(jacobian, y.length) };
}
