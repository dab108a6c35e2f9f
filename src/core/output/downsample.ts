/**
 * Min/max downsampling for line charts: split the x range into `columns`
 * equal buckets (one per pixel column, or per two) and keep, in each, the
 * point with the lowest and the point with the highest y, in their original
 * order, plus the very first and last points. A line through the kept points
 * covers the same vertical extent in every column as the full line, so peaks
 * and troughs (a testosterone injection spike, a withdrawal nadir) survive,
 * while a chart draws at most ~2 points per bucket whatever the run's length.
 * The full-resolution data is untouched (export reads that).
 */

/** Indices of the points to draw, ascending. Returns every index when there are few enough points. */
export function minMaxIndices(xs: ArrayLike<number>, ys: ArrayLike<number>, columns: number): number[] {
  const n = Math.min(xs.length, ys.length);
  const buckets = Math.max(1, Math.floor(columns));
  if (n <= 2 * buckets + 2) return Array.from({ length: n }, (_, k) => k);
  const x0 = xs[0]!;
  const span = xs[n - 1]! - x0;
  const kept: number[] = [0];
  let bucket = -1;
  let lo = -1;
  let hi = -1;
  const flush = (): void => {
    if (lo < 0) return;
    const first = Math.min(lo, hi);
    const second = Math.max(lo, hi);
    if (first !== kept[kept.length - 1]) kept.push(first);
    if (second !== first) kept.push(second);
  };
  for (let k = 1; k < n - 1; k++) {
    const b = span > 0 ? Math.min(buckets - 1, Math.floor(((xs[k]! - x0) / span) * buckets)) : 0;
    if (b !== bucket) {
      flush();
      bucket = b;
      lo = k;
      hi = k;
      continue;
    }
    const y = ys[k]!;
    if (y < ys[lo]!) lo = k;
    if (y > ys[hi]!) hi = k;
  }
  flush();
  kept.push(n - 1);
  return kept;
}

/** A downsampled series as {x, y} points (what a chart library takes). */
export interface XYPoint {
  readonly x: number;
  readonly y: number;
}

/** The points of one series to draw across `columns` buckets (see minMaxIndices). */
export function downsampleMinMax(xs: ArrayLike<number>, ys: ArrayLike<number>, columns: number): XYPoint[] {
  return minMaxIndices(xs, ys, columns).map((k) => ({ x: xs[k]!, y: ys[k]! }));
}
