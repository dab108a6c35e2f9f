/**
 * Work–precision curves for the benchmark: for each tolerance a solver is run
 * at, the error it reached and the time it took. Comparing two solvers "at
 * comparable accuracy" then means reading one solver's curve at the other's
 * error, not pairing two tolerances by hand.
 *
 * Between measured points the time is interpolated linearly in log(error) vs
 * log(time), the usual straight-line shape of such curves over a decade or two.
 */

/** One measured point: the tolerance asked for, the error reached, the median time in ms. */
export interface WorkPrecisionPoint {
  readonly tolerance: number;
  readonly error: number;
  readonly ms: number;
}

/**
 * Time the solver of `curve` needs to reach `error`, interpolated on its curve;
 * null when `error` lies outside the errors measured (no extrapolation).
 */
export function timeAtError(curve: readonly WorkPrecisionPoint[], error: number): number | null {
  if (!(error > 0)) return null;
  const points = curve.filter((p) => p.error > 0 && p.ms > 0).sort((a, b) => a.error - b.error);
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (p.error === error) return p.ms;
    const q = points[i + 1];
    if (q === undefined || !(p.error < error && error < q.error)) continue;
    const s = Math.log(error / p.error) / Math.log(q.error / p.error);
    return Math.exp(Math.log(p.ms) + s * Math.log(q.ms / p.ms));
  }
  return null;
}
