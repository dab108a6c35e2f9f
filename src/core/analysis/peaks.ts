/**
 * Local maxima of a sampled series, refined by the parabola through each
 * maximum and its two neighbours (exact for a quadratic peak; for a smooth
 * peak sampled at spacing h the time error is O(h³) relative to its width).
 * Used to find LH surges and the period of a rhythm.
 */

/** A refined peak: time and value of the parabola's vertex, and the sample index it was found at. */
export interface Peak {
  readonly time: number;
  readonly value: number;
  readonly index: number;
}

/**
 * Peaks of `values` (sampled at `times`, ascending) that exceed `minHeight`.
 * A plateau counts once (at its first sample). Endpoints are never peaks.
 */
export function findPeaks(times: ArrayLike<number>, values: ArrayLike<number>, minHeight: number): Peak[] {
  const peaks: Peak[] = [];
  for (let k = 1; k < values.length - 1; k++) {
    const a = values[k - 1]!;
    const b = values[k]!;
    if (!(b > minHeight) || !(b > a)) continue;
    let m = k + 1;
    while (m < values.length - 1 && values[m] === b) m++;
    const c = values[m]!;
    if (!(b > c)) continue;
    if (m !== k + 1) {
      peaks.push({ time: times[k]!, value: b, index: k });
      continue;
    }
    peaks.push({ ...vertex(times[k - 1]!, a, times[k]!, b, times[k + 1]!, c), index: k });
  }
  return peaks;
}

/**
 * Vertex of the parabola through three points (t1 < t2 < t3, y2 the largest), in Newton form
 * p(t) = y1 + d1·(t − t1) + c·(t − t1)·(t − t2), whose derivative vanishes at (t1 + t2)/2 − d1/(2c).
 */
function vertex(t1: number, y1: number, t2: number, y2: number, t3: number, y3: number): { time: number; value: number } {
  const d1 = (y2 - y1) / (t2 - t1);
  const d2 = (y3 - y2) / (t3 - t2);
  const c = (d2 - d1) / (t3 - t1);
  if (!(c < 0)) return { time: t2, value: y2 };
  const time = (t1 + t2) / 2 - d1 / (2 * c);
  return { time, value: y1 + d1 * (time - t1) + c * (time - t1) * (time - t2) };
}
