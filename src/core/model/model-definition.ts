/**
 * The interface every model implements, so the classic Smith (1980) model, the
 * full male HPG model and later modules (female cycle, somatotropic axis) plug
 * in side by side. A model is data (states, outputs, parameters, what it
 * supports) plus one function that turns a validated scenario into an ODE
 * problem the generic solver can integrate.
 */
import type { CriticalEvent, Jacobian, RightHandSide } from '../solver/types';
import type { FlatSystem } from '../solver/fused-dopri5';
import type { AgentId, ConditionId, ModelId, PulseOption } from './ids';
import type { ParameterDefinition, ParameterValues } from './parameter';
import type { Scenario } from '../scenario/types';

/** A state variable of the ODE system. */
export interface StateDefinition {
  readonly id: string;
  readonly label: string;
  /** Unit of the state inside the model (often "relative to baseline"). */
  readonly unit: string;
}

/** A reported output: one CSV column, values relative to the healthy baseline. */
export interface OutputDefinition {
  /** Column name, lower camelCase (e.g. `inhibinB`). */
  readonly id: string;
  /** Display name (e.g. "Inhibin B"). */
  readonly label: string;
  /** Short description for legends and tooltips. */
  readonly description: string;
}

/** An ODE problem ready for the solver, in hours. */
export interface ModelProblem {
  /** Initial state at t = 0 h (the subject's pre-treatment steady state). */
  readonly y0: Float64Array;
  /** Names of all states of this problem (the model's, then any agent states), for error messages. */
  readonly stateNames: readonly string[];
  readonly rhs: RightHandSide;
  /** Dose jumps and input switches. */
  readonly events: readonly CriticalEvent[];
  /**
   * Writes the outputs (relative to the healthy untreated baseline, same order
   * as `outputs`) for state `y` at time `tHours` into `out`. Called during the
   * integration, in time order, so inputs switched by events are as they were
   * at `tHours` (see IntegrateOptions.observe).
   */
  readonly readOutputs: (tHours: number, y: Float64Array, out: Float64Array) => void;
  /** Suggested solver settings for this problem. */
  readonly solver: { readonly method: 'dopri5' | 'rosenbrock'; readonly rtol: number; readonly atol: number; readonly maxStep?: number };
  /** The subject's pre-treatment outputs relative to the healthy baseline (metadata). */
  readonly subjectBaseline: Readonly<Record<string, number>>;
  /**
   * The same system as generated flat code (compiled models): `simulate` integrates it
   * with the fused DOPRI5 path, declared switches as state events, outputs inline.
   */
  readonly flat?: FlatSystem;
  /** Analytic Jacobian ∂f/∂y (compiled models), switch branches from the state. */
  readonly jacobian?: Jacobian;
}

/** A model that scenarios can name. */
export interface ModelDefinition {
  readonly id: ModelId;
  readonly name: string;
  readonly description: string;
  readonly states: readonly StateDefinition[];
  readonly outputs: readonly OutputDefinition[];
  readonly parameters: readonly ParameterDefinition[];
  readonly agents: readonly AgentId[];
  readonly conditions: readonly ConditionId[];
  /**
   * Its explicit-pulse mode, if it has one: the scenario option that turns it on
   * and the largest simulated window it allows, days (undefined: no pulse option).
   */
  readonly pulseMode?: { readonly option: PulseOption; readonly maxWindowDays: number };
  /**
   * What 1 means in the outputs: the healthy untreated steady state, an analytic
   * equilibrium, or (a model whose baseline is a rhythm) each output's mean over
   * the healthy reference cycle.
   */
  readonly baseline: 'steady-state' | 'equilibrium' | 'cycle-mean';
  /** Builds the ODE problem for a validated scenario. */
  buildProblem(scenario: Scenario): ModelProblem;
  /**
   * Hours of the agent's reference infusion (dose 1) that deliver one reference bolus, so
   * a bolus of dose d every I hours averages an infusion of dose d·H/I (analyses use this
   * to hold agents constant).
   */
  equivalentInfusionHours(agent: AgentId, values: ParameterValues): number;
}
