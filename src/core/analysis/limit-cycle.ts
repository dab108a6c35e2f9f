/**
 * A rhythm as a baseline: finds the stable limit cycle of an autonomous
 * system by integrating until successive peaks of a marker (for the menstrual
 * cycle, serum LH) come at a constant interval, then refines the period on a
 * fine grid around the return to the same peak. The result is a state on the
 * cycle (at the marker's peak: phase 0), the period, and how well the orbit
 * closes on itself after one period.
 *
 * Works for any model: it needs a right-hand side, a start in the cycle's
 * basin and a scalar marker of state. Deterministic (no clock, no randomness).
 */
import type { RightHandSide, SolverMethod } from '../solver/types';
import { integrate } from '../solver';
import { findPeaks } from './peaks';

/** How to find the cycle. Times in hours. */
export interface LimitCycleOptions {
  /** Scalar that peaks once per cycle (e.g. serum LH), from the state. */
  readonly marker: (y: Float64Array) => number;
  /** A local maximum of the marker counts only above this value. */
  readonly minPeak: number;
  /** Give up after integrating this long. */
  readonly maxHours: number;
  /** Integration window per chunk (a few periods). */
  readonly chunkHours: number;
  /** Marker sampling interval of the search. Default 1 h. */
  readonly sampleHours?: number;
  /** Peaks to pass before intervals are compared (transient). Default 4. */
  readonly settlePeaks?: number;
  /** Successive intervals that must agree. Default 4. */
  readonly measureIntervals?: number;
  /** Largest relative spread (max − min)/mean of those intervals. Default 1e-3. */
  readonly tolerance?: number;
  /** Solver settings. Default DOPRI5, rtol 1e-7, atol 1e-9. */
  readonly method?: SolverMethod;
  readonly rtol?: number;
  readonly atol?: number;
}

/** The cycle found, or why not. */
export type LimitCycle =
  | {
      readonly ok: true;
      readonly periodHours: number;
      /** Spread of the last measured peak intervals, h (how settled the rhythm was). */
      readonly spreadHours: number;
      /** State at the marker's peak (phase 0). */
      readonly stateAtPeak: Float64Array;
      /** Largest |y(T) − y(0)| over the state's range on the cycle: 0 for an exactly closed orbit. */
      readonly closure: number;
      /** Largest |y| of each state over one cycle (scales for analyses). */
      readonly stateScale: Float64Array;
      /** Hours integrated before the cycle was accepted. */
      readonly searchHours: number;
    }
  | { readonly ok: false; readonly reason: string; readonly peakTimesHours: readonly number[]; readonly lastState: Float64Array };

/** Integrates from y0 until the marker's peaks are periodic; see LimitCycleOptions. */
export function findLimitCycle(rhs: RightHandSide, y0: Float64Array, options: LimitCycleOptions): LimitCycle {
  const sample = options.sampleHours ?? 1;
  const settle = options.settlePeaks ?? 4;
  const measure = options.measureIntervals ?? 4;
  const tolerance = options.tolerance ?? 1e-3;
  const solver = { method: options.method ?? 'dopri5', rtol: options.rtol ?? 1e-7, atol: options.atol ?? 1e-9, maxSteps: 1e7 } as const;
  const n = y0.length;
  const markerTimes: number[] = [];
  const markerValues: number[] = [];
  // States at the samples of the last two chunks only (the last peak is always among them).
  let recentStates: Float64Array[] = [];
  let recentStart: number;
  let y = Float64Array.from(y0);
  let t = 0;
  let peakTimes: number[] = [];
  while (t < options.maxHours) {
    const t1 = Math.min(options.maxHours, t + options.chunkHours);
    const times: number[] = [];
    for (let s = t + sample; s <= t1 + 1e-9; s += sample) times.push(Math.min(s, t1));
    const run = integrate(rhs, y, t, t1, { ...solver, outputTimes: times });
    const chunkStates: Float64Array[] = [];
    for (let k = 0; k < times.length; k++) {
      markerTimes.push(times[k]!);
      markerValues.push(options.marker(run.states.subarray(k * n, (k + 1) * n)));
      chunkStates.push(run.states.slice(k * n, (k + 1) * n));
    }
    recentStates = recentStates.slice(-chunkStates.length).concat(chunkStates);
    recentStart = markerTimes.length - recentStates.length;
    y = run.states.slice((times.length - 1) * n, times.length * n);
    t = t1;
    const peaks = findPeaks(markerTimes, markerValues, options.minPeak);
    peakTimes = peaks.map((p) => p.time);
    if (peaks.length >= settle + measure + 1) {
      const intervals = peakTimes.slice(-measure - 1).map((p, i, all) => (i === 0 ? 0 : p - all[i - 1]!)).slice(1);
      const mean = intervals.reduce((a, b) => a + b, 0) / intervals.length;
      const spread = Math.max(...intervals) - Math.min(...intervals);
      if (spread <= tolerance * mean) {
        const last = peaks[peaks.length - 1]!;
        // The sample before the last peak, carried to the refined peak time.
        const before = recentStates[last.index - 1 - recentStart]!;
        const tBefore = markerTimes[last.index - 1]!;
        const atPeak = integrate(rhs, before, tBefore, last.time, { ...solver, outputTimes: [last.time] }).states;
        return { ...refine(rhs, atPeak, mean, options, solver, sample), spreadHours: spread, searchHours: t };
      }
    }
  }
  const reason = peakTimes.length < 2 ? 'no oscillation: the marker did not peak repeatedly' : 'the peak intervals did not settle';
  return { ok: false, reason, peakTimesHours: peakTimes, lastState: y };
}

/** Period refined on a fine grid around the return to the peak; closure and state scales of the orbit. */
function refine(
  rhs: RightHandSide,
  yPeak: Float64Array,
  periodGuess: number,
  options: LimitCycleOptions,
  solver: { readonly method: SolverMethod; readonly rtol: number; readonly atol: number; readonly maxSteps: number },
  sample: number,
): { ok: true; periodHours: number; stateAtPeak: Float64Array; closure: number; stateScale: Float64Array } {
  const n = yPeak.length;
  const fine = sample / 20;
  const times: number[] = [];
  for (let s = sample; s < periodGuess - 2 * sample; s += sample) times.push(s);
  for (let s = periodGuess - 2 * sample; s <= periodGuess + 2 * sample + 1e-9; s += fine) times.push(s);
  const run = integrate(rhs, yPeak, 0, times[times.length - 1]!, { ...solver, outputTimes: times });
  const scale = new Float64Array(n);
  for (let i = 0; i < n; i++) scale[i] = Math.abs(yPeak[i]!);
  const markers: number[] = [];
  for (let k = 0; k < times.length; k++) {
    const row = run.states.subarray(k * n, (k + 1) * n);
    markers.push(options.marker(row));
    for (let i = 0; i < n; i++) scale[i] = Math.max(scale[i]!, Math.abs(row[i]!));
  }
  const nearReturn = findPeaks(times, markers, options.minPeak).filter((p) => p.time > periodGuess - 2 * sample);
  const periodHours = nearReturn.length > 0 ? nearReturn[0]!.time : periodGuess;
  const back = integrate(rhs, yPeak, 0, periodHours, { ...solver, outputTimes: [periodHours] }).states;
  let closure = 0;
  for (let i = 0; i < n; i++) if (scale[i]! > 0) closure = Math.max(closure, Math.abs(back[i]! - yPeak[i]!) / scale[i]!);
  return { ok: true, periodHours, stateAtPeak: Float64Array.from(yPeak), closure, stateScale: scale };
}
