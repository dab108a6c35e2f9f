/**
 * From a full-resolution result to what a chart draws: per visible output, a
 * min/max-downsampled line with about one point per pixel column, values
 * clamped for a log axis, a y axis with nice ticks that fits current and
 * pinned runs, and the chart geometry the timeline shares (so both put a day
 * at the same x).
 */
import { downsampleMinMax, type XYPoint } from '../../core/output/downsample';
import type { OutputDefinition } from '../../core/model/model-definition';
import type { SimulationResult } from '../../core/simulate';
import { pinnedStyleFor, styleFor, type SeriesStyle } from '../palette';
import { linearAxis, logAxis } from './axis-ticks';

/** Smallest value a log axis shows (relative to baseline); lower values are drawn on it. */
export const LOG_FLOOR = 0.001;

/** One drawn line. */
export interface ChartLine {
  readonly id: string;
  readonly label: string;
  readonly style: SeriesStyle;
  readonly points: readonly XYPoint[];
}

/** Geometry of a chart drawn with tick labels `font` px high (CSS px); the timeline uses the same left and right. */
export interface ChartGeometry {
  readonly font: number;
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  readonly yAxisWidth: number;
  readonly xAxisHeight: number;
}

/** The geometry for tick labels `font` px high. */
export function chartGeometry(font: number): ChartGeometry {
  return {
    font,
    margin: { top: Math.round(font * 0.8), right: Math.round(font * 1.4), bottom: 4, left: 4 },
    yAxisWidth: Math.round(font * 4.4),
    xAxisHeight: Math.round(font * 2.9),
  };
}

/** Left and right edge of the plotting area for a chart `width` px wide. */
export function plotSpan(width: number, geometry: ChartGeometry): { left: number; right: number } {
  return { left: geometry.margin.left + geometry.yAxisWidth, right: width - geometry.margin.right };
}

/** The plotting area of a chart `width` × `height` px: its edges, px. */
export function plotArea(width: number, height: number, geometry: ChartGeometry): { left: number; right: number; top: number; bottom: number } {
  return { ...plotSpan(width, geometry), top: geometry.margin.top, bottom: height - geometry.margin.bottom - geometry.xAxisHeight };
}

/** How many time-axis intervals fit a chart `width` px wide without crowding its labels. */
export function maxTimeTicks(width: number, geometry: ChartGeometry): number {
  const { left, right } = plotSpan(width, geometry);
  return Math.max(2, Math.floor((right - left) / (geometry.font * 4.5)));
}

/** The x of `day` in a chart `width` px wide over `days` days (the timeline and cursor use this too). */
export function dayToX(day: number, days: number, width: number, geometry: ChartGeometry): number {
  const { left, right } = plotSpan(width, geometry);
  return left + (Math.min(days, Math.max(0, day)) / days) * (right - left);
}

/** The day at x px in a chart `width` px wide over `days` days (clamped to the run). */
export function xToDay(x: number, days: number, width: number, geometry: ChartGeometry): number {
  const { left, right } = plotSpan(width, geometry);
  return Math.min(1, Math.max(0, (x - left) / (right - left))) * days;
}

/** Lines of `ids` (in that order) from `result`, downsampled to `columns` buckets (min and max kept per bucket). */
export function chartLines(
  result: SimulationResult,
  outputs: readonly OutputDefinition[],
  ids: readonly string[],
  columns: number,
  scale: 'linear' | 'log',
  pinned = false,
): ChartLine[] {
  return ids.flatMap((id) => {
    const values = result.series[id];
    const output = outputs.find((o) => o.id === id);
    if (values === undefined || output === undefined) return [];
    let points = downsampleMinMax(result.days, values, columns);
    if (scale === 'log') points = points.map((p) => (p.y >= LOG_FLOOR ? p : { x: p.x, y: LOG_FLOOR }));
    return [{ id, label: output.label, style: pinned ? pinnedStyleFor(id) : styleFor(id), points }];
  });
}

/** A y axis: its domain and ticks (log axes also have unlabelled minor ticks). */
export interface YAxisSpec {
  readonly domain: [number, number];
  readonly ticks: readonly number[];
  readonly minor: readonly number[];
}

/** The y axis covering every line (and baseline 1), with at most `maxTicks` intervals on a linear axis. */
export function yAxisFor(lines: readonly ChartLine[], scale: 'linear' | 'log', maxTicks = 5): YAxisSpec {
  let lo = 1;
  let hi = 1;
  for (const line of lines) for (const p of line.points) {
    if (p.y < lo) lo = p.y;
    if (p.y > hi) hi = p.y;
  }
  if (scale === 'log') {
    const axis = logAxis(Math.max(LOG_FLOOR, lo), hi * 1.05);
    return { domain: axis.domain, ticks: axis.major, minor: axis.minor };
  }
  const axis = linearAxis(hi * 1.04, maxTicks);
  return { domain: [0, axis.top], ticks: axis.ticks, minor: [] };
}
