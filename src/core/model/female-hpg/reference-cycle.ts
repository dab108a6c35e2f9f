/**
 * The healthy baseline of `female-hpg` is a rhythm: this finds the model's
 * reference cycle numerically (analysis/limit-cycle.ts, marker: serum LH),
 * aligns it, and samples every output over one period.
 *
 * Alignment. Phase 0 of the reference is cycle day 1, taken as the moment
 * serum progesterone falls below 3 ng/mL at the end of the luteal phase (the
 * model has no endometrium; this stands in for the onset of menses — see
 * analysis/cycle-metrics.ts). The LH peak then falls on phase `follicularDays`,
 * and the luteal phase (LH peak to cycle day 1) lasts `lutealDays`.
 *
 * Results are cached by parameter overrides and conditions (a handful of
 * entries): the search integrates about ten cycles.
 */
import { integrate } from '../../solver';
import { findLimitCycle } from '../../analysis/limit-cycle';
import { floquetMultipliers, type FloquetAnalysis } from '../../analysis/floquet';
import type { PeriodicReference } from '../../analysis/cycle-baseline';
import { DEFAULT_CYCLE_THRESHOLDS } from '../../analysis/cycle-metrics';
import { buildFemaleProblem, type FemaleProblem, type FemaleProblemOptions } from './problem';
import { gynCycleInitialState } from './initial-state';
import { FEMALE_OUTPUT_IDS, type FemaleOutputId } from './outputs';
import { emptyFemaleQuantities, femaleQuantities } from './equations';

/** Samples per period of the stored reference curves (≈ 1.8 h apart). */
export const REFERENCE_SAMPLES = 400;
/** Solver settings of the search (tighter than a run: the reference is what runs are compared with). */
const SEARCH = { rtol: 1e-8, atol: 1e-10 } as const;

/** The reference cycle of a subject. */
export interface FemaleReferenceCycle {
  readonly ok: true;
  readonly periodDays: number;
  /** LH peak to cycle day 1 (progesterone below 3 ng/mL), days. */
  readonly lutealDays: number;
  /** Cycle day 1 to the LH peak, days (= period − luteal). */
  readonly follicularDays: number;
  /** State at the start of cycle day 1 (phase 0) and at the LH peak. */
  readonly stateAtCycleStart: Float64Array;
  readonly stateAtLhPeak: Float64Array;
  /** Largest |state| on the cycle, per state (scales for analyses). */
  readonly stateScale: Float64Array;
  /** Each output over one period from phase 0, with its cycle mean. */
  readonly outputs: Readonly<Record<FemaleOutputId, PeriodicReference>>;
  /** How the search went: days integrated, spread of the last peak intervals (h), orbit closure. */
  readonly search: { readonly days: number; readonly spreadHours: number; readonly closure: number };
}

/** Why no reference cycle exists (e.g. menopause: the axis settles to a steady state). */
export interface NoReferenceCycle {
  readonly ok: false;
  readonly reason: string;
  /** The state where the search stopped (a steady state when the rhythm is gone). */
  readonly lastState: Float64Array;
}

const cache = new Map<string, FemaleReferenceCycle | NoReferenceCycle>();
const CACHE_SIZE = 8;

/** Serum LH of a state: the marker of the cycle. */
function lhMarker(problem: FemaleProblem): (y: Float64Array) => number {
  const q = emptyFemaleQuantities();
  return (y) => {
    femaleQuantities(problem.coefficients, problem.factors, problem.inputs, y, q);
    return q.lh.level;
  };
}

/** The reference cycle of a subject with these conditions and parameters (healthy woman by default). */
export function femaleReferenceCycle(options: FemaleProblemOptions = {}): FemaleReferenceCycle | NoReferenceCycle {
  const key = JSON.stringify({ p: options.parameters ?? {}, c: [...(options.conditions ?? [])].sort() });
  const cached = cache.get(key);
  if (cached) return cached;
  const result = computeReference(options);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, result);
  return result;
}

function computeReference(options: FemaleProblemOptions): FemaleReferenceCycle | NoReferenceCycle {
  const problem = buildFemaleProblem(options);
  const lc = findLimitCycle(problem.rhs, gynCycleInitialState(), {
    marker: lhMarker(problem), minPeak: DEFAULT_CYCLE_THRESHOLDS.surgeLh, maxHours: 3 * 365 * 24, chunkHours: 120 * 24, ...SEARCH,
  });
  if (!lc.ok) return { ok: false, reason: lc.reason, lastState: lc.lastState };
  const period = lc.periodHours;
  // Cycle day 1: progesterone falls below the luteal-end threshold after its luteal peak.
  const fine = period / (4 * REFERENCE_SAMPLES);
  const times = Array.from({ length: 4 * REFERENCE_SAMPLES }, (_, k) => (k + 1) * fine);
  const n = lc.stateAtPeak.length;
  const p4Index = FEMALE_OUTPUT_IDS.indexOf('progesterone');
  const out = new Float64Array(problem.outputCount);
  const lap = integrate(problem.rhs, lc.stateAtPeak, 0, period, { ...SEARCH, outputTimes: times, maxSteps: 1e7 });
  const p4 = times.map((t, k) => {
    problem.readOutputs(t, lap.states.subarray(k * n, (k + 1) * n), out);
    return out[p4Index]!;
  });
  let peak = 0;
  for (let k = 1; k < p4.length; k++) if (p4[k]! > p4[peak]!) peak = k;
  let lutealHours = NaN;
  for (let k = peak + 1; k < p4.length; k++) {
    if (p4[k]! < DEFAULT_CYCLE_THRESHOLDS.lutealEndP4) {
      const w = (p4[k - 1]! - DEFAULT_CYCLE_THRESHOLDS.lutealEndP4) / (p4[k - 1]! - p4[k]!);
      lutealHours = times[k - 1]! + w * fine;
      break;
    }
  }
  if (!Number.isFinite(lutealHours)) return { ok: false, reason: 'the cycle has no luteal phase (progesterone never rises above and falls below 3 ng/mL)', lastState: lc.stateAtPeak };
  const start = integrate(problem.rhs, lc.stateAtPeak, 0, lutealHours, { ...SEARCH, outputTimes: [lutealHours], maxSteps: 1e7 }).states;
  // One period from cycle day 1, every output on a uniform periodic grid.
  const step = period / REFERENCE_SAMPLES;
  const grid = Array.from({ length: REFERENCE_SAMPLES }, (_, k) => k * step);
  const run = integrate(problem.rhs, start, 0, grid[grid.length - 1]!, {
    ...SEARCH, outputTimes: grid, maxSteps: 1e7, observe: problem.readOutputs, observationSize: problem.outputCount,
  });
  const obs = run.observations!;
  const outputs = {} as Record<FemaleOutputId, PeriodicReference>;
  FEMALE_OUTPUT_IDS.forEach((id, j) => {
    const values = Float64Array.from(grid, (_, k) => obs[k * problem.outputCount + j]!);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    outputs[id] = { periodDays: period / 24, sampleEveryDays: step / 24, values, mean };
  });
  return {
    ok: true, periodDays: period / 24, lutealDays: lutealHours / 24, follicularDays: (period - lutealHours) / 24,
    stateAtCycleStart: Float64Array.from(start), stateAtLhPeak: Float64Array.from(lc.stateAtPeak), stateScale: lc.stateScale,
    outputs, search: { days: lc.searchHours / 24, spreadHours: lc.spreadHours, closure: lc.closure },
  };
}

/** Floquet multipliers of the reference cycle (2 × 24 integrations of one period at tight tolerance: about a second). */
export function femaleCycleStability(reference: FemaleReferenceCycle, options: FemaleProblemOptions = {}): FloquetAnalysis {
  const problem = buildFemaleProblem(options);
  // Based at cycle day 1, a quiet phase: differences taken across the surge are less accurate.
  return floquetMultipliers(problem.rhs, reference.stateAtCycleStart, reference.periodDays * 24, reference.stateScale);
}
