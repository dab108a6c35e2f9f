/**
 * GH pulses counted in a sampled series, as a pulse-detection program counts
 * them in blood drawn every few minutes: a pulse is a local maximum that rises
 * at least a quarter above the nadir before it (the lowest value since the
 * previous maximum) and by at least `minHeight` (below it an assay would not
 * see it). Its amplitude is its height above that nadir. The relative rise is
 * small enough to keep pulses riding on a raised trough (a ghrelin mimetic's
 * tonic release lifts the nadir to half the peak) and large enough to ignore
 * the solver's round-off on a flat line.
 *
 * Sampling decides what can be seen: a GH pulse rises over ~20 min and falls
 * with a half-life of ~25 min (Holl 1993), so the series must be sampled at
 * least every 15 min (MAX_PULSE_SAMPLING_HOURS); coarser grids miss or
 * flatten pulses, and the count is refused rather than guessed.
 */
import { findPeaks } from './peaks';

/** Coarsest output spacing at which pulses are counted, h (15 min, as in frequent-sampling studies' upper range). */
export const MAX_PULSE_SAMPLING_HOURS = 0.25;

/** A peak must reach this multiple of the nadir before it to count as a pulse. */
const MIN_RATIO = 1.25;

/** The pulses found in a window. */
export interface PulseCount {
  /** Number of pulses whose peak lies in the window. */
  readonly count: number;
  /** Mean height of those pulses above the nadir before each (series units); 0 without pulses. */
  readonly meanAmplitude: number;
  /** Mean peak value (series units); 0 without pulses. */
  readonly meanPeak: number;
}

/**
 * Pulses of `values` (sampled at `days`, ascending) whose peak lies in (fromDay, toDay] and
 * rises at least `minHeight` (series units) above its nadir. Maxima anywhere in the series set
 * the nadirs, so a pulse just inside the window is judged against the trough that preceded it
 * even when that trough lies before the window.
 */
export function countPulses(days: ArrayLike<number>, values: ArrayLike<number>, fromDay: number, toDay: number, minHeight: number): PulseCount {
  const peaks = findPeaks(days, values, 0);
  let count = 0;
  let amplitude = 0;
  let peakSum = 0;
  let since = 0;
  for (const peak of peaks) {
    let nadir = Infinity;
    for (let k = since; k <= peak.index; k++) nadir = Math.min(nadir, values[k]!);
    since = peak.index;
    if (!(peak.value >= MIN_RATIO * nadir && peak.value - nadir >= minHeight) || peak.time <= fromDay || peak.time > toDay) continue;
    count++;
    amplitude += peak.value - nadir;
    peakSum += peak.value;
  }
  return { count, meanAmplitude: count > 0 ? amplitude / count : 0, meanPeak: count > 0 ? peakSum / count : 0 };
}
