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
import { AXIS_PARAMETERS } from './parameters';
import { AXIS_DIMENSION, AXIS_STATES, S } from './states';
import { axisCoefficients, type AxisCoefficients } from './coefficients';
import { axisDerivatives, erActivation, gnrhTarget } from './equations';
import { applyCondition, healthySubject, scenarioSubject, type SubjectFactors } from './subject';
import { MALE_HPG_OUTPUTS, OUTPUT_STATE_INDEX } from './outputs';
import { pulseNormalization } from './pulse-mode';

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
  return (_t, y, dydt) => axisDerivatives(k, f, none, y, dydt, false);
}

/** Steady state of the untreated axis for subject factors f, from the healthy baseline. */
export function subjectSteadyState(k: AxisCoefficients, f: SubjectFactors, from: Float64Array): Float64Array {
  const result = findSteadyState(untreatedRhs(k, f), from);
  if (!result.converged) throw new Error(`no steady state found for this subject (residual ${result.residual.toExponential(2)})`);
  return result.y;
}

function buildProblem(scenario: Scenario): ModelProblem {
  const values = resolveParameters(MALE_HPG_PARAMETERS, scenario.parameters);
  const averaged = axisCoefficients(values);
  const pulsed = scenario.options?.gnrhPulses === true;
  const healthy = subjectSteadyState(averaged, healthySubject(), nominalBaseline(averaged));

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

  // Pulsed GnRH uses its own receptor normalization (see pulse-mode.ts).
  const k: AxisCoefficients = pulsed ? { ...averaged, ...pulseNormalization(averaged) } : averaged;

  // Agents present get a block of states each, after the axis.
  const agents: AgentInstance[] = [];
  const byId = new Map<AgentId, AgentInstance>();
  let dimension = AXIS_DIMENSION;
  const stateNames = AXIS_STATES.map((s) => s.id);
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
    const agent = byId.get(regimen.agent)!;
    events.push(...regimenEvents(regimen, scenario.days, {
      bolus: (y, dose, t) => agent.bolus(y, dose, t),
      setInfusion: (delta, t) => agent.setInfusion(delta, t, new Float64Array(0)),
    }));
  }

  const signals: AgentSignals = emptySignals();
  const rhs: RightHandSide = (t, y, dydt) => {
    clearSignals(signals);
    for (let i = 0; i < agents.length; i++) agents[i]!.addSignals(t, y, signals);
    axisDerivatives(k, subject, signals, y, dydt, pulsed);
    for (let i = 0; i < agents.length; i++) agents[i]!.derivatives(t, y, dydt);
  };

  const y0 = new Float64Array(dimension);
  y0.set(start);
  if (pulsed) {
    y0[S.Dz] = k.Dz0;
    y0[S.Rn] = k.Rn0;
    y0[S.G] = 0;
    const interval = k.pulseInterval;
    const amplitude = k.kPortal * interval;
    const pulseSignals = emptySignals();
    for (let n = 0; n * interval < scenario.days * 24; n++) {
      events.push({
        time: n * interval,
        apply: (y, t) => {
          clearSignals(pulseSignals);
          for (const agent of agents) agent.addSignals(t, y, pulseSignals);
          const target = gnrhTarget(k, subject, y[S.T]!, erActivation(y[S.E]!, pulseSignals));
          y[S.G] = y[S.G]! + target * amplitude;
        },
      });
    }
  }

  const baselineOf = (i: number): number => healthy[i]!;
  const subjectBaseline: Record<string, number> = {};
  MALE_HPG_OUTPUTS.forEach((o, j) => {
    const i = OUTPUT_STATE_INDEX[j]!;
    subjectBaseline[o.id] = start[i]! / baselineOf(i);
  });

  return {
    y0,
    stateNames,
    rhs,
    events,
    readOutputs: (_t, y, out) => {
      for (let j = 0; j < OUTPUT_STATE_INDEX.length; j++) {
        const i = OUTPUT_STATE_INDEX[j]!;
        const v = y[i]! / baselineOf(i);
        out[j] = v > 0 ? v : 0;
      }
    },
    solver: pulsed
      ? { method: 'dopri5', rtol: 1e-5, atol: 1e-8 }
      : { method: 'dopri5', rtol: 1e-5, atol: 1e-8 },
    subjectBaseline,
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
  buildProblem,
};
