/**
 * A plain-language summary of simulated trajectories, for screen-reader users
 * and anyone who wants the chart in words: "LH falls to 5% of baseline by
 * day 14 and ends at 80% of baseline." Values are relative to the healthy baseline.
 *
 * For each series: its lowest and highest point (value and day). A series that
 * never leaves baseline ± `steadyBand` "stays near baseline". Otherwise the
 * extremes that leave the band are told in the order they happen, then the end
 * value when it differs from the last extreme by more than the band. Numbers
 * follow src/core/output/plain-numbers.ts (two significant figures, "near
 * zero", days rounded as the window's time cursor moves).
 */
import { dayNumber, isNearZero, twoSignificant } from '../output/plain-numbers';

/** One series to describe. */
export interface SummarySeries {
  readonly label: string;
  readonly values: ArrayLike<number>;
}

/** Options of the summary. */
export interface SummaryOptions {
  /** Relative band around baseline that counts as "near baseline" (default 0.05 = ±5%). */
  readonly steadyBand?: number;
}

/** A value relative to baseline in words: "5.0% of baseline", "0.41% of baseline", "2.1 times baseline", "near zero". */
export function relativeLevel(x: number): string {
  if (isNearZero(x)) return 'near zero';
  if (x >= 1.995) return `${twoSignificant(x)} times baseline`;
  return `${twoSignificant(x * 100)}% of baseline`;
}

/** "at 5.0% of baseline", or "near zero" (reads after "stays", "ends", "starts"). */
function atLevel(x: number): string {
  return isNearZero(x) ? 'near zero' : `at ${relativeLevel(x)}`;
}

/** One sentence about one series sampled at `days` (days). */
export function summarizeSeries(label: string, days: ArrayLike<number>, values: ArrayLike<number>, options: SummaryOptions = {}): string {
  const band = options.steadyBand ?? 0.05;
  const n = Math.min(days.length, values.length);
  if (n === 0) return `${label}: no data.`;
  const window = days[n - 1]!;
  const dayText = (day: number): string => `day ${dayNumber(day, window)}`;
  let lo = 0;
  let hi = 0;
  for (let k = 1; k < n; k++) {
    if (values[k]! < values[lo]!) lo = k;
    if (values[k]! > values[hi]!) hi = k;
  }
  const start = values[0]!;
  const end = values[n - 1]!;
  const min = values[lo]!;
  const max = values[hi]!;
  const near = (x: number, ref: number): boolean => Math.abs(x - ref) <= band * Math.max(ref, 1e-9);
  if (near(min, 1) && near(max, 1)) return `${label} stays within ${Math.round(band * 100)}% of baseline.`;
  if (max - min <= band * Math.max(max, 1e-9)) return `${label} stays ${isNearZero(start) ? 'near zero' : `at about ${relativeLevel(start)}`}.`;

  const parts: string[] = [];
  if (!near(start, 1)) parts.push(`starts ${atLevel(start)}`);
  const moves: { index: number; text: string }[] = [];
  if (max > 1 + band && !near(max, start)) moves.push({ index: hi, text: `rises to ${relativeLevel(max)} by ${dayText(days[hi]!)}` });
  if (min < 1 - band && !near(min, start)) moves.push({ index: lo, text: `falls to ${relativeLevel(min)} by ${dayText(days[lo]!)}` });
  if (moves.length === 0) {
    // Moves that stay inside the band but away from a non-baseline start (e.g. a deficient subject recovering).
    const towards = Math.abs(max - start) > Math.abs(min - start) ? { index: hi, verb: 'rises' } : { index: lo, verb: 'falls' };
    moves.push({ index: towards.index, text: `${towards.verb} to ${relativeLevel(values[towards.index]!)} by ${dayText(days[towards.index]!)}` });
  }
  moves.sort((a, b) => a.index - b.index);
  for (const move of moves) parts.push(move.text);
  const last = moves[moves.length - 1]!;
  if (last.index < n - 1 && !near(end, values[last.index]!)) parts.push(`ends ${atLevel(end)}`);
  const joined = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}` : parts[0]!;
  return `${label} ${joined}.`;
}

/** Sentences for several series sharing one time axis, joined by spaces. */
export function summarizeTrajectories(days: ArrayLike<number>, series: readonly SummarySeries[], options: SummaryOptions = {}): string {
  return series.map((s) => summarizeSeries(s.label, days, s.values, options)).join(' ');
}
