/**
 * Numbers as students read them, the one rule every sentence and label
 * follows: levels with two significant figures, "near zero" below a
 * thousandth of baseline (0.1%), and days rounded to the precision the
 * window's time cursor moves in (whole days in windows over two months,
 * quarter days in shorter ones). Values are relative to the healthy baseline.
 */

/** Below this level (relative to baseline, 0.1%) a value reads "near zero". */
export const NEAR_ZERO_LEVEL = 0.001;

/** Windows longer than this (days) are read in whole days; shorter ones in quarter days. */
export const WHOLE_DAY_WINDOW = 60;

/** `x` with two significant figures and no exponent: 0.0031, 0.43, 2.5, 12, 190. */
export function twoSignificant(x: number): string {
  if (!Number.isFinite(x)) return '—';
  if (x === 0) return '0';
  const text = x.toPrecision(2);
  return text.includes('e') ? String(Number(text)) : text;
}

/** True when a level reads "near zero". */
export function isNearZero(level: number): boolean {
  return Math.abs(level) < NEAR_ZERO_LEVEL;
}

/** Step of the time cursor and of every day shown for a window of `windowDays` days. */
export function dayStep(windowDays: number): number {
  return windowDays > WHOLE_DAY_WINDOW ? 1 : 0.25;
}

/** `day` rounded to the window's day step. */
export function roundDay(day: number, windowDays: number): number {
  const step = dayStep(windowDays);
  return Math.round(day / step) * step;
}

/** A day as text ("182", "12.25"), rounded to the window's day step. */
export function dayNumber(day: number, windowDays: number): string {
  return String(Number(roundDay(day, windowDays).toFixed(2)));
}
