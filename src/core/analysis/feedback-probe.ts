/**
 * A model's declared feedback terms (its definition's `feedback`, evaluated by
 * the generated code) along a run, at chosen days, with the outputs there.
 * The problem is integrated like `simulate` (fused DOPRI5, the same steps),
 * and at each requested day the terms are read while the agents' signals and
 * the subject's condition factors are those in force then. Nothing here knows
 * which model it is.
 */
import type { Scenario } from '../scenario/types';
import { getModel } from '../model/registry';
import { resolveParameters } from '../model/parameter';
import { integrateFused } from '../solver/fused-dopri5';
import { compiledModelOf } from '../model/compiled-models';
import { healthyFeedback } from '../model/compiled-problem';
import type { CompiledProblem } from '../model/compiled-problem';

/** The declared terms and the drive's levels at one time (raw model units), with the outputs relative to the healthy baseline. */
export interface FeedbackTerms {
  /** Value of each declared term, by id. */
  readonly values: Readonly<Record<string, number>>;
  /** The drive's level (e.g. pulse-averaged GnRH) and its level without steroid feedback. */
  readonly level: number;
  readonly unrestrained: number;
  /** Outputs relative to the healthy baseline (as `simulate` reports them). */
  readonly outputs: Readonly<Record<string, number>>;
}

/** The terms on one day. */
export interface FeedbackPoint {
  readonly day: number;
  readonly terms: FeedbackTerms;
}

/** Terms at the requested days and at the healthy baseline, or why they could not be computed. */
export type FeedbackProbe =
  | { readonly ok: true; readonly baseline: FeedbackTerms; readonly points: readonly FeedbackPoint[] }
  | { readonly ok: false; readonly message: string };

/** Terms from the generated function's values (declared terms, then level and unrestrained level). */
function termsFrom(ids: readonly string[], values: Float64Array, outputs: Readonly<Record<string, number>>): FeedbackTerms {
  const record: Record<string, number> = {};
  ids.forEach((id, j) => { record[id] = values[j]!; });
  return { values: record, level: values[ids.length] ?? 0, unrestrained: values[ids.length + 1] ?? 0, outputs };
}

/** The feedback terms of the healthy, untreated man at his steady state (the reference of every comparison). */
export function healthyFeedbackTerms(scenario: Scenario): FeedbackTerms {
  const model = compiledModelOf(scenario.model);
  const values = healthyFeedback(model, resolveParameters(model.source.parameters, scenario.parameters));
  return termsFrom(model.layout.feedback, values, Object.fromEntries(model.layout.outputs.map((id) => [id, 1])));
}

/**
 * Feedback terms of a scenario at `days` (each within [0, scenario.days]; any order).
 * Never throws: a failed run, or a model that declares fewer than two terms, gives { ok: false }.
 */
export function probeFeedback(scenario: Scenario, days: readonly number[]): FeedbackProbe {
  const model = compiledModelOf(scenario.model);
  const ids = model.layout.feedback;
  if (ids.length < 2) {
    return { ok: false, message: `'${scenario.model}' declares one feedback path, so there is nothing to break down (the full model, male-hpg, declares ${compiledModelOf('male-hpg').layout.feedback.length})` };
  }
  try {
    const problem = getModel(scenario.model).buildProblem(scenario) as CompiledProblem;
    const order = days.map((day, i) => ({ day: Math.min(scenario.days, Math.max(0, day)), i })).sort((a, b) => a.day - b.day);
    const times = Float64Array.from(order.map((o) => o.day * 24));
    const nOut = model.layout.outputs.length;
    const width = ids.length + 2;
    const flat = problem.flat!;
    const found: FeedbackTerms[] = [];
    const terms = new Float64Array(width);
    const raw = new Float64Array(nOut);
    // To the end of the scenario, as simulate() does, so the steps (and so the values) are the chart's.
    integrateFused({ ...flat, observationSize: 0, observe: (t, y, c, u, o) => {
      problem.mode.feedback(t, y, c, u, o, terms);
      problem.mode.outputs(t, y, c, u, o, raw);
      const outputs: Record<string, number> = {};
      model.layout.outputs.forEach((id, j) => { const v = raw[j]! / problem.healthyOutputs[j]!; outputs[id] = v > 0 ? v : 0; });
      found.push(termsFrom(ids, terms, outputs));
    } }, problem.y0, 0, scenario.days * 24, {
      rtol: problem.solver.rtol, atol: problem.solver.atol, maxSteps: 2_000_000, outputTimes: times, events: problem.events, stateNames: problem.stateNames,
    });
    const points = new Array<FeedbackPoint>(days.length);
    order.forEach((o, j) => { points[o.i] = { day: o.day, terms: found[j]! }; });
    return { ok: true, baseline: healthyFeedbackTerms(scenario), points };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
