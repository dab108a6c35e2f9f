/**
 * Geometry of the prediction sketch: the fixed days a student sets a level at
 * (knots, evenly spaced over the lesson's window), the plot's scales, and the
 * conversion from knots to the points the core scores (scoreSketch).
 * Days at this edge; values relative to baseline.
 */
import type { SketchPoint } from '../../core/lessons/score-sketch';

/** How many days a sketch has knots at (including both ends of the window). */
export const KNOT_COUNT = 25;
/** Fewest drawn knots a prediction may be committed with. */
export const MIN_SKETCH_POINTS = 5;
/** Keyboard level step (↑/↓): a round number near a 40th of the plot's height, so baseline (1) is on the grid. Page Up/Down move 5 steps. */
export function levelStep(yMax: number): number {
  return [0.01, 0.02, 0.025, 0.05, 0.1, 0.2, 0.25, 0.5, 1].find((s) => s >= yMax / 40) ?? 1;
}
/** Page Up/Down move this many steps. */
export const LARGE_STEPS = 5;

/** Plot margins (CSS px): room for the y-axis labels and the day axis. */
export const PLOT_MARGIN = { top: 14, right: 18, bottom: 44, left: 60 } as const;

/** A drawn level per knot, or null where the student has not drawn yet. */
export type Knots = readonly (number | null)[];

/** The knot days over `window`, evenly spaced. */
export function knotDays([from, to]: readonly [number, number], count = KNOT_COUNT): number[] {
  return Array.from({ length: count }, (_, k) => from + ((to - from) * k) / (count - 1));
}

/** The drawn knots as sketch points, in day order. */
export function knotsToPoints(knots: Knots, days: readonly number[]): SketchPoint[] {
  return knots.flatMap((v, k) => (v === null ? [] : [{ day: days[k]!, value: v }]));
}

/** Knots from stored points (each point to its nearest knot). */
export function pointsToKnots(points: readonly SketchPoint[], days: readonly number[]): (number | null)[] {
  const knots: (number | null)[] = days.map(() => null);
  for (const p of points) {
    let best = 0;
    for (let k = 1; k < days.length; k++) if (Math.abs(days[k]! - p.day) < Math.abs(days[best]! - p.day)) best = k;
    knots[best] = p.value;
  }
  return knots;
}

/** Linear scales of a plot `width` × `height` px over `window` days and [0, yMax]. */
export function plotScales(width: number, height: number, window: readonly [number, number], yMax: number) {
  const left = PLOT_MARGIN.left;
  const right = width - PLOT_MARGIN.right;
  const top = PLOT_MARGIN.top;
  const bottom = height - PLOT_MARGIN.bottom;
  const [from, to] = window;
  return {
    left, right, top, bottom,
    x: (day: number): number => left + ((day - from) / (to - from)) * (right - left),
    y: (value: number): number => bottom - (Math.min(yMax, Math.max(0, value)) / yMax) * (bottom - top),
    dayAt: (px: number): number => from + ((px - left) / (right - left)) * (to - from),
    valueAt: (py: number): number => Math.min(yMax, Math.max(0, ((bottom - py) / (bottom - top)) * yMax)),
  };
}

/** Round a level to the keyboard step so announced values stay short. */
export function roundLevel(value: number, yMax: number): number {
  const step = levelStep(yMax);
  return Math.min(yMax, Math.max(0, Number((Math.round(value / step) * step).toFixed(4))));
}

/** About five "nice" ticks from 0 to `max`. */
export function niceTicks(max: number): number[] {
  const raw = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = 0; v <= max + 1e-9; v += step) ticks.push(Number(v.toPrecision(6)));
  return ticks;
}
