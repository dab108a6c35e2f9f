/**
 * A ModelDefinition (what scenarios, the app and the analyses see) from a
 * compiled model: its metadata from the definition, its problems from
 * ./compiled-problem.ts. Every model of the registry is one of these.
 */
import type { ModelDefinition } from './model-definition';
import type { CompiledModel } from './compiled-model';
import type { AgentId, ConditionId } from './ids';
import { buildCompiledProblem, constantsFor } from './compiled-problem';

/** The model definition of a compiled model. */
export function compiledDefinition(model: CompiledModel): ModelDefinition {
  const { source, layout } = model;
  return {
    id: source.id,
    name: source.name,
    description: source.description,
    states: Object.entries(source.states).map(([id, s]) => ({ id, label: s.label, unit: s.unit })),
    outputs: source.outputs.map(({ id, label, description }) => ({ id, label, description })),
    parameters: source.parameters,
    agents: layout.agents.map((a) => a.id as AgentId),
    conditions: Object.keys(source.conditions) as ConditionId[],
    ...(source.pulseMode ? { pulseMode: { option: source.pulseMode.option, maxWindowDays: source.pulseMode.maxWindowDays } } : {}),
    baseline: source.start === 'limit-cycle' ? 'cycle-mean' : source.start === 'steady-state' ? 'steady-state' : 'equilibrium',
    buildProblem: (scenario) => buildCompiledProblem(model, scenario),
    equivalentInfusionHours: (agent, values) => {
      const c = constantsFor(model, values);
      const table = new Float64Array(layout.agents.reduce((n, a) => n + a.bolus.length + a.inputs.length + 1, 0));
      model.doses(c, table);
      let at = 0;
      for (const a of layout.agents) {
        at += a.bolus.length + a.inputs.length + 1;
        if (a.id === agent) return table[at - 1]!;
      }
      throw new Error(`agent ${agent} is not part of ${source.id}`);
    },
  };
}
