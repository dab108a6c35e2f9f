/**
 * Builds an agent from a compartment chain and an effect function, which is
 * how every agent but gonadorelin is written. A dose of 1.0 puts
 * `referenceAmount` into the first compartment; an infusion of 1.0 delivers
 * `referenceInfusionRate` per hour (by default the reference amount spread
 * over the reference interval, i.e. the same average exposure).
 */
import type { AgentId } from '../model/ids';
import type { ParameterDefinition, ParameterValues } from '../model/parameter';
import type { StateDefinition } from '../model/model-definition';
import { CompartmentChain } from './compartment-chain';
import type { AgentInstance, AgentModule, AgentSignals } from './agent-module';

/** How a chain agent is described. */
export interface ChainAgentSpec {
  readonly id: AgentId;
  readonly states: readonly StateDefinition[];
  readonly parameters: readonly ParameterDefinition[];
  /** Rate constants of the chain, 1/h (one per state). */
  rates(p: ParameterValues): number[];
  /** Amount given by one reference dose. */
  referenceAmount(p: ParameterValues): number;
  /** Amount per hour of the reference infusion. */
  referenceInfusionRate(p: ParameterValues): number;
  /**
   * Returns the function that adds the agent's action, given its chain. Parameters are
   * read once here, not on every right-hand-side call.
   */
  effect(p: ParameterValues): (chain: CompartmentChain, y: Float64Array, signals: AgentSignals) => void;
}

/** An AgentModule from a spec. */
export function chainAgent(spec: ChainAgentSpec): AgentModule {
  return {
    id: spec.id,
    states: spec.states,
    parameters: spec.parameters,
    create(offset: number, p: ParameterValues): AgentInstance {
      const chain = new CompartmentChain(offset, spec.rates(p));
      const amount = spec.referenceAmount(p);
      const rate = spec.referenceInfusionRate(p);
      const effect = spec.effect(p);
      return {
        id: spec.id,
        derivatives: (_t, y, dydt) => chain.derivatives(y, dydt),
        addSignals: (_t, y, signals) => effect(chain, y, signals),
        bolus: (y, dose) => chain.addBolus(y, dose * amount),
        setInfusion: (deltaDose) => {
          chain.input = Math.max(0, chain.input + deltaDose * rate);
        },
      };
    },
    equivalentInfusionHours: (p) => spec.referenceAmount(p) / spec.referenceInfusionRate(p),
  };
}

/** Reads a parameter that the agent's own record defines. */
export function param(p: ParameterValues, id: string): number {
  const value = p[id];
  if (value === undefined) throw new Error(`missing parameter ${id}`);
  return value;
}
