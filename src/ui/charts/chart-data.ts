/**
 * From a full-resolution result to what a chart draws: per visible output, a
 * min/max-downsampled line with about one point per pixel column, values
 * clamped for a log axis, and a y domain that fits current and pinned runs.
 */
import { downsampleMinMax, type XYPoint } from '../../core/output/downsample';
import type { OutputDefinition } from '../../core/model/model-definition';
import type { SimulationResult } from '../../core/simulate';
import { SERIES_STYLES, type SeriesStyle } from '../palette';

/** Smallest value a log axis shows (relative to baseline); lower values are drawn on it. */
export const LOG_FLOOR = 0.001;

/** One drawn line. */
export interface ChartLine {
  readonly id: string;
  readonly label: string;
  readonly style: SeriesStyle;
  readonly points: readonly XYPoint[];
}

/** Chart geometry shared by the plot and the cursor overlay (CSS px). */
export const CHART_MARGIN = { top: 12, right: 20, bottom: 8, left: 8 } as const;
export const Y_AXIS_WIDTH = 64;
export const X_AXIS_HEIGHT = 44;

/** Left and right edge of the plotting area for a chart `width` px wide. */
export function plotSpan(width: number): { left: number; right: number } {
  return { left: CHART_MARGIN.left + Y_AXIS_WIDTH, right: width - CHART_MARGIN.right };
}

/** Style of an output: fixed by its position among the model's outputs, so it is the same in every view. */
export function styleOf(outputs: readonly OutputDefinition[], id: string): SeriesStyle {
  const index = Math.max(0, outputs.findIndex((o) => o.id === id));
  return SERIES_STYLES[index % SERIES_STYLES.length]!;
}

/** Lines of `ids` from `result`, downsampled to `columns` buckets (min and max kept per bucket). */
export function chartLines(
  result: SimulationResult,
  outputs: readonly OutputDefinition[],
  ids: readonly string[],
  columns: number,
  scale: 'linear' | 'log',
): ChartLine[] {
  return ids.flatMap((id) => {
    const values = result.series[id];
    const output = outputs.find((o) => o.id === id);
    if (values === undefined || output === undefined) return [];
    let points = downsampleMinMax(result.days, values, columns);
    if (scale === 'log') points = points.map((p) => (p.y >= LOG_FLOOR ? p : { x: p.x, y: LOG_FLOOR }));
    return [{ id, label: output.label, style: styleOf(outputs, id), points }];
  });
}

/** Y domain covering every line (and baseline 1), on nice bounds. */
export function yDomain(lines: readonly ChartLine[], scale: 'linear' | 'log'): [number, number] {
  let lo = 1;
  let hi = 1;
  for (const line of lines) for (const p of line.points) {
    if (p.y < lo) lo = p.y;
    if (p.y > hi) hi = p.y;
  }
  if (scale === 'log') {
    return [10 ** Math.floor(Math.log10(Math.max(LOG_FLOOR, lo))), 10 ** Math.ceil(Math.log10(hi * 1.05))];
  }
  const step = hi <= 1.5 ? 0.25 : hi <= 3 ? 0.5 : hi <= 6 ? 1 : 10 ** Math.floor(Math.log10(hi)) / 2;
  return [0, Math.ceil((hi * 1.04) / step) * step];
}

/** Log-axis ticks: the powers of ten in the domain. */
export function logTicks([lo, hi]: [number, number]): number[] {
  const ticks: number[] = [];
  for (let e = Math.round(Math.log10(lo)); e <= Math.round(Math.log10(hi)); e++) ticks.push(10 ** e);
  return ticks;
}
