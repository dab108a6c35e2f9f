/**
 * From an uncertainty report to what the band chart draws: the 5–95% band,
 * the median and the current run of one output, thinned to about one point
 * per pixel column (every k-th grid point; the band is smooth at that scale),
 * and a sentence per output for the text summary.
 */
import type { UncertaintyReport } from '../../core/analysis/uncertainty';
import { formatNumber } from '../../core/output/format-number';

/** One time point of the band. */
export interface BandPoint {
  readonly x: number;
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
}

/** The band of `id`, with at most `columns` points (the last point always kept). */
export function bandPoints(report: UncertaintyReport, id: string, columns: number): BandPoint[] {
  const band = report.bands[id];
  if (band === undefined) return [];
  const n = report.days.length;
  const stride = Math.max(1, Math.ceil(n / Math.max(1, columns)));
  const points: BandPoint[] = [];
  for (let k = 0; k < n; k += stride) points.push({ x: report.days[k]!, p5: band.p5[k]!, p50: band.p50[k]!, p95: band.p95[k]! });
  if (n > 0 && (n - 1) % stride !== 0) points.push({ x: report.days[n - 1]!, p5: band.p5[n - 1]!, p50: band.p50[n - 1]!, p95: band.p95[n - 1]! });
  return points;
}

/** The grid index nearest to `day`. */
export function indexAtDay(days: Float64Array, day: number): number {
  let best = 0;
  for (let k = 1; k < days.length; k++) if (Math.abs(days[k]! - day) < Math.abs(days[best]! - day)) best = k;
  return best;
}

/** "Testosterone on day 120: median 0.52, 90% of runs between 0.31 and 0.80." */
export function bandSentence(report: UncertaintyReport, id: string, label: string, day: number): string {
  const band = report.bands[id];
  if (band === undefined || report.days.length === 0) return `${label}: no band.`;
  const k = indexAtDay(report.days, day);
  const f = (x: number): string => formatNumber(x, 2);
  return `${label} on day ${formatNumber(report.days[k]!, 4)}: median ${f(band.p50[k]!)}, 90% of runs between ${f(band.p5[k]!)} and ${f(band.p95[k]!)} (relative to baseline).`;
}

/** The y range covering the band and 1 (baseline), on nice bounds from 0. */
export function bandDomain(points: readonly BandPoint[]): [number, number] {
  let hi = 1;
  for (const p of points) hi = Math.max(hi, p.p95);
  const step = hi <= 1.5 ? 0.25 : hi <= 3 ? 0.5 : hi <= 6 ? 1 : 10 ** Math.floor(Math.log10(hi)) / 2;
  return [0, Math.ceil((hi * 1.04) / step) * step];
}
