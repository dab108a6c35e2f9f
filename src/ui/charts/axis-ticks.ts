/**
 * Ticks a reader can count with: levels at 1, 2, 2.5 or 5 × 10^k; log axes
 * at whole decades with unlabelled minor ticks (2–9 × 10^k) between; time in
 * days (short runs), whole weeks (up to four months) or whole months (longer
 * runs). The charts and the timeline share these, so their ticks line up.
 */

/** The smallest of 1, 2, 2.5, 5 × 10^k that is at least `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw * (1 - 1e-9));
  return step ?? 10 * magnitude;
}

/** A linear axis from 0 that covers `hi` with at most `maxTicks` intervals: its ticks and its top. */
export function linearAxis(hi: number, maxTicks = 5): { ticks: number[]; top: number } {
  const step = niceStep(Math.max(hi, 1e-9) / Math.max(1, maxTicks));
  const top = Math.max(step, Math.ceil(hi / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let k = 0; k * step <= top + step * 1e-9; k++) ticks.push(Number((k * step).toPrecision(12)));
  return { ticks, top: Number(top.toPrecision(12)) };
}

/** A log axis over whole decades from `lo` to `hi`: labelled decades and the unlabelled minor ticks between. */
export function logAxis(lo: number, hi: number): { domain: [number, number]; major: number[]; minor: number[] } {
  const from = Math.floor(Math.log10(lo) + 1e-9);
  const to = Math.max(from + 1, Math.ceil(Math.log10(hi) - 1e-9));
  const major: number[] = [];
  const minor: number[] = [];
  for (let e = from; e <= to; e++) {
    major.push(Number((10 ** e).toPrecision(12)));
    if (e < to) for (let m = 2; m <= 9; m++) minor.push(Number((m * 10 ** e).toPrecision(12)));
  }
  return { domain: [major[0]!, major[major.length - 1]!], major, minor };
}

/** Days in a month, for month ticks (a 365-day year, so a one-year run ends on month 12). */
export const DAYS_PER_MONTH = 365 / 12;

/** A time axis: where its ticks go (days), what they say, and the axis title. */
export interface TimeAxis {
  readonly unit: 'day' | 'week' | 'month';
  /** Tick positions, days. */
  readonly ticks: readonly number[];
  /** The tick labels, in the axis' unit. */
  readonly labels: readonly string[];
  /** The axis title, e.g. "Day" or "Month". */
  readonly title: string;
}

function stepsOf(candidates: readonly number[], span: number, maxTicks: number): number {
  return candidates.find((s) => span / s <= maxTicks) ?? candidates[candidates.length - 1]!;
}

/**
 * The time axis of a run of `days` days with at most `maxTicks` intervals:
 * up to 14 days in days; up to 120 days in days at whole weeks (0, 7, 14, …);
 * longer runs in months (0, 3, 6, … months).
 */
export function timeAxis(days: number, maxTicks = 7): TimeAxis {
  const span = Math.max(days, 1e-9);
  const limit = Math.max(2, maxTicks);
  const range = (step: number, unitDays: number): number[] => {
    const out: number[] = [];
    for (let k = 0; k * step * unitDays <= span + 1e-9; k++) out.push(Number((k * step * unitDays).toPrecision(12)));
    return out;
  };
  if (days <= 14) {
    const step = stepsOf([0.25, 0.5, 1, 2, 5], span, limit);
    const ticks = range(step, 1);
    return { unit: 'day', ticks, labels: ticks.map((t) => String(t)), title: 'Day' };
  }
  if (days <= 120) {
    const step = stepsOf([1, 2, 4, 8], span / 7, limit);
    const ticks = range(step, 7);
    return { unit: 'week', ticks, labels: ticks.map((t) => String(t)), title: 'Day' };
  }
  const step = stepsOf([1, 2, 3, 6, 12, 24, 60, 120], span / DAYS_PER_MONTH, limit);
  const ticks = range(step, DAYS_PER_MONTH);
  return { unit: 'month', ticks, labels: ticks.map((t) => String(Math.round(t / DAYS_PER_MONTH))), title: 'Month' };
}

/** "week 26" or "month 6.0" for a day, in the axis' unit (empty for day axes). */
export function inAxisUnit(day: number, axis: TimeAxis): string {
  switch (axis.unit) {
    case 'day':
      return '';
    case 'week':
      return `week ${Number((day / 7).toFixed(1))}`;
    case 'month':
      return `month ${(day / DAYS_PER_MONTH).toFixed(1)}`;
  }
}
