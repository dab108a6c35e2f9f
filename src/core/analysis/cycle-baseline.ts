/**
 * Outputs relative to a rhythm. When the healthy baseline is a cycle, a value
 * can be compared with
 *   'cycle-mean'      the mean of the reference cycle (one number per output), or
 *   'same-cycle-day'  the reference cycle's value at the same phase, the run's
 *                     day d matching reference phase (startPhase + d) mod T.
 * The female model reports 'cycle-mean' by default: hormones that change
 * tens-fold within days (LH at the surge, luteal progesterone) give wild
 * same-day ratios as soon as a treated cycle shifts by a day, whereas the
 * cycle mean reads as "above or below what a healthy cycle averages"; the
 * same-day reference is what a chart draws beside the run (`referenceCurve`).
 */

import { assertNever } from '../assert-never';

/** A periodic reference: one period of an output sampled from phase 0 at a fixed step. */
export interface PeriodicReference {
  readonly periodDays: number;
  readonly sampleEveryDays: number;
  /** Values at phases 0, step, 2·step, … (< period). */
  readonly values: Float64Array;
  /** Mean over one period. */
  readonly mean: number;
}

/** How to compare with a rhythm. */
export type CycleBaselineMode = 'cycle-mean' | 'same-cycle-day';

/** The reference value at a phase (days, any real number; wrapped into one period), linearly interpolated. */
export function referenceAt(reference: PeriodicReference, phaseDays: number): number {
  const { periodDays, sampleEveryDays, values } = reference;
  const phase = ((phaseDays % periodDays) + periodDays) % periodDays;
  const x = phase / sampleEveryDays;
  const k = Math.floor(x);
  const a = values[k % values.length]!;
  // The sample after the last one is phase 0 again (one period later).
  const nextPhase = Math.min((k + 1) * sampleEveryDays, periodDays);
  const b = k + 1 < values.length ? values[k + 1]! : values[0]!;
  const w = (phase - k * sampleEveryDays) / (nextPhase - k * sampleEveryDays);
  return a + (b - a) * (Number.isFinite(w) ? w : 0);
}

/** The reference curve at run days (the untreated cycle continued), starting at phase `startPhaseDays`. */
export function referenceCurve(reference: PeriodicReference, days: ArrayLike<number>, startPhaseDays: number): Float64Array {
  return Float64Array.from({ length: days.length }, (_, k) => referenceAt(reference, startPhaseDays + days[k]!));
}

/** Values divided by the reference (its cycle mean, or its value on the same cycle day). */
export function relativeToReference(
  reference: PeriodicReference,
  days: ArrayLike<number>,
  values: ArrayLike<number>,
  startPhaseDays: number,
  mode: CycleBaselineMode,
): Float64Array {
  const out = new Float64Array(values.length);
  for (let k = 0; k < values.length; k++) {
    const base = baselineAt(reference, startPhaseDays + days[k]!, mode);
    out[k] = base > 0 ? values[k]! / base : NaN;
  }
  return out;
}

/** The baseline a value at reference phase `phaseDays` is divided by. */
function baselineAt(reference: PeriodicReference, phaseDays: number, mode: CycleBaselineMode): number {
  switch (mode) {
    case 'cycle-mean':
      return reference.mean;
    case 'same-cycle-day':
      return referenceAt(reference, phaseDays);
    default:
      return assertNever(mode, 'cycle baseline mode');
  }
}
