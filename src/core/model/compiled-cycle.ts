/**
 * The reference rhythm of a compiled model whose healthy baseline is a limit
 * cycle (`start: 'limit-cycle'`, e.g. the menstrual cycle of `female-hpg`):
 * found numerically (analysis/limit-cycle.ts, marker: the declared output),
 * aligned, and every raw output sampled over one period.
 *
 * Alignment. Phase 0 is "cycle day 1": the moment the declared day-one output
 * falls below its threshold after its peak (for female-hpg, progesterone below
 * 3 ng/mL at the end of the luteal phase, standing in for the onset of menses).
 * The marker's peak then falls on phase `follicularDays`, and the luteal phase
 * (marker peak to cycle day 1) lasts `lutealDays`.
 *
 * Results are cached by model, constants and factors (a handful of entries):
 * a search integrates about ten cycles at tight tolerance.
 *
 * Warm start. A healthy subject whose parameters differ from the record's (a
 * slider being dragged) starts her search on the default woman's cycle, not
 * at the model's initial values: one transient peak instead of four, and the
 * search and the tracing of the reference at rtol 1e-6 instead of 1e-8 (the
 * peak intervals only have to agree to 1e-3, and runs are solved at 1e-4).
 * If that search finds no cycle within a year, the cold search decides, so
 * "no cycle" means the same either way.
 */
import type { CompiledModel } from './compiled-model';
import type { PeriodicReference } from '../analysis/cycle-baseline';
import { integrate } from '../solver/integrate';
import { findLimitCycle } from '../analysis/limit-cycle';
import { inlineSwitchRhs } from './compiled-switches';
import { constantsFor } from './compiled-constants';

/** Samples per period of the stored reference curves (≈ 1.7 h apart for a 28-day cycle). */
export const REFERENCE_SAMPLES = 400;
/** Solver settings of the search (tighter than a run: the reference is what runs are compared with). */
const SEARCH = { rtol: 1e-8, atol: 1e-10 } as const;
/** Longest search, hours (three years: a cycle that has not settled by then counts as none). */
const MAX_SEARCH_HOURS = 3 * 365 * 24;
/** Settling from the default cycle (a warm start): looser, and one transient peak. */
const WARM_SEARCH = { rtol: 1e-6, atol: 1e-8, settlePeaks: 1 } as const;
/** Longest warm search, hours (a year: past that, the cold search decides). */
const MAX_WARM_HOURS = 365 * 24;

/** The reference cycle of a subject (raw outputs, in the model's units). */
export interface CompiledReferenceCycle {
  readonly ok: true;
  readonly periodDays: number;
  /** Marker peak to cycle day 1, days. */
  readonly lutealDays: number;
  /** Cycle day 1 to the marker peak, days (= period − luteal). */
  readonly follicularDays: number;
  /** State at the start of cycle day 1 (phase 0) and at the marker peak. */
  readonly stateAtCycleStart: Float64Array;
  readonly stateAtPeak: Float64Array;
  /** Largest |state| on the cycle, per state (scales for analyses). */
  readonly stateScale: Float64Array;
  /** Each raw output over one period from phase 0, with its cycle mean, by output id. */
  readonly outputs: Readonly<Record<string, PeriodicReference>>;
  /** Cycle means of the raw outputs, in output order. */
  readonly means: Float64Array;
  /** How the search went: days integrated, spread of the last peak intervals (h), orbit closure. */
  readonly search: { readonly days: number; readonly spreadHours: number; readonly closure: number };
}

/** Why no reference cycle exists (e.g. menopause: the axis settles to a steady state). */
export interface NoCompiledReferenceCycle {
  readonly ok: false;
  readonly reason: string;
  /** The state where the search stopped (a steady state when the rhythm is gone). */
  readonly lastState: Float64Array;
}

const cache = new Map<string, CompiledReferenceCycle | NoCompiledReferenceCycle>();
const CACHE_SIZE = 12;

/** The untreated right-hand side and raw-output reader of a model for constants c and factors u. */
export function untreatedFlow(model: CompiledModel, c: Float64Array, u: Float64Array): {
  rhs: ReturnType<typeof inlineSwitchRhs>;
  rawOutputs: (t: number, y: Float64Array, out: Float64Array) => void;
} {
  const o = new Int32Array(model.layout.agents.length).fill(-1);
  const uu = Float64Array.from(u);
  return { rhs: inlineSwitchRhs(model, model.averaged, c, uu, o), rawOutputs: (t, y, out) => model.averaged.outputs(t, y, c, uu, o, out) };
}

/**
 * The reference cycle of the untreated axis with constants c and factors u (a copy of u is used).
 * `warm: false` always searches from the model's initial values, uncached (to check the warm start).
 */
export function referenceCycle(model: CompiledModel, c: Float64Array, u: Float64Array, options: { readonly warm?: boolean } = {}): CompiledReferenceCycle | NoCompiledReferenceCycle {
  if (options.warm === false) return computeReference(model, c, u, null);
  const key = `${model.source.id}|${Array.from(c).join(',')}|${Array.from(u).join(',')}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const result = computeReference(model, c, u, warmSeed(model, c, u));
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, result);
  return result;
}

/** The default subject's cycle, when this subject differs from her only in parameter values; else null. */
function warmSeed(model: CompiledModel, c: Float64Array, u: Float64Array): CompiledReferenceCycle | null {
  const healthy = new Float64Array(u.length);
  model.healthyFactors(healthy);
  if (!u.every((v, i) => v === healthy[i])) return null;
  const defaults = constantsFor(model, {});
  if (c.every((v, i) => v === defaults[i])) return null;
  const seed = referenceCycle(model, defaults, healthy);
  return seed.ok ? seed : null;
}

function computeReference(model: CompiledModel, c: Float64Array, u: Float64Array, seed: CompiledReferenceCycle | null): CompiledReferenceCycle | NoCompiledReferenceCycle {
  const { layout, source } = model;
  const cycle = source.cycle;
  if (!cycle) throw new Error(`${source.id} declares no cycle (start 'limit-cycle' needs one)`);
  const { rhs, rawOutputs } = untreatedFlow(model, c, u);
  const m = layout.outputs.length;
  const markerIndex = layout.outputs.indexOf(cycle.marker);
  const dayOneIndex = layout.outputs.indexOf(cycle.dayOne.output);
  const out = new Float64Array(m);
  const marker = (y: Float64Array): number => {
    rawOutputs(0, y, out);
    return out[markerIndex]!;
  };
  let lc = seed
    ? findLimitCycle(rhs, seed.stateAtPeak, { marker, minPeak: cycle.minPeak, maxHours: MAX_WARM_HOURS, chunkHours: seed.periodDays * 24, ...WARM_SEARCH })
    : null;
  let tol: { readonly rtol: number; readonly atol: number } = WARM_SEARCH;
  if (!lc?.ok) {
    tol = SEARCH;
    const start = new Float64Array(layout.states.length + layout.pulseStates.length);
    model.baseline(c, start);
    lc = findLimitCycle(rhs, start.slice(0, layout.states.length), { marker, minPeak: cycle.minPeak, maxHours: MAX_SEARCH_HOURS, chunkHours: 120 * 24, ...SEARCH });
  }
  if (!lc.ok) return { ok: false, reason: lc.reason, lastState: lc.lastState };
  const period = lc.periodHours;
  const n = lc.stateAtPeak.length;

  // Cycle day 1: the day-one output falls below its threshold after its peak.
  const fine = period / (4 * REFERENCE_SAMPLES);
  // (k + 1)·fine can land an ulp past the period for the last k: that one is the period itself.
  const times = Array.from({ length: 4 * REFERENCE_SAMPLES }, (_, k) => (k === 4 * REFERENCE_SAMPLES - 1 ? period : (k + 1) * fine));
  const lap = integrate(rhs, lc.stateAtPeak, 0, period, { ...tol, outputTimes: times, maxSteps: 1e7 });
  const level = times.map((t, k) => {
    rawOutputs(t, lap.states.subarray(k * n, (k + 1) * n), out);
    return out[dayOneIndex]!;
  });
  const threshold = cycle.dayOne.fallsBelow;
  let peak = 0;
  for (let k = 1; k < level.length; k++) if (level[k]! > level[peak]!) peak = k;
  // A rhythm whose day-one output never rises above the threshold (LH peaks without a luteal
  // phase, as in an anovulatory rhythm) has no cycle day 1: interpolating a fall from below
  // the threshold would place it outside the lap, even at a negative time.
  let lutealHours = NaN;
  for (let k = peak + 1; level[peak]! > threshold && k < level.length; k++) {
    if (level[k]! < threshold) {
      const w = (level[k - 1]! - threshold) / (level[k - 1]! - level[k]!);
      lutealHours = times[k - 1]! + w * fine;
      break;
    }
  }
  if (!Number.isFinite(lutealHours)) {
    return { ok: false, reason: `the cycle has no luteal phase (${cycle.dayOne.output} never rises above and falls below ${threshold})`, lastState: lc.stateAtPeak };
  }
  const dayOne = integrate(rhs, lc.stateAtPeak, 0, lutealHours, { ...tol, outputTimes: [lutealHours], maxSteps: 1e7 }).states;

  // One period from cycle day 1, every raw output on a uniform periodic grid.
  const step = period / REFERENCE_SAMPLES;
  const grid = Array.from({ length: REFERENCE_SAMPLES }, (_, k) => k * step);
  const run = integrate(rhs, dayOne, 0, grid[grid.length - 1]!, { ...tol, outputTimes: grid, maxSteps: 1e7, observe: rawOutputs, observationSize: m });
  const obs = run.observations!;
  const outputs: Record<string, PeriodicReference> = {};
  const means = new Float64Array(m);
  layout.outputs.forEach((id, j) => {
    const values = Float64Array.from(grid, (_, k) => obs[k * m + j]!);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    means[j] = mean;
    outputs[id] = { periodDays: period / 24, sampleEveryDays: step / 24, values, mean };
  });
  return {
    ok: true, periodDays: period / 24, lutealDays: lutealHours / 24, follicularDays: (period - lutealHours) / 24,
    stateAtCycleStart: Float64Array.from(dayOne), stateAtPeak: Float64Array.from(lc.stateAtPeak), stateScale: lc.stateScale,
    outputs, means, search: { days: lc.searchHours / 24, spreadHours: lc.spreadHours, closure: lc.closure },
  };
}
