/**
 * Scores a student's sketch of one output against the model's curve.
 *
 * The sketch is a polyline of points (day, value relative to baseline), read
 * by linear interpolation at the output grid's days inside both the lesson's
 * window and the span the student drew. On those n days:
 *
 *   rms        = √( Σ (sketch − model)² / n )                      the sketch's error
 *   rms₀       = the same for "nothing changes": a flat line at the model's
 *                value where the window opens (persistence)
 *   skill      = 1 − rms / max(rms₀, 0.1)
 *   score      = round(100 · clamp(skill, 0, 1))
 *
 * A skill score relative to persistence, as forecasts are verified against
 * "tomorrow like today" (Murphy 1988): 100 is the model's curve, 0 is no better
 * than predicting no change. The floor of 0.1 (a tenth of baseline) keeps a
 * nearly flat model curve from turning tiny errors into a zero.
 * Only the part of the window the sketch covers is scored; `coverage` says how
 * much that is, and the sentence mentions it when it is under half.
 */
import { relativeLevel } from '../analysis/trajectory-summary';
import { dayNumber } from '../output/plain-numbers';

/** One point of a sketch: day, and value relative to baseline. */
export interface SketchPoint {
  readonly day: number;
  readonly value: number;
}

/** The verdict on a sketch. */
export interface SketchScore {
  /** 0–100. */
  readonly score: number;
  /** RMS error of the sketch and of the no-change reference (relative to baseline). */
  readonly rms: number;
  readonly referenceRms: number;
  /** Share of the window's grid days the sketch covers (0–1). */
  readonly coverage: number;
  /** Where the sketch is farthest from the model, or null when nothing was scored. */
  readonly largestGap: { readonly day: number; readonly drawn: number; readonly model: number } | null;
  /** One plain sentence for the student. */
  readonly sentence: string;
}

/** Floor of the reference error, relative to baseline. */
export const REFERENCE_FLOOR = 0.1;

/** Linear interpolation of sorted points at `day` (inside their span). */
function interpolate(points: readonly SketchPoint[], day: number): number {
  let j = 1;
  while (j < points.length - 1 && points[j]!.day < day) j++;
  const a = points[j - 1]!;
  const b = points[j]!;
  if (b.day === a.day) return b.value;
  return a.value + ((day - a.day) / (b.day - a.day)) * (b.value - a.value);
}

/** A day as the app shows it for a run of `runDays` days. */
function dayText(day: number, runDays: number): string {
  return `day ${dayNumber(day, runDays)}`;
}

/** Scores `sketch` against the model's `values` sampled at `days`, over the window [from, to] (days). */
export function scoreSketch(
  sketch: readonly SketchPoint[],
  days: ArrayLike<number>,
  values: ArrayLike<number>,
  [from, to]: readonly [number, number],
): SketchScore {
  const gridInWindow: number[] = [];
  for (let k = 0; k < days.length; k++) if (days[k]! >= from - 1e-9 && days[k]! <= to + 1e-9) gridInWindow.push(k);
  const points = sketch.filter((p) => Number.isFinite(p.day) && Number.isFinite(p.value)).slice().sort((a, b) => a.day - b.day);
  const empty = (sentence: string): SketchScore => ({ score: 0, rms: NaN, referenceRms: NaN, coverage: 0, largestGap: null, sentence });
  if (points.length < 2) return empty('Draw your prediction first: at least two points across the window.');
  const first = points[0]!.day;
  const last = points[points.length - 1]!.day;
  const scored = gridInWindow.filter((k) => days[k]! >= first - 1e-9 && days[k]! <= last + 1e-9);
  if (scored.length === 0) return empty('Your sketch lies outside the window the lesson asks about; draw it between the marked days.');

  const start = values[gridInWindow[0]!]!;
  let sum = 0;
  let sum0 = 0;
  let gap = { day: NaN, drawn: NaN, model: NaN };
  let gapSize = -1;
  for (const k of scored) {
    const drawn = interpolate(points, days[k]!);
    const model = values[k]!;
    sum += (drawn - model) ** 2;
    sum0 += (start - model) ** 2;
    if (Math.abs(drawn - model) > gapSize) {
      gapSize = Math.abs(drawn - model);
      gap = { day: days[k]!, drawn, model };
    }
  }
  const rms = Math.sqrt(sum / scored.length);
  const referenceRms = Math.sqrt(sum0 / scored.length);
  const skill = 1 - rms / Math.max(referenceRms, REFERENCE_FLOOR);
  const score = Math.round(100 * Math.min(1, Math.max(0, skill)));
  const coverage = gridInWindow.length === 0 ? 0 : scored.length / gridInWindow.length;

  const where = `The biggest gap is on ${dayText(gap.day, days.length > 0 ? days[days.length - 1]! : to)}: you drew ${relativeLevel(Math.max(0, gap.drawn))}, the model shows ${relativeLevel(gap.model)}.`;
  let sentence: string;
  if (score >= 80) sentence = `Close (score ${score}): your curve follows the model’s.`;
  else if (score >= 40) sentence = `Partly right (score ${score}). ${where}`;
  else sentence = `Not yet (score ${score}): the model goes another way. ${where}`;
  if (coverage < 0.5) sentence += ` Your sketch covers only ${Math.round(coverage * 100)}% of the window; only that part was scored.`;
  return { score, rms, referenceRms, coverage, largestGap: gap, sentence };
}
