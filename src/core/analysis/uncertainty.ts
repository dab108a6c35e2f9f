/**
 * Uncertainty bands: N runs with all (or chosen) parameters drawn at random
 * within their plausible ranges, and per output the 5th, 50th and 95th
 * percentile across runs at every output time.
 *
 * Sampling (the choice, documented in docs/research.md): each parameter with
 * value v (the scenario's, or the default), range [a, b] and fraction x is
 * drawn independently and uniformly over the part of its range within x of v,
 * measured towards each bound:
 *
 *   a > 0 (a positive parameter, e.g. a half-life or weight):  log scale,
 *        ln p ~ U[ln v + x·(ln a − ln v),  ln v + x·(ln b − ln v)]
 *   a ≤ 0 (may be zero):  linear,  p ~ U[v + x·(a − v),  v + x·(b − v)]
 *
 * so x = 1 spans the whole plausible range, x = 0.2 (the default) a fifth of
 * the way to each bound, and a draw never leaves the range. Log scale for
 * positive parameters because their ranges span orders of magnitude and their
 * effects act through ratios (rates, half-lives). Draws come from a seeded
 * mulberry32 generator (./prng.ts), in order sample by sample, parameter by
 * parameter: the same seed gives the same samples, whatever the chunking.
 *
 * Percentiles: linear interpolation between order statistics (Hyndman & Fan
 * 1996, type 7), over the runs that succeeded; p5 ≤ p50 ≤ p95 by construction.
 */
import type { Scenario } from '../scenario/types';
import type { ParameterDefinition } from '../model/parameter';
import { mulberry32, type UniformSource } from './prng';
import { checkFraction } from './sensitivity';
import { SweepOptionError, chooseParameters, orderResults, withParameters, type JobResult, type SweepJob } from './sweep';

/** Default fraction of the range sampled around each value. */
export const DEFAULT_UNCERTAINTY_FRACTION = 0.2;
/** Most samples one sweep may ask for. */
export const MAX_UNCERTAINTY_SAMPLES = 10_000;

/** What to sample. */
export interface UncertaintyOptions {
  /** Number of runs, 1 … MAX_UNCERTAINTY_SAMPLES. */
  readonly samples: number;
  /** Seed of the generator (an integer; its low 32 bits are used). */
  readonly seed: number;
  /** Fraction x of the way to each range bound (0 < x ≤ 1; default 0.2). */
  readonly fraction?: number;
  /** Parameter ids (default: every parameter that can affect the scenario). */
  readonly parameters?: readonly string[];
}

/** A planned uncertainty sweep: the drawn values of every sample and one job per sample. */
export interface UncertaintyPlan {
  readonly seed: number;
  readonly fraction: number;
  readonly parameters: readonly string[];
  /** samples[i][id]: the value of parameter id in run i. */
  readonly samples: readonly Readonly<Record<string, number>>[];
  readonly jobs: readonly SweepJob[];
}

/** The 5–50–95% band of one output on the output grid. */
export interface UncertaintyBand {
  readonly p5: Float64Array;
  readonly p50: Float64Array;
  readonly p95: Float64Array;
}

/** The combined sweep. */
export interface UncertaintyReport {
  /** Output times, days. */
  readonly days: Float64Array;
  readonly outputIds: readonly string[];
  readonly bands: Readonly<Record<string, UncertaintyBand>>;
  readonly seed: number;
  readonly fraction: number;
  readonly parameters: readonly string[];
  readonly samples: number;
  readonly succeeded: number;
  /** Runs that failed, with the solver's message. */
  readonly failures: readonly { readonly index: number; readonly message: string }[];
}

/** The interval sampled for one parameter, and whether on a log scale (see the file header). */
export function samplingInterval(p: ParameterDefinition, value: number, fraction: number): { lo: number; hi: number; log: boolean } {
  if (p.min > 0 && value > 0) {
    const lv = Math.log(value);
    // Clamped: exp(log(x)) can land an ulp outside [min, max] for a value at its bound.
    const lo = Math.max(p.min, Math.exp(lv + fraction * (Math.log(p.min) - lv)));
    const hi = Math.min(p.max, Math.exp(lv + fraction * (Math.log(p.max) - lv)));
    return { lo, hi, log: true };
  }
  return { lo: value + fraction * (p.min - value), hi: value + fraction * (p.max - value), log: false };
}

function draw(random: UniformSource, interval: { lo: number; hi: number; log: boolean }): number {
  const u = random();
  if (!interval.log) return interval.lo + u * (interval.hi - interval.lo);
  const v = Math.exp(Math.log(interval.lo) + u * (Math.log(interval.hi) - Math.log(interval.lo)));
  return Math.min(interval.hi, Math.max(interval.lo, v));
}

/** Plans the runs of an uncertainty sweep. Throws SweepOptionError for bad options. */
export function planUncertainty(scenario: Scenario, options: UncertaintyOptions): UncertaintyPlan {
  const { samples: count, seed } = options;
  if (!Number.isInteger(count) || count < 1 || count > MAX_UNCERTAINTY_SAMPLES) {
    throw new SweepOptionError(`samples must be a whole number from 1 to ${MAX_UNCERTAINTY_SAMPLES} (got ${count})`);
  }
  if (!Number.isInteger(seed)) throw new SweepOptionError(`seed must be a whole number (got ${seed})`);
  const fraction = checkFraction(options.fraction ?? DEFAULT_UNCERTAINTY_FRACTION);
  const definitions = chooseParameters(scenario, options.parameters);
  const intervals = definitions.map((p) => samplingInterval(p, scenario.parameters[p.id] ?? p.value, fraction));
  const random = mulberry32(seed);
  const samples: Record<string, number>[] = [];
  const jobs: SweepJob[] = [];
  for (let i = 0; i < count; i++) {
    const sample: Record<string, number> = {};
    definitions.forEach((p, j) => { sample[p.id] = draw(random, intervals[j]!); });
    samples.push(sample);
    jobs.push({ kind: 'trajectory', index: i, scenario: withParameters(scenario, sample) });
  }
  return { seed, fraction, parameters: definitions.map((p) => p.id), samples, jobs };
}

/** The q-quantile (0 ≤ q ≤ 1) of ascending `sorted` (type 7: linear between order statistics). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Combines the results of every job of `plan` (any order) into percentile bands. */
export function combineUncertainty(plan: UncertaintyPlan, results: readonly JobResult[]): UncertaintyReport {
  const ordered = orderResults(plan.jobs.length, results);
  const runs: { days: Float64Array; series: Readonly<Record<string, Float64Array>> }[] = [];
  const failures: { index: number; message: string }[] = [];
  for (const r of ordered) {
    if (!r.ok) failures.push({ index: r.index, message: r.message });
    else if (r.kind === 'trajectory') runs.push(r);
  }
  const first = runs[0];
  const days = first ? first.days : new Float64Array(0);
  const outputIds = first ? Object.keys(first.series) : [];
  const bands: Record<string, UncertaintyBand> = {};
  const column = new Float64Array(runs.length);
  for (const id of outputIds) {
    const band = { p5: new Float64Array(days.length), p50: new Float64Array(days.length), p95: new Float64Array(days.length) };
    for (let k = 0; k < days.length; k++) {
      for (let i = 0; i < runs.length; i++) column[i] = runs[i]!.series[id]![k]!;
      column.sort();
      band.p5[k] = quantileSorted(column, 0.05);
      band.p50[k] = quantileSorted(column, 0.5);
      band.p95[k] = quantileSorted(column, 0.95);
    }
    bands[id] = band;
  }
  return {
    days, outputIds, bands,
    seed: plan.seed, fraction: plan.fraction, parameters: plan.parameters,
    samples: plan.jobs.length, succeeded: runs.length, failures,
  };
}
