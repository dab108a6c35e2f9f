/**
 * Weighted root-mean-square norm of a local error estimate, as in Hairer,
 * Nørsett & Wanner, "Solving Ordinary Differential Equations I" (2nd ed. 1993),
 * §II.4, eq. (4.11):
 *
 *   ‖err‖ = sqrt( (1/n) Σ_i (err_i / sc_i)² ),   sc_i = atol_i + rtol · max(|y_i|, |ŷ_i|)
 *
 * where y is the state at the start of the step and ŷ the proposed new state.
 * A step is accepted when ‖err‖ ≤ 1. A NaN anywhere gives +Infinity, so a
 * broken step is always rejected rather than accepted by a failed comparison.
 */

/** Hairer's RMS error norm of `err` scaled by atol + rtol·max(|y|, |yNew|); +Infinity if not a number. */
export function errorNorm(
  err: Float64Array,
  y: Float64Array,
  yNew: Float64Array,
  atol: Float64Array,
  rtol: number,
): number {
  const n = err.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const a = Math.abs(y[i]!);
    const b = Math.abs(yNew[i]!);
    const scaled = err[i]! / (atol[i]! + rtol * (a > b ? a : b));
    sum += scaled * scaled;
  }
  const norm = Math.sqrt(sum / n);
  return norm === norm ? norm : Infinity;
}
