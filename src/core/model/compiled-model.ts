/**
 * The contract between the model compiler's generated code
 * (src/core/model/<id>/generated/) and the runtime that builds problems from
 * it (./compiled-problem.ts). Every function reads flat arrays and allocates
 * nothing:
 *   y  states: the axis states (fixed indices), then one block per agent present
 *   c  parameters (record order), then constants (declaration order)
 *   u  factors, switch branches (1/0), infusion inputs, exact-compartment anchors (time, value)
 *   o  per agent of the model, the offset of its block in y, or −1 when absent
 */
import type { ModelSource } from './model-source';

type ModeFn = (t: number, y: Float64Array, c: Float64Array, u: Float64Array, o: Int32Array, out: Float64Array) => void;

/** Functions of one mode (averaged, or explicit pulses). */
export interface CompiledMode {
  rhs(t: number, y: Float64Array, dydt: Float64Array, c: Float64Array, u: Float64Array, o: Int32Array): void;
  /** The right-hand side that also writes the switch functions into g (null without switches). */
  readonly rhsSwitches: ((t: number, y: Float64Array, dydt: Float64Array, c: Float64Array, u: Float64Array, o: Int32Array, g: Float64Array) => void) | null;
  /** Raw outputs (before division by the healthy baseline's). */
  readonly outputs: ModeFn;
  /** g = a − b of each declared switch a < b / a > b. */
  readonly switches: ModeFn;
  /** What the switch functions read of y: axis state indices, and agent slots whose whole block they may read. */
  readonly switchReads: { readonly states: readonly number[]; readonly agents: readonly number[] };
  /** Feedback terms in declaration order, then the drive's level and unrestrained level. */
  readonly feedback: ModeFn;
  /** Analytic Jacobian, row-major n·n. */
  readonly jacobian: ModeFn;
}

/** The pulse mode adds its event, its starting values and its interval. */
export interface CompiledPulseMode extends CompiledMode {
  pulse(t: number, y: Float64Array, c: Float64Array, u: Float64Array, o: Int32Array): void;
  pulseInitial(c: Float64Array, rawOutputs: Float64Array, y: Float64Array): void;
  pulseInterval(c: Float64Array): number;
}

/** Where an agent's bolus goes. */
export type BolusTarget =
  | { readonly kind: 'agent'; readonly index: number }
  | { readonly kind: 'axis'; readonly index: number }
  /** An exact compartment: `index` is its anchor-time slot in u (the value follows). */
  | { readonly kind: 'exact'; readonly index: number };

/** Layout of an agent. */
export interface CompiledAgentLayout {
  readonly id: string;
  readonly states: readonly string[];
  readonly bolus: readonly BolusTarget[];
  /** Slots in u of its infusion inputs. */
  readonly inputs: readonly number[];
  /**
   * Its exact compartments: anchor-time slot (value at +1), input slot, rate's index in c, and
   * the position in this list of the compartment it follows (−1: fed by its input).
   */
  readonly exact: ReadonlyArray<{ readonly time: number; readonly input: number; readonly rate: number; readonly follows: number }>;
}

/** Where every symbol lives. */
export interface CompiledLayout {
  readonly constants: readonly string[];
  readonly parameterCount: number;
  /** Parameters that only agents read, with the agents that read each (sweeps skip them when none is given). */
  readonly parameterAgents: Readonly<Record<string, readonly string[]>>;
  readonly inputs: readonly string[];
  readonly factors: readonly string[];
  /** Declared switches: the branch is on when g < 0 ('<') or g > 0 ('>'). */
  readonly switches: ReadonlyArray<{ readonly name: string; readonly when: '<' | '>' }>;
  readonly states: readonly string[];
  readonly pulseStates: readonly string[];
  readonly agents: readonly CompiledAgentLayout[];
  readonly outputs: readonly string[];
  readonly feedback: readonly string[];
}

/** A compiled model. */
export interface CompiledModel {
  readonly source: ModelSource;
  readonly layout: CompiledLayout;
  constants(c: Float64Array): void;
  readonly pulseConstants: ((c: Float64Array) => void) | null;
  baseline(c: Float64Array, y: Float64Array): void;
  initial(c: Float64Array, y: Float64Array): void;
  applyCondition(id: string, c: Float64Array, u: Float64Array): void;
  healthyFactors(u: Float64Array): void;
  subjectFactors(c: Float64Array, u: Float64Array): void;
  /** Per agent: bolus amounts, infusion rates per dose 1, equivalent infusion hours. */
  doses(c: Float64Array, out: Float64Array): void;
  readonly averaged: CompiledMode;
  readonly pulsed: CompiledPulseMode | null;
}
