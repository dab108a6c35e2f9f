/**
 * Jacobian J_ij = ∂f_i/∂y_j for the Rosenbrock stepper: the caller's analytic
 * one if given, else forward differences, one right-hand-side call per column
 * (counted in rhsEvals), with the increment of Hairer & Wanner's RADAU5 code
 * ("Solving ODEs II", 2nd ed. 1996, §IV.8):
 *   δ_j = sqrt(ε · max(1e-5, |y_j|)),   J_·j ≈ (f(t, y + δ_j e_j) − f(t, y)) / δ_j,
 * where δ_j is then replaced by the exactly representable (y_j + δ_j) − y_j.
 * A W-method only needs an approximation of J, so O(√ε) accuracy is ample.
 */
import type { Jacobian } from './types';
import type { SolverContext } from './solver-context';

/** Writes J at (t, y) into `jac` (row-major n×n) and counts one Jacobian evaluation. */
export function evaluateJacobian(
  ctx: SolverContext,
  analytic: Jacobian | undefined,
  t: number,
  y: Float64Array,
  /** f(t, y), already evaluated. */
  f0: Float64Array,
  jac: Float64Array,
  /** Scratch arrays of length n (overwritten). */
  yScratch: Float64Array,
  fScratch: Float64Array,
): void {
  ctx.stats.jacobianEvals++;
  if (analytic !== undefined) {
    analytic(t, y, jac);
    ctx.checkFinite(t, jac, 'Jacobian row', y.length);
    return;
  }
  const n = y.length;
  yScratch.set(y);
  for (let j = 0; j < n; j++) {
    const yj = y[j]!;
    yScratch[j] = yj + Math.sqrt(Number.EPSILON * Math.max(1e-5, Math.abs(yj)));
    const delta = yScratch[j]! - yj;
    ctx.evaluate(t, yScratch, fScratch);
    for (let i = 0; i < n; i++) jac[i * n + j] = (fScratch[i]! - f0[i]!) / delta;
    yScratch[j] = yj;
  }
}
