/**
 * Helpers for model checks: build male-hpg scenarios tersely, run them, and
 * read trajectories (relative to the healthy baseline) at days or over windows.
 */
import { simulate, type SimulationResult } from '../../src/core/simulate';
import { assertValidScenario } from '../../src/core/scenario/validate';
import { MODELS } from '../../src/core/model/registry';
import type { ConditionEntry, Regimen, Scenario } from '../../src/core/scenario/types';

/** One measured number of a check and its expected range (inclusive). */
export interface Measurement {
  readonly what: string;
  readonly actual: number;
  readonly min?: number;
  readonly max?: number;
  /** Where the checked range departs from the source's, and why (shown in docs/validation.md). */
  readonly note?: string;
}

/** A plain-language model check: a scenario, what should happen, and where that comes from. */
export interface ModelCheck {
  readonly id: string;
  readonly title: string;
  /** What the literature shows, in a sentence. */
  readonly expectation: string;
  readonly source: string;
  run(): Measurement[];
}

/** Short regimen constructor (bolus unless `mode` says otherwise). */
export function regimen(agent: Regimen['agent'], dose: number, schedule: Partial<Regimen>): Regimen {
  return { agent, dose, mode: 'bolus', fromDay: 0, ...schedule };
}

let overrides: Readonly<Record<string, number>> = {};

/**
 * Runs `body` with parameter values that every run() inside it uses (a row's
 * own parameters still win). For scripts/row-sensitivity.ts, which reruns the
 * validation table one parameter at a time; the checks themselves never set it.
 */
export function withParameterOverrides<T>(values: Readonly<Record<string, number>>, body: () => T): T {
  const saved = overrides;
  overrides = values;
  try {
    return body();
  } finally {
    overrides = saved;
  }
}

/** Runs a male-hpg scenario (validated like a file). */
export function run(
  days: number,
  regimens: Regimen[] = [],
  conditions: ConditionEntry[] = [],
  extra: Partial<Scenario> = {},
): SimulationResult {
  const scenario = assertValidScenario(
    { format: 'gonadostat-scenario/1', name: 'model check', model: 'male-hpg', days, subject: { conditions }, regimens, output: { everyHours: 2 }, ...extra, parameters: { ...overrides, ...(extra.parameters ?? {}) } },
    (id) => MODELS[id],
  );
  return simulate(scenario);
}

function index(r: SimulationResult, day: number): number {
  let k = 0;
  while (k < r.days.length - 1 && r.days[k]! < day - 1e-9) k++;
  return k;
}

/** The subject's pre-treatment value of output `id` (its own steady state, × healthy baseline). */
export function pre(r: SimulationResult, id: string): number {
  return r.subjectBaseline[id]!;
}

/** Value of output `id` on `day`. */
export function at(r: SimulationResult, id: string, day: number): number {
  return r.series[id]![index(r, day)]!;
}

/** Mean of output `id` over [from, to] days (sample mean, output grid). */
export function mean(r: SimulationResult, id: string, from: number, to: number): number {
  let sum = 0;
  let n = 0;
  for (let k = index(r, from); k <= index(r, to); k++) { sum += r.series[id]![k]!; n++; }
  return sum / n;
}

/** Largest value of `id` over [from, to]. */
export function max(r: SimulationResult, id: string, from: number, to: number): number {
  let m = -Infinity;
  for (let k = index(r, from); k <= index(r, to); k++) m = Math.max(m, r.series[id]![k]!);
  return m;
}

/** Smallest value of `id` over [from, to]. */
export function min(r: SimulationResult, id: string, from: number, to: number): number {
  let m = Infinity;
  for (let k = index(r, from); k <= index(r, to); k++) m = Math.min(m, r.series[id]![k]!);
  return m;
}

/** Day at which `id` is largest over [from, to]. */
export function dayOfMax(r: SimulationResult, id: string, from: number, to: number): number {
  let best = index(r, from);
  for (let k = best; k <= index(r, to); k++) if (r.series[id]![k]! > r.series[id]![best]!) best = k;
  return r.days[best]!;
}

/** First day ≥ from on which `id` is below `level` (Infinity if never). */
export function firstDayBelow(r: SimulationResult, id: string, level: number, from = 0): number {
  for (let k = index(r, from); k < r.days.length; k++) if (r.series[id]![k]! < level) return r.days[k]!;
  return Infinity;
}

/** First day ≥ from on which `id` is at or above `level` (Infinity if never). */
export function firstDayAtOrAbove(r: SimulationResult, id: string, level: number, from = 0): number {
  for (let k = index(r, from); k < r.days.length; k++) if (r.series[id]![k]! >= level) return r.days[k]!;
  return Infinity;
}

/** Measurement helper. */
export function expectRange(what: string, actual: number, range: { min?: number; max?: number; note?: string }): Measurement {
  return { what, actual, ...range };
}

/** True when the measurement lies in its range. */
export function withinRange(m: Measurement): boolean {
  return Number.isFinite(m.actual) && (m.min === undefined || m.actual >= m.min) && (m.max === undefined || m.actual <= m.max);
}
