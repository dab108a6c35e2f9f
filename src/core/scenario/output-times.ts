/**
 * When a run reports its outputs: every `everyHours` from t = 0, and always at
 * the end. Regular times are k·Δ (never summed, so they do not drift) for every
 * k with k·Δ before the end by more than round-off; the last row is exactly
 * the end time. So 7 days every 0.07 h gives 2,400 regular rows and then
 * t = 168 h, never 168.00000000000003 h (2,400 × 0.07 in floating point),
 * which lies outside the simulated window.
 *
 * The validator counts rows with the same rule (outputRowCount), so the row
 * limit and the run agree exactly.
 */

const HOURS_PER_DAY = 24;

/** A regular time this close to the end (relative to max(1, end h)) counts as the end. */
const END_TOLERANCE = 1e-9;

/** Number of regular output times k·Δ, k = 0, 1, …, strictly before the end (less round-off). */
function regularCount(endHours: number, everyHours: number): number {
  const before = endHours - END_TOLERANCE * Math.max(1, endHours);
  if (before <= 0) return 1; // t = 0 only
  let n = Math.ceil(before / everyHours);
  // The division can land one off; settle on the exact test k·Δ < before.
  while (n > 1 && (n - 1) * everyHours >= before) n--;
  while (n * everyHours < before) n++;
  return n;
}

/** How many output rows a `days`-long run reporting every `everyHours` gives (the end included). */
export function outputRowCount(days: number, everyHours: number): number {
  return regularCount(days * HOURS_PER_DAY, everyHours) + 1;
}

/** Output times in hours: 0, Δ, 2Δ, … while before the end, then the end itself (exactly days × 24). */
export function outputTimesHours(days: number, everyHours: number): Float64Array {
  const end = days * HOURS_PER_DAY;
  const n = regularCount(end, everyHours);
  const times = new Float64Array(n + 1);
  for (let k = 0; k < n; k++) times[k] = k * everyHours;
  times[n] = end;
  return times;
}
