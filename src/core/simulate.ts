/**
 * One simulation: a validated scenario in, columns of outputs relative to the
 * healthy baseline out. This is the only place that joins a model to the solver.
 * Time is hours inside, days in the result.
 */
import type { Scenario } from './scenario/types';
import type { SolverMethod, SolverStats } from './solver/types';
import { integrate } from './solver/integrate';
import { integrateFused } from './solver/fused-dopri5';
import { getModel } from './model/registry';
import { resolveParameters } from './model/parameter';

/** The outcome of one run. */
export interface SimulationResult {
  readonly scenario: Scenario;
  /** Output times, days. */
  readonly days: Float64Array;
  /** Output ids in column order (e.g. `gnrh`, `lh`, `testosterone`). */
  readonly outputIds: readonly string[];
  /** One column per output, relative to the healthy untreated baseline (1 = baseline). */
  readonly series: Readonly<Record<string, Float64Array>>;
  /** Parameter values used (defaults with the scenario's overrides). */
  readonly parameters: Readonly<Record<string, number>>;
  /** The subject's pre-treatment outputs relative to the healthy baseline. */
  readonly subjectBaseline: Readonly<Record<string, number>>;
  readonly stats: SolverStats;
}

/** Output times in hours: every `everyHours` from 0, always including the end. */
export function outputTimesHours(days: number, everyHours: number): Float64Array {
  const end = days * 24;
  const n = Math.floor(end / everyHours + 1e-9) + 1;
  const needsEnd = Math.abs((n - 1) * everyHours - end) > 1e-9;
  const times = new Float64Array(needsEnd ? n + 1 : n);
  for (let k = 0; k < n; k++) times[k] = k * everyHours;
  if (needsEnd) times[n] = end;
  return times;
}

/** Solver settings that override the model's suggestion (reference runs, benchmarks). */
export interface SimulateOptions {
  readonly method?: SolverMethod;
  readonly rtol?: number;
  readonly atol?: number;
  /** Attempted-step budget; the run fails with a SolverError beyond it. */
  readonly maxSteps?: number;
}

/** Default attempted-step budget of one simulation: far above any valid scenario's need, yet bounded in time. */
export const DEFAULT_STEP_BUDGET = 2_000_000;

/**
 * Runs a validated scenario. Throws SolverError when the integration fails
 * (step budget, non-finite state); never returns NaN.
 */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): SimulationResult {
  const model = getModel(scenario.model);
  const problem = model.buildProblem(scenario);
  const times = outputTimesHours(scenario.days, scenario.output.everyHours);
  const method = options.method ?? problem.solver.method;
  const rtol = options.rtol ?? problem.solver.rtol;
  const atol = options.atol ?? problem.solver.atol;
  const maxSteps = options.maxSteps ?? DEFAULT_STEP_BUDGET;
  // Compiled models run on the fused DOPRI5 path (switches as state events, outputs inline).
  const result = problem.flat !== undefined && method === 'dopri5' && problem.solver.maxStep === undefined
    ? integrateFused(problem.flat, problem.y0, 0, scenario.days * 24, { rtol, atol, maxSteps, outputTimes: times, events: problem.events, stateNames: problem.stateNames })
    : integrate(problem.rhs, problem.y0, 0, scenario.days * 24, {
        method, rtol, atol, maxSteps,
        maxStep: problem.solver.maxStep,
        outputTimes: times,
        events: problem.events,
        stateNames: problem.stateNames,
        jacobian: problem.jacobian,
        observe: problem.readOutputs,
        observationSize: model.outputs.length,
      });
  const nOut = model.outputs.length;
  const observed = result.observations!;
  const columns = model.outputs.map(() => new Float64Array(times.length));
  for (let k = 0; k < times.length; k++) for (let j = 0; j < nOut; j++) columns[j]![k] = observed[k * nOut + j]!;
  const series: Record<string, Float64Array> = {};
  model.outputs.forEach((o, j) => { series[o.id] = columns[j]!; });
  const days = times.map((t) => t / 24);
  return {
    scenario,
    days,
    outputIds: model.outputs.map((o) => o.id),
    series,
    parameters: resolveParameters(model.parameters, scenario.parameters),
    subjectBaseline: problem.subjectBaseline,
    stats: result.stats,
  };
}
