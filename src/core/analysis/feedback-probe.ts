/**
 * The male HPG model's feedback terms (../model/male-hpg/feedback-terms.ts)
 * along a run, at chosen days. `simulate` reports outputs, not the states and
 * agent signals the terms need, so this integrates the model's own problem
 * (buildMaleHpgProblem) and, at each requested day, asks the problem for its
 * terms from the `observe` callback of `integrate`, where the agents' signals
 * and the subject's condition factors are those in force then.
 *
 * The integration runs to the end of the scenario, like `simulate`, so that
 * it takes the same steps and the terms agree with the plotted outputs.
 */
import type { Scenario } from '../scenario/types';
import { emptySignals } from '../agents/agent-module';
import { resolveParameters } from '../model/parameter';
import { integrate } from '../solver/integrate';
import { MALE_HPG_PARAMETERS, buildMaleHpgProblem, nominalBaseline, subjectSteadyState } from '../model/male-hpg/model';
import { axisCoefficients } from '../model/male-hpg/coefficients';
import { healthySubject } from '../model/male-hpg/subject';
import { feedbackTerms, type FeedbackTerms } from '../model/male-hpg/feedback-terms';

/** The terms on one day. */
export interface FeedbackPoint {
  readonly day: number;
  readonly terms: FeedbackTerms;
}

/** Terms at the requested days and at the healthy baseline, or why they could not be computed. */
export type FeedbackProbe =
  | { readonly ok: true; readonly baseline: FeedbackTerms; readonly points: readonly FeedbackPoint[] }
  | { readonly ok: false; readonly message: string };

/** The feedback terms of the healthy, untreated man at his steady state (the reference of every comparison). */
export function healthyFeedbackTerms(parameters: Readonly<Record<string, number>>): FeedbackTerms {
  const k = axisCoefficients(resolveParameters(MALE_HPG_PARAMETERS, parameters));
  const healthy = subjectSteadyState(k, healthySubject(), nominalBaseline(k));
  return feedbackTerms(k, healthySubject(), emptySignals(), healthy, false);
}

/**
 * Feedback terms of a male-hpg scenario at `days` (each within [0, scenario.days]; any order).
 * Never throws: a failed run or another model gives { ok: false }.
 */
export function probeFeedback(scenario: Scenario, days: readonly number[]): FeedbackProbe {
  if (scenario.model !== 'male-hpg') {
    return { ok: false, message: `the feedback breakdown needs the full model (male-hpg); '${scenario.model}' has one feedback path` };
  }
  try {
    const problem = buildMaleHpgProblem(scenario);
    const order = days.map((day, i) => ({ day: Math.min(scenario.days, Math.max(0, day)), i })).sort((a, b) => a.day - b.day);
    const times = order.map((o) => o.day * 24);
    const found: FeedbackTerms[] = [];
    // To the end of the scenario, as simulate() does, so the steps (and so the values) are the chart's.
    integrate(problem.rhs, problem.y0, 0, scenario.days * 24, {
      method: problem.solver.method,
      rtol: problem.solver.rtol,
      atol: problem.solver.atol,
      maxStep: problem.solver.maxStep,
      maxSteps: 2_000_000,
      outputTimes: times,
      events: problem.events,
      stateNames: problem.stateNames,
      observe: (t, y) => { found.push(problem.feedbackTermsAt(t, y)); },
    });
    const points = new Array<FeedbackPoint>(days.length);
    order.forEach((o, j) => { points[o.i] = { day: o.day, terms: found[j]! }; });
    return { ok: true, baseline: healthyFeedbackTerms(scenario.parameters), points };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
