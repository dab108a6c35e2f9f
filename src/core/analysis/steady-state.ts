/**
 * Steady state of an autonomous system f(y) = 0 by pseudo-transient
 * continuation (Kelley & Keyes 1998): implicit-Euler steps
 *   (I/Δt − J)·δ = f(y),   y ← y + δ,
 * with Δt growing as the residual falls (switched evolution relaxation), so
 * it follows the dynamics from far away and becomes Newton's method near the
 * solution. J by forward differences. Converges to a stable steady state from
 * any start in its basin; reports failure instead of looping.
 */
import type { RightHandSide } from '../solver/types';
import { luFactor, luSolve } from '../solver/lu';

/** Outcome of a steady-state search. */
export interface SteadyStateResult {
  readonly y: Float64Array;
  readonly converged: boolean;
  /** max |f_i(y)| / max(1, |y_i|)·rate scale at the end. */
  readonly residual: number;
  readonly iterations: number;
}

/** Options: tolerance on the scaled residual, iteration cap, first pseudo-time step (h). */
export interface SteadyStateOptions {
  readonly tolerance?: number;
  readonly maxIterations?: number;
  readonly initialStep?: number;
}

function scaledResidual(f: Float64Array, y: Float64Array): number {
  let r = 0;
  for (let i = 0; i < f.length; i++) r = Math.max(r, Math.abs(f[i]!) / Math.max(1, Math.abs(y[i]!)));
  return r;
}

/** Forward-difference Jacobian of f at y into the row-major `jac`. */
export function numericJacobian(rhs: RightHandSide, t: number, y: Float64Array, f0: Float64Array, jac: Float64Array): void {
  const n = y.length;
  const yp = new Float64Array(y);
  const fp = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const h = 1e-7 * Math.max(1e-3, Math.abs(y[j]!));
    yp[j] = y[j]! + h;
    rhs(t, yp, fp);
    for (let i = 0; i < n; i++) jac[i * n + j] = (fp[i]! - f0[i]!) / h;
    yp[j] = y[j]!;
  }
}

/** Finds y with f(0, y) = 0 starting from y0. */
export function findSteadyState(rhs: RightHandSide, y0: Float64Array, options: SteadyStateOptions = {}): SteadyStateResult {
  const tolerance = options.tolerance ?? 1e-12;
  const maxIterations = options.maxIterations ?? 400;
  const n = y0.length;
  const y = new Float64Array(y0);
  const f = new Float64Array(n);
  const jac = new Float64Array(n * n);
  const pivots = new Int32Array(n);
  const trial = new Float64Array(n);
  const fTrial = new Float64Array(n);
  let dt = options.initialStep ?? 1;
  rhs(0, y, f);
  let residual = scaledResidual(f, y);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    if (residual <= tolerance) return { y, converged: true, residual, iterations: iteration - 1 };
    numericJacobian(rhs, 0, y, f, jac);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) jac[i * n + j] = (i === j ? 1 / dt : 0) - jac[i * n + j]!;
    const delta = new Float64Array(f);
    if (!luFactor(jac, n, pivots)) {
      dt *= 0.25;
      continue;
    }
    luSolve(jac, n, pivots, delta);
    for (let i = 0; i < n; i++) trial[i] = y[i]! + delta[i]!;
    rhs(0, trial, fTrial);
    const trialResidual = scaledResidual(fTrial, trial);
    if (Number.isFinite(trialResidual) && trialResidual < 2 * residual) {
      // Switched evolution relaxation: grow the pseudo-time step as the residual shrinks.
      dt = Math.min(1e12, dt * Math.min(100, Math.max(1.5, residual / Math.max(trialResidual, 1e-300))));
      y.set(trial);
      f.set(fTrial);
      residual = trialResidual;
    } else {
      dt *= 0.25;
      if (dt < 1e-9) break;
    }
  }
  return { y, converged: residual <= tolerance, residual, iterations: maxIterations };
}
