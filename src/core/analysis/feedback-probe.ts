/**
 * The male HPG model's feedback terms (../model/male-hpg/feedback-terms.ts)
 * along a run, at chosen days. `simulate` reports outputs, not the states and
 * agent signals the terms need, so this rebuilds the run: the model's own
 * problem (buildProblem) is integrated to the requested days, and beside it
 * a mirror of the problem's internals — coefficients, subject factors and one
 * instance per agent, bound to the same state offsets — receives the same
 * events (doses and infusion switches, condition onsets). At each requested
 * day the observe callback of `integrate` hands over the exact state, from
 * which the mirror computes the agents' signals and the terms.
 *
 * The integration runs to the end of the scenario, like `simulate`, so that
 * it takes the same steps and the terms agree with the plotted outputs.
 *
 * Doses applied to the mirror act on a scratch vector: the real state is the
 * integrator's; the mirror only keeps what agents hold outside the state
 * (running infusion rates, gonadorelin's closed-form load).
 */
import type { Scenario } from '../scenario/types';
import type { AgentId } from '../model/ids';
import type { CriticalEvent } from '../solver/types';
import { AGENT_MODULES } from '../agents';
import { clearSignals, emptySignals, type AgentInstance } from '../agents/agent-module';
import { resolveParameters } from '../model/parameter';
import { regimenEvents } from '../model/regimen-events';
import { conditionId, conditionOnsetDay } from '../scenario/regimen-schedule';
import { integrate } from '../solver/integrate';
import { MALE_HPG, MALE_HPG_PARAMETERS, nominalBaseline, subjectSteadyState } from '../model/male-hpg/model';
import { axisCoefficients, type AxisCoefficients } from '../model/male-hpg/coefficients';
import { applyCondition, healthySubject, scenarioSubject } from '../model/male-hpg/subject';
import { pulseNormalization } from '../model/male-hpg/pulse-mode';
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
    const values = resolveParameters(MALE_HPG_PARAMETERS, scenario.parameters);
    const problem = MALE_HPG.buildProblem(scenario);
    const pulsed = scenario.options?.gnrhPulses === true;
    const averaged = axisCoefficients(values);
    const k: AxisCoefficients = pulsed ? { ...averaged, ...pulseNormalization(averaged) } : averaged;

    // Mirror of the subject: day-0 conditions now, later ones as events.
    const subject = scenarioSubject(values);
    const mirror: CriticalEvent[] = [];
    for (const entry of scenario.subject.conditions) {
      const onset = conditionOnsetDay(entry);
      if (onset === 0) applyCondition(subject, conditionId(entry), values);
      else mirror.push({ time: onset * 24, apply: () => applyCondition(subject, conditionId(entry), values) });
    }
    // Mirror of the agents, at the offsets the problem gave their states.
    const scratch = new Float64Array(problem.y0.length);
    const agents = new Map<AgentId, AgentInstance>();
    for (const regimen of scenario.regimens) {
      if (agents.has(regimen.agent)) continue;
      const module = AGENT_MODULES[regimen.agent];
      const first = module.states[0];
      const offset = first === undefined ? 0 : problem.stateNames.indexOf(first.id);
      if (offset < 0) throw new Error(`no states of ${regimen.agent} in the problem`);
      agents.set(regimen.agent, module.create(offset, values));
    }
    for (const regimen of scenario.regimens) {
      const agent = agents.get(regimen.agent)!;
      mirror.push(...regimenEvents(regimen, scenario.days, {
        bolus: (_y, dose, t) => agent.bolus(scratch, dose, t),
        setInfusion: (delta, t) => agent.setInfusion(delta, t, scratch),
      }));
    }

    const order = days.map((day, i) => ({ day: Math.min(scenario.days, Math.max(0, day)), i })).sort((a, b) => a.day - b.day);
    const times = order.map((o) => o.day * 24);
    const signals = emptySignals();
    const found: FeedbackTerms[] = [];
    // To the end of the scenario, as simulate() does, so the steps (and so the values) are the chart's.
    integrate(problem.rhs, problem.y0, 0, scenario.days * 24, {
      method: problem.solver.method,
      rtol: problem.solver.rtol,
      atol: problem.solver.atol,
      maxStep: problem.solver.maxStep,
      maxSteps: 2_000_000,
      outputTimes: times,
      events: [...problem.events, ...mirror],
      stateNames: problem.stateNames,
      observe: (t, y) => {
        clearSignals(signals);
        for (const agent of agents.values()) agent.addSignals(t, y, signals);
        found.push(feedbackTerms(k, subject, signals, y, pulsed));
      },
    });
    const points = new Array<FeedbackPoint>(days.length);
    order.forEach((o, j) => { points[o.i] = { day: o.day, terms: found[j]! }; });
    return { ok: true, baseline: healthyFeedbackTerms(scenario.parameters), points };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
