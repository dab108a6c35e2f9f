/**
 * Edits a user makes to a scenario, as pure functions that return a candidate
 * (not yet validated) scenario. The store validates every candidate with
 * `parseScenario` before it replaces the last good scenario, so these may
 * produce out-of-range values: the validator names them.
 */
import { AGENT_INFO, agentReference } from '../core/agents/agent-info';
import type { AgentId, ConditionId, ModelId } from '../core/model/ids';
import { getModel } from '../core/model/registry';
import { conditionId } from '../core/scenario/regimen-schedule';
import { SCENARIO_LIMITS } from '../core/scenario/limits';
import type { Regimen, RegimenMode, Scenario } from '../core/scenario/types';
import { fitName } from './scenario-title';

/** A change to one regimen. `untilDay: null` removes the end day (runs to the end of the simulation). */
export interface RegimenPatch {
  readonly dose?: number;
  readonly mode?: RegimenMode;
  readonly everyDays?: number;
  readonly everyHours?: number;
  readonly fromDay?: number;
  readonly untilDay?: number | null;
}

/** The regimen an agent's toggle switches on in a model: its reference regimen there, at dose 1 from day 0. */
export function referenceRegimen(agent: AgentId, model: ModelId): Regimen {
  const ref = agentReference(agent, model);
  const base = { agent, dose: 1, mode: ref.mode, fromDay: 0 };
  if (ref.mode === 'infusion') return base;
  if (ref.everyHours !== undefined) return { ...base, everyHours: ref.everyHours };
  return { ...base, everyDays: ref.everyDays ?? 1 };
}

/** True when the scenario gives this agent. */
export function hasAgent(scenario: Scenario, agent: AgentId): boolean {
  return scenario.regimens.some((r) => r.agent === agent);
}

/** Switches an agent on (adds its reference regimen) or off (removes all its regimens). */
export function withAgent(scenario: Scenario, agent: AgentId, on: boolean): Scenario {
  if (on === hasAgent(scenario, agent)) return scenario;
  const regimens = on ? [...scenario.regimens, referenceRegimen(agent, scenario.model)] : scenario.regimens.filter((r) => r.agent !== agent);
  return { ...scenario, regimens };
}

/** Adds one more regimen of an agent (e.g. a second course). */
export function withExtraRegimen(scenario: Scenario, agent: AgentId): Scenario {
  return { ...scenario, regimens: [...scenario.regimens, referenceRegimen(agent, scenario.model)] };
}

/** Removes the regimen at `index`. */
export function withoutRegimen(scenario: Scenario, index: number): Scenario {
  return { ...scenario, regimens: scenario.regimens.filter((_, i) => i !== index) };
}

/**
 * Applies a patch to the regimen at `index`. Switching to an infusion drops
 * the interval; switching to a bolus restores the agent's reference interval;
 * setting one interval unit drops the other.
 */
export function withRegimenPatch(scenario: Scenario, index: number, patch: RegimenPatch): Scenario {
  const old = scenario.regimens[index];
  if (old === undefined) return scenario;
  const next: { -readonly [K in keyof Regimen]?: Regimen[K] } = { ...old };
  if (patch.dose !== undefined) next.dose = patch.dose;
  if (patch.fromDay !== undefined) next.fromDay = patch.fromDay;
  if (patch.untilDay === null) delete next.untilDay;
  else if (patch.untilDay !== undefined) next.untilDay = patch.untilDay;
  if (patch.mode !== undefined && patch.mode !== old.mode) {
    next.mode = patch.mode;
    delete next.everyDays;
    delete next.everyHours;
    if (patch.mode === 'bolus') {
      const ref = referenceRegimen(old.agent, scenario.model);
      if (ref.everyHours !== undefined) next.everyHours = ref.everyHours;
      else next.everyDays = ref.everyDays ?? 1;
    }
  }
  if (patch.everyDays !== undefined) {
    delete next.everyHours;
    next.everyDays = patch.everyDays;
  }
  if (patch.everyHours !== undefined) {
    delete next.everyDays;
    next.everyHours = patch.everyHours;
  }
  return { ...scenario, regimens: scenario.regimens.map((r, i) => (i === index ? (next as Regimen) : r)) };
}

/** Sets the onset day of a present condition (0: present from the start, at the subject's own steady state). */
export function withConditionOnset(scenario: Scenario, id: ConditionId, fromDay: number): Scenario {
  const conditions = scenario.subject.conditions.map((c) => (conditionId(c) !== id ? c : fromDay > 0 ? { id, fromDay } : id));
  return { ...scenario, subject: { conditions } };
}

/**
 * Output spacing with explicit pulses on, h: at most 6 min, so the charts draw
 * each pulse (a GH pulse rises over ~20 min, GHRH clears in minutes).
 */
export const PULSE_OUTPUT_EVERY_HOURS = 0.1;

/**
 * Turns the model's explicit pulses (GnRH pulses, GH pulses) on or off. On,
 * outputs come at least every PULSE_OUTPUT_EVERY_HOURS so the pulses show;
 * off, a spacing that was set for them goes back to `restoreEveryHours` (the
 * spacing before they were turned on, else the default), so a longer run that
 * follows stays within the output-row limit.
 */
export function withExplicitPulses(scenario: Scenario, on: boolean, restoreEveryHours: number = SCENARIO_LIMITS.defaultOutputEveryHours): Scenario {
  const { options: _old, ...rest } = scenario;
  const option = getModel(scenario.model).pulseMode?.option;
  const everyHours = scenario.output.everyHours;
  if (on && option !== undefined) return { ...rest, options: { [option]: true }, output: { everyHours: Math.min(everyHours, PULSE_OUTPUT_EVERY_HOURS) } };
  return everyHours === PULSE_OUTPUT_EVERY_HOURS ? { ...rest, output: { everyHours: restoreEveryHours } } : rest;
}

/** Adds a condition present from day 0, or removes it. */
export function withCondition(scenario: Scenario, id: ConditionId, on: boolean): Scenario {
  const rest = scenario.subject.conditions.filter((c) => conditionId(c) !== id);
  return { ...scenario, subject: { conditions: on ? [...rest, id] : rest } };
}

/** Changes the simulated duration, days. */
export function withDays(scenario: Scenario, days: number): Scenario {
  return { ...scenario, days };
}

/**
 * Switches to another model, keeping the agents, conditions and parameter
 * overrides it supports. Returns the candidate and what was dropped.
 */
export function withModel(scenario: Scenario, modelId: ModelId): { scenario: Scenario; dropped: string[] } {
  if (scenario.model === modelId) return { scenario, dropped: [] };
  const model = getModel(modelId);
  const dropped: string[] = [];
  // A regimen's dose is a multiple of its agent's reference regimen: it moves only where that reference is the same.
  const regimens = scenario.regimens.filter((r) => {
    const name = AGENT_INFO[r.agent].displayName;
    if (!model.agents.includes(r.agent)) return dropped.push(name), false;
    if (agentReference(r.agent, scenario.model) !== agentReference(r.agent, modelId)) return dropped.push(`${name} (another reference dose there)`), false;
    return true;
  });
  const conditions = scenario.subject.conditions.filter((c) => model.conditions.includes(conditionId(c)) || (dropped.push(conditionId(c)), false));
  const known = new Set(model.parameters.map((p) => p.id));
  const parameters = Object.fromEntries(Object.entries(scenario.parameters).filter(([id]) => known.has(id) || (dropped.push(id), false)));
  // Only the new model's own pulse option carries over (GnRH pulses mean nothing to the GH axis).
  const option = model.pulseMode?.option;
  const options = option !== undefined && scenario.options?.[option] === true ? { [option]: true } : undefined;
  // A new scenario of the other axis, named for what it holds: not "Edited from" a preset of the old one.
  const { description: _old, ...rest } = scenario;
  const kept = [...new Set(regimens.map((r) => AGENT_INFO[r.agent].displayName))];
  const name = fitName(kept.length === 0 ? `${model.name}, untreated` : `${model.name}: ${kept.join(' + ')}`);
  return {
    scenario: { ...rest, name, model: modelId, regimens, subject: { conditions }, parameters, options },
    dropped: [...new Set(dropped)],
  };
}
