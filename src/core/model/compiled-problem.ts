/**
 * Turns a compiled model (generated code, see ./compiled-model.ts) and a
 * validated scenario into an ODE problem. The same steps for every model:
 *
 *  1. c: parameters (defaults with the scenario's overrides), then the constants.
 *  2. The healthy baseline: the analytic one (start 'initial'), the numerical
 *     steady state of the untreated healthy man near the states' baselines, or
 *     the reference cycle's day 1 and cycle means (start 'limit-cycle', ./compiled-cycle.ts).
 *  3. The subject: factors from subject knobs; day-0 conditions set the starting
 *     steady state (start 'steady-state') or her own cycle day 1 — or the steady
 *     state her axis settles to without a rhythm (start 'limit-cycle'); later
 *     onsets (or all, for 'initial') are events.
 *  4. Agents present get a block of states after the axis (o[slot] = offset).
 *  5. Regimens become dose events (bolus into a state, infusion inputs switched,
 *     exact compartments re-anchored); the pulse mode adds its pulse events.
 * Outputs are the raw outputs divided by the healthy baseline's, clipped at 0.
 */
import type { ModelProblem } from './model-definition';
import type { CompiledAgentLayout, CompiledMode, CompiledModel } from './compiled-model';
import type { Scenario } from '../scenario/types';
import type { CriticalEvent } from '../solver/types';
import { resolveParameters, type ParameterValues } from './parameter';
import { conditionId, conditionOnsetDay } from '../scenario/regimen-schedule';
import { regimenEvents, type RegimenActions } from './regimen-events';
import { findSteadyState } from '../analysis/steady-state';
import { NoSteadyStateError } from './no-steady-state-error';
import { NoCycleError } from './no-cycle-error';
import { inlineSwitchRhs, setSwitches } from './compiled-switches';
import { referenceCycle } from './compiled-cycle';
import { constantsFor } from './compiled-constants';

export { constantsFor };

export { inlineSwitchRhs } from './compiled-switches';

/** What the fused solver and the analyses need beyond a plain ModelProblem. */
export interface CompiledProblem extends ModelProblem {
  readonly mode: CompiledMode;
  readonly c: Float64Array;
  readonly u: Float64Array;
  readonly o: Int32Array;
  /** Slot in u of the first switch branch, and each switch's sense ('<': on when g < 0). */
  readonly switchSlot: number;
  readonly switchWhen: readonly ('<' | '>')[];
  /** Raw outputs of the healthy baseline (the divisors of every output). */
  readonly healthyOutputs: Float64Array;
  /** The analytic Jacobian (switch branches set from the state, like `rhs`). */
  readonly jacobian: (t: number, y: Float64Array, jac: Float64Array) => void;
  /** Feedback terms in declaration order, then the drive's level and unrestrained level, at (t, y). */
  readonly feedbackAt: (t: number, y: Float64Array) => Float64Array;
}


/** Steady state of the untreated axis with factors u, from `from`. */
function untreatedSteadyState(model: CompiledModel, c: Float64Array, u: Float64Array, from: Float64Array, subject: NoSteadyStateError['subject'] = 'subject'): Float64Array {
  const o = new Int32Array(model.layout.agents.length).fill(-1);
  const result = findSteadyState(inlineSwitchRhs(model, model.averaged, c, u, o), from);
  if (!result.converged) throw new NoSteadyStateError(subject, result.residual);
  return result.y;
}

/** The steady state near `from` where an axis without a rhythm settles, or `from` itself if the search fails. */
function settledState(model: CompiledModel, c: Float64Array, u: Float64Array, from: Float64Array): Float64Array {
  const o = new Int32Array(model.layout.agents.length).fill(-1);
  const result = findSteadyState(inlineSwitchRhs(model, model.averaged, c, u, o), from);
  return result.converged ? result.y : Float64Array.from(from);
}

/** Raw outputs of an untreated averaged state. */
function rawOutputsOf(model: CompiledModel, c: Float64Array, u: Float64Array, y: Float64Array): Float64Array {
  const o = new Int32Array(model.layout.agents.length).fill(-1);
  const out = new Float64Array(model.layout.outputs.length);
  model.averaged.outputs(0, y, c, u, o, out);
  return out;
}

/** The healthy man's baseline state and raw outputs for parameter constants c. */
export function healthyBaseline(model: CompiledModel, c: Float64Array): { state: Float64Array; outputs: Float64Array; factors: Float64Array } {
  const { layout } = model;
  const u = new Float64Array(layout.inputs.length);
  model.healthyFactors(u);
  const all = new Float64Array(layout.states.length + layout.pulseStates.length);
  model.baseline(c, all);
  let state: Float64Array = all.slice(0, layout.states.length);
  if (model.source.start === 'limit-cycle') {
    // A rhythm: start on its cycle day 1; the divisors are the outputs' means over the cycle.
    const reference = referenceCycle(model, c, u);
    if (!reference.ok) throw new NoCycleError(model.source.id, reference.reason);
    return { state: Float64Array.from(reference.stateAtCycleStart), outputs: reference.means, factors: u };
  }
  if (model.source.start === 'steady-state') state = untreatedSteadyState(model, c, u, state, 'healthy baseline');
  return { state, outputs: rawOutputsOf(model, c, u, state), factors: u };
}

/** Declared feedback terms (then the drive's levels) of the healthy man at his baseline. */
export function healthyFeedback(model: CompiledModel, values: ParameterValues): Float64Array {
  const c = constantsFor(model, values);
  const healthy = healthyBaseline(model, c);
  const out = new Float64Array(model.layout.feedback.length + (model.source.feedback.drive ? 2 : 0));
  model.averaged.feedback(0, healthy.state, c, healthy.factors, new Int32Array(model.layout.agents.length).fill(-1), out);
  return out;
}

/** Builds the problem of a validated scenario of `model`. */
export function buildCompiledProblem(model: CompiledModel, scenario: Scenario): CompiledProblem {
  const { layout, source } = model;
  const values = resolveParameters(source.parameters, scenario.parameters);
  const averagedC = constantsFor(model, values);
  const healthy = healthyBaseline(model, averagedC);
  const pulsed = source.pulseMode !== undefined && scenario.options?.[source.pulseMode.option] === true && model.pulsed !== null;

  // Subject.
  const u = new Float64Array(layout.inputs.length);
  model.subjectFactors(averagedC, u);
  const events: CriticalEvent[] = [];
  const steady = source.start === 'steady-state';
  const cyclic = source.start === 'limit-cycle';
  let dayZeroConditions = 0;
  for (const entry of scenario.subject.conditions) {
    const onset = conditionOnsetDay(entry);
    const id = conditionId(entry);
    if (onset === 0 && (steady || cyclic)) {
      model.applyCondition(id, averagedC, u);
      dayZeroConditions++;
    } else events.push({ time: onset * 24, apply: () => model.applyCondition(id, averagedC, u) });
  }
  let start: Float64Array;
  let subjectMeans: Float64Array | null = null;
  if (steady) start = untreatedSteadyState(model, averagedC, u, healthy.state);
  else if (cyclic) {
    if (dayZeroConditions === 0) {
      start = Float64Array.from(healthy.state);
      subjectMeans = healthy.outputs;
    } else {
      // Her own rhythm's cycle day 1, or the steady state her axis settles to when it has none (menopause).
      const own = referenceCycle(model, averagedC, u);
      if (own.ok) {
        start = Float64Array.from(own.stateAtCycleStart);
        subjectMeans = own.means;
      } else start = settledState(model, averagedC, u, own.lastState);
    }
  } else {
    const all = new Float64Array(layout.states.length + layout.pulseStates.length);
    model.baseline(averagedC, all);
    model.initial(averagedC, all);
    start = all.slice(0, layout.states.length);
  }
  const startOutputs = rawOutputsOf(model, averagedC, u, start);

  // Mode, layout of agents, initial state.
  const mode: CompiledMode = pulsed ? model.pulsed! : model.averaged;
  const c = pulsed ? constantsFor(model, values, true) : averagedC;
  let dimension = layout.states.length + (pulsed ? layout.pulseStates.length : 0);
  const stateNames = [...layout.states, ...(pulsed ? layout.pulseStates : [])];
  const o = new Int32Array(layout.agents.length).fill(-1);
  layout.agents.forEach((agent, slot) => {
    if (!scenario.regimens.some((r) => r.agent === agent.id)) return;
    o[slot] = dimension;
    dimension += agent.states.length;
    stateNames.push(...agent.states);
  });
  const y0 = new Float64Array(dimension);
  y0.set(start);
  if (pulsed) model.pulsed!.pulseInitial(c, startOutputs, y0);

  // Doses.
  const table = new Float64Array(layout.agents.reduce((n, a) => n + a.bolus.length + a.inputs.length + 1, 0));
  model.doses(c, table);
  let at = 0;
  const actions = new Map<string, RegimenActions>();
  layout.agents.forEach((agent, slot) => {
    const amounts = table.slice(at, at + agent.bolus.length);
    const rates = table.slice(at + agent.bolus.length, at + agent.bolus.length + agent.inputs.length);
    at += agent.bolus.length + agent.inputs.length + 1;
    const values = new Float64Array(agent.exact.length);
    const reanchor = (t: number): void => {
      // Every value from the old anchors first (a follower reads its leader's), then move them to t.
      agent.exact.forEach((x, j) => { values[j] = exactValueAt(agent.exact, j, c, u, t); });
      agent.exact.forEach((x, j) => { u[x.time + 1] = values[j]!; u[x.time] = t; });
    };
    actions.set(agent.id, {
      bolus: (y, dose, t) => {
        reanchor(t);
        agent.bolus.forEach((target, j) => {
          const i = target.kind === 'agent' ? o[slot]! + target.index : target.kind === 'axis' ? target.index : -1;
          if (i >= 0) y[i] = y[i]! + dose * amounts[j]!;
          else u[target.index + 1] = u[target.index + 1]! + dose * amounts[j]!;
        });
      },
      setInfusion: (deltaDose, t) => {
        reanchor(t);
        agent.inputs.forEach((s, j) => { u[s] = Math.max(0, u[s]! + deltaDose * rates[j]!); });
      },
    });
  });
  // A dose of an agent solved in closed form starts a transient of minutes that the solver does
  // not see coming (it is not a state): the step after it starts at half the fastest time constant.
  const restartSteps = new Map(layout.agents.map((agent) => [agent.id, agent.exact.length === 0 ? undefined : 0.5 / Math.max(...agent.exact.map((x) => c[x.rate]!))]));
  for (const regimen of scenario.regimens) events.push(...regimenEvents(regimen, scenario.days, actions.get(regimen.agent)!, restartSteps.get(regimen.agent)));
  if (pulsed) {
    const pulse = model.pulsed!;
    const interval = pulse.pulseInterval(c);
    for (let n = 0; n * interval < scenario.days * 24; n++) events.push({ time: n * interval, apply: (y, t) => pulse.pulse(t, y, c, u, o) });
  }

  const subjectBaseline: Record<string, number> = {};
  layout.outputs.forEach((id, j) => {
    subjectBaseline[id] = subjectMeans ? subjectMeans[j]! / healthy.outputs[j]! : steady || cyclic ? startOutputs[j]! / healthy.outputs[j]! : 1;
  });
  const raw = new Float64Array(layout.outputs.length);
  const switchWhen = layout.switches.map((s) => s.when);
  const switchSlot = layout.factors.length;
  const g = new Float64Array(switchWhen.length);
  const rhs = inlineSwitchRhs(model, mode, c, u, o);
  const healthyOutputs = healthy.outputs;
  return {
    y0,
    stateNames,
    rhs,
    events,
    readOutputs: (t, y, out) => {
      mode.outputs(t, y, c, u, o, raw);
      for (let j = 0; j < raw.length; j++) {
        const v = raw[j]! / healthyOutputs[j]!;
        out[j] = v > 0 ? v : 0;
      }
    },
    solver: { method: 'dopri5', rtol: source.solver.rtol, atol: source.solver.atol },
    subjectBaseline,
    flat: {
      rhs: mode.rhs, c, u, o, switches: mode.switches, switchWhen, switchSlot, observe: mode.outputs, observationSize: layout.outputs.length, scale: healthyOutputs,
      rhsSwitches: mode.rhsSwitches ?? undefined, switchStates: switchStatesOf(mode, layout, o),
    },
    mode, c, u, o, switchSlot, switchWhen, healthyOutputs,
    jacobian: (t, y, jac) => {
      setSwitches(mode, switchWhen, switchSlot, t, y, c, u, o, g);
      mode.jacobian(t, y, c, u, o, jac);
    },
    feedbackAt: (t, y) => {
      const out = new Float64Array(layout.feedback.length + (source.feedback.drive ? 2 : 0));
      mode.feedback(t, y, c, u, o, out);
      return out;
    },
  };
}

/** Indices in y of what the switch functions read: axis states, and the blocks of the agents present whose signals they read. */
function switchStatesOf(mode: CompiledMode, layout: CompiledModel['layout'], o: Int32Array): Int32Array {
  const indices = [...mode.switchReads.states];
  for (const slot of mode.switchReads.agents) {
    if (o[slot]! < 0) continue;
    for (let j = 0; j < layout.agents[slot]!.states.length; j++) indices.push(o[slot]! + j);
  }
  return Int32Array.from(indices);
}

/** Value at time t of exact compartment j of an agent, from its anchor (see ExactCompartmentSource). */
export function exactValueAt(exact: CompiledAgentLayout['exact'], j: number, c: Float64Array, u: Float64Array, t: number): number {
  const x = exact[j]!;
  const rate = c[x.rate]!;
  const tau = t - u[x.time]!;
  const eX = Math.exp(-rate * tau);
  if (x.follows < 0) {
    const steadyLevel = u[x.input]! / rate;
    return steadyLevel + (u[x.time + 1]! - steadyLevel) * eX;
  }
  const leader = exact[x.follows]!;
  const rs = c[leader.rate]!;
  const steadyLevel = u[leader.input]! / rs;
  const eS = Math.exp(-rs * tau);
  const lag = Math.abs(rate - rs) > 1e-12 * rate ? (rate / (rate - rs)) * (eS - eX) : rate * tau * eX;
  return steadyLevel + (u[leader.time + 1]! - steadyLevel) * lag + (u[x.time + 1]! - steadyLevel) * eX;
}
