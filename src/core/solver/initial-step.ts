/**
 * Automatic first step size, after Hairer, Nørsett & Wanner, "Solving ODEs I"
 * (2nd ed. 1993), §II.4, "Starting step size" (routine HINIT of DOPRI5), with
 * the RMS norm ‖·‖ scaled by sc_i = atol_i + rtol·|y0_i|:
 *
 *   d0 = ‖y0‖, d1 = ‖f(t0, y0)‖
 *   h0 = 0.01 · d0/d1          (1e-6 if d0 or d1 < 1e-5)
 *   y1 = y0 + h0 · f(t0, y0);  d2 = ‖f(t0 + h0, y1) − f(t0, y0)‖ / h0
 *   h1 = (0.01 / max(d1, d2))^(1/k)   (max(1e-6, 1e-3·h0) if both ≤ 1e-15)
 *   h  = min(100 · h0, h1, hMax)
 *
 * with k the order of the error estimate plus one. h0 is first limited to hMax,
 * which the caller sets to at most the distance to the next critical time, so
 * the trial evaluation never looks past an event that has not been applied.
 */

/** Hairer's starting step for a method whose local error estimate is O(h^errorOrder); one extra rhs call. */
export function initialStepSize(
  /** Evaluates f(t, y) into its third argument (counting the call). */
  evaluate: (t: number, y: Float64Array, f: Float64Array) => void,
  t0: number,
  y0: Float64Array,
  f0: Float64Array,
  errorOrder: number,
  atol: Float64Array,
  rtol: number,
  hMax: number,
  /** Scratch arrays of length n (overwritten). */
  yScratch: Float64Array,
  fScratch: Float64Array,
): number {
  const n = y0.length;
  let sumY = 0;
  let sumF = 0;
  for (let i = 0; i < n; i++) {
    const sc = atol[i]! + rtol * Math.abs(y0[i]!);
    const ry = y0[i]! / sc;
    const rf = f0[i]! / sc;
    sumY += ry * ry;
    sumF += rf * rf;
  }
  const d0 = Math.sqrt(sumY / n);
  const d1 = Math.sqrt(sumF / n);
  let h0 = d0 < 1e-5 || d1 < 1e-5 ? 1e-6 : 0.01 * (d0 / d1);
  if (h0 > hMax) h0 = hMax;

  for (let i = 0; i < n; i++) yScratch[i] = y0[i]! + h0 * f0[i]!;
  evaluate(t0 + h0, yScratch, fScratch);
  let sumD = 0;
  for (let i = 0; i < n; i++) {
    const sc = atol[i]! + rtol * Math.abs(y0[i]!);
    const r = (fScratch[i]! - f0[i]!) / sc;
    sumD += r * r;
  }
  const d2 = Math.sqrt(sumD / n) / h0;
  const dMax = d1 > d2 ? d1 : d2;
  const h1 = dMax <= 1e-15 ? Math.max(1e-6, h0 * 1e-3) : Math.pow(0.01 / dMax, 1 / errorOrder);
  return Math.min(100 * h0, h1, hMax);
}
