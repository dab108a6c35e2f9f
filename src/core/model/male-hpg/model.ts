/**
 * The male HPG model: hypothalamus (GnRH) → pituitary (LH, FSH) → testes
 * (testosterone, inhibin B, sperm production) → feedback, with aromatization
 * to estradiol, every agent of src/core/agents and five subject conditions.
 * Equations: ./equations.ts and docs/model.md.
 *
 * Baseline is computed, not assumed: the healthy steady state is found
 * numerically (src/core/analysis/steady-state.ts) and every output is divided
 * by it. A subject with day-0 conditions starts at its own steady state; a
 * condition with an onset day switches on at that day as an event.
 */
import type { ModelDefinition, ModelProblem } from '../model-definition';
import type { Scenario } from '../../scenario/types';
import type { CriticalEvent, RightHandSide } from '../../solver/types';
import type { AgentId } from '../ids';
import { resolveParameters, type ParameterDefinition } from '../parameter';
import { conditionId, conditionOnsetDay } from '../../scenario/regimen-schedule';
import { regimenEvents } from '../regimen-events';
import { AGENT_MODULES } from '../../agents';
import { clearSignals, emptySignals, type AgentInstance, type AgentSignals } from '../../agents/agent-module';
import { findSteadyState } from '../../analysis/steady-state';
import { NoSteadyStateError } from '../no-steady-state-error';
import { AXIS_PARAMETERS } from './parameters';
import { AXIS_DIMENSION, AXIS_STATES, PULSED, PULSED_STATES, S } from './states';
import { axisCoefficients, type AxisCoefficients } from './coefficients';
import { axisDerivatives, axisQuantities, emptyQuantities, gnrhTarget } from './equations';
import { rawOutputs } from './outputs';
import { applyCondition, healthySubject, scenarioSubject, type SubjectFactors } from './subject';
import { MALE_HPG_OUTPUTS } from './outputs';
import { pulseNormalization } from './pulse-mode';
import { feedbackTerms, type FeedbackTerms } from './feedback-terms';

/** Longest window for explicit GnRH pulses, days. */
export const MAX_PULSE_WINDOW_DAYS = 31;

const AGENT_ORDER = Object.keys(AGENT_MODULES) as AgentId[];

/** Every parameter of the model: the axis, then each agent's. */
export const MALE_HPG_PARAMETERS: readonly ParameterDefinition[] = [
  ...AXIS_PARAMETERS,
  ...AGENT_ORDER.flatMap((id) => AGENT_MODULES[id].parameters),
];

/** The analytic healthy baseline the design normalizes to (the numerical search starts here). */
export function nominalBaseline(k: AxisCoefficients): Float64Array {
  const y = new Float64Array(AXIS_DIMENSION).fill(1);
  y[S.Dz] = k.Dz0;
  y[S.Rn] = k.Rn0;
  y[S.Ld] = k.Ld0;
  return y;
}

/** Axis right-hand side without agents, for steady states. */
export function untreatedRhs(k: AxisCoefficients, f: SubjectFactors): RightHandSide {
  const none = emptySignals();
  const q = emptyQuantities();
  return (_t, y, dydt) => axisDerivatives(k, f, none, y, dydt, false, q);
}

/** Raw outputs of an untreated, pulse-averaged state. */
function untreatedOutputs(k: AxisCoefficients, f: SubjectFactors, y: Float64Array): Float64Array {
  const q = emptyQuantities();
  axisQuantities(k, f, emptySignals(), y, false, q);
  const out = new Float64Array(MALE_HPG_OUTPUTS.length);
  rawOutputs(y, q, out);
  return out;
}

/** Steady state of the untreated axis for subject factors f, from the healthy baseline. Throws NoSteadyStateError. */
export function subjectSteadyState(k: AxisCoefficients, f: SubjectFactors, from: Float64Array, subject: NoSteadyStateError['subject'] = 'subject'): Float64Array {
  const result = findSteadyState(untreatedRhs(k, f), from);
  if (!result.converged) throw new NoSteadyStateError(subject, result.residual);
  return result.y;
}

/** The male model's problem, plus its feedback terms at a state (for the why-view). */
export interface MaleHpgProblem extends ModelProblem {
  /**
   * The feedback terms at time t for state y, with the agents' signals and the
   * subject's condition factors as they are now: call it during the integration
   * (an `observe` callback), like readOutputs.
   */
  readonly feedbackTermsAt: (t: number, y: Float64Array) => FeedbackTerms;
}

/** Builds the ODE problem of a validated male-hpg scenario. */
export function buildMaleHpgProblem(scenario: Scenario): MaleHpgProblem {
  const values = resolveParameters(MALE_HPG_PARAMETERS, scenario.parameters);
  const averaged = axisCoefficients(values);
  const pulsed = scenario.options?.gnrhPulses === true;
  const healthy = subjectSteadyState(averaged, healthySubject(), nominalBaseline(averaged), 'healthy baseline');
  const healthyOutputs = untreatedOutputs(averaged, healthySubject(), healthy);

  // Subject: day-0 conditions set the starting steady state; later onsets become events.
  const subject = scenarioSubject(values);
  const events: CriticalEvent[] = [];
  for (const entry of scenario.subject.conditions) {
    const onset = conditionOnsetDay(entry);
    const id = conditionId(entry);
    if (onset === 0) applyCondition(subject, id, values);
    else events.push({ time: onset * 24, apply: () => applyCondition(subject, id, values) });
  }
  const start = subjectSteadyState(averaged, subject, healthy);
  const startOutputs = untreatedOutputs(averaged, subject, start);

  // Pulsed GnRH uses its own receptor normalization (see pulse-mode.ts) and one more state.
  const k: AxisCoefficients = pulsed ? { ...averaged, ...pulseNormalization(averaged) } : averaged;
  let dimension = AXIS_DIMENSION + (pulsed ? PULSED_STATES.length : 0);
  const stateNames = [...AXIS_STATES, ...(pulsed ? PULSED_STATES : [])].map((s) => s.id);

  // Agents present get a block of states each, after the axis.
  const agents: AgentInstance[] = [];
  const byId = new Map<AgentId, AgentInstance>();
  for (const id of AGENT_ORDER) {
    if (!scenario.regimens.some((r) => r.agent === id)) continue;
    const module = AGENT_MODULES[id];
    const instance = module.create(dimension, values);
    dimension += module.states.length;
    stateNames.push(...module.states.map((s) => s.id));
    agents.push(instance);
    byId.set(id, instance);
  }
  for (const regimen of scenario.regimens) {
    // An agent instance is exactly what a regimen needs: a bolus and an infusion switch.
    events.push(...regimenEvents(regimen, scenario.days, byId.get(regimen.agent)!));
  }

  const signals: AgentSignals = emptySignals();
  const collectSignals = (t: number, y: Float64Array): void => {
    clearSignals(signals);
    for (let i = 0; i < agents.length; i++) agents[i]!.addSignals(t, y, signals);
  };
  const quantities = emptyQuantities();
  const rhs: RightHandSide = (t, y, dydt) => {
    collectSignals(t, y);
    axisDerivatives(k, subject, signals, y, dydt, pulsed, quantities);
    for (let i = 0; i < agents.length; i++) agents[i]!.derivatives(t, y, dydt);
  };

  const y0 = new Float64Array(dimension);
  y0.set(start);
  if (pulsed) {
    // Receptors start at their pulse-mode baseline, LH and T at their averaged values;
    // the first pulse fires at t = 0.
    y0[S.Dz] = k.Dz0;
    y0[S.Rn] = k.Rn0;
    y0[PULSED.L] = startOutputs[1]!;
    y0[PULSED.T] = startOutputs[3]!;
    const interval = k.pulseInterval;
    const amplitude = k.kPortal * interval;
    for (let n = 0; n * interval < scenario.days * 24; n++) {
      events.push({
        time: n * interval,
        apply: (y) => { y[PULSED.G] = y[PULSED.G]! + gnrhTarget(k, subject, y) * amplitude; },
      });
    }
  }

  const subjectBaseline: Record<string, number> = {};
  MALE_HPG_OUTPUTS.forEach((o, j) => { subjectBaseline[o.id] = startOutputs[j]! / healthyOutputs[j]!; });
  const raw = new Float64Array(MALE_HPG_OUTPUTS.length);

  return {
    y0,
    stateNames,
    rhs,
    events,
    readOutputs: (t, y, out) => {
      collectSignals(t, y);
      axisQuantities(k, subject, signals, y, pulsed, quantities);
      rawOutputs(y, quantities, raw);
      for (let j = 0; j < raw.length; j++) {
        const v = raw[j]! / healthyOutputs[j]!;
        out[j] = v > 0 ? v : 0;
      }
    },
    // rtol 1e-4 keeps outputs within ~0.1% of a tight-tolerance run (the benchmark prints
    // the error, tests/core/model/male-hpg.test.ts checks it).
    solver: { method: 'dopri5', rtol: 1e-4, atol: 1e-6 },
    subjectBaseline,
    feedbackTermsAt: (t, y) => {
      collectSignals(t, y);
      return feedbackTerms(k, subject, signals, y, pulsed);
    },
  };
}

/** The full model of the male axis. */
export const MALE_HPG: ModelDefinition = {
  id: 'male-hpg',
  name: 'Male HPG axis',
  description:
    'GnRH, LH, FSH, testosterone, estradiol, inhibin B, intratesticular testosterone, Leydig capacity and sperm ' +
    'production, with androgen, estrogen and inhibin feedback, receptor desensitization and every agent.',
  states: AXIS_STATES,
  outputs: MALE_HPG_OUTPUTS,
  parameters: MALE_HPG_PARAMETERS,
  agents: AGENT_ORDER,
  conditions: ['orchiectomy', 'gnrh-deficiency', 'primary-hypogonadism', 'obesity', 'aging'],
  maxPulseWindowDays: MAX_PULSE_WINDOW_DAYS,
  buildProblem: buildMaleHpgProblem,
  equivalentInfusionHours: (agent, values) => AGENT_MODULES[agent].equivalentInfusionHours(values),
};
