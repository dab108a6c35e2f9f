/**
 * The interface of an agent in the male HPG model: its own pharmacokinetic
 * states (a compartment chain: depot or absorption → plasma), what one dose
 * does to them, and the signals through which it acts on the axis. Each
 * agent is one file; the model sums the signals of the agents present.
 */
import type { AgentId } from '../model/ids';
import type { ParameterDefinition, ParameterValues } from '../model/parameter';
import type { StateDefinition } from '../model/model-definition';

/**
 * Where agents act, summed over all agents at time t. Each is dimensionless:
 *  androgenRate        exogenous testosterone input, multiple of baseline testicular secretion
 *  gnrhAgonistLoad     GnRH-receptor agonist load (occupancy = load / (1 + total load))
 *  gnrhAntagonistLoad  GnRH-receptor antagonist load (competes for the receptor)
 *  erAntagonistLoad    estrogen-receptor antagonist load at hypothalamus and pituitary
 *  erAgonistActivity   estrogen-receptor activation supplied by partial agonists (zuclomiphene)
 *  aromataseInhibition fraction of aromatase activity blocked (0–1)
 *  lhReceptorSignal    LH-receptor stimulation by hCG, in units of baseline LH
 */
export interface AgentSignals {
  androgenRate: number;
  gnrhAgonistLoad: number;
  gnrhAntagonistLoad: number;
  erAntagonistLoad: number;
  erAgonistActivity: number;
  aromataseInhibition: number;
  lhReceptorSignal: number;
}

/** Fresh zeroed signals. */
export function emptySignals(): AgentSignals {
  return { androgenRate: 0, gnrhAgonistLoad: 0, gnrhAntagonistLoad: 0, erAntagonistLoad: 0, erAgonistActivity: 0, aromataseInhibition: 0, lhReceptorSignal: 0 };
}

/** Resets signals in place (no allocation in the right-hand side). */
export function clearSignals(s: AgentSignals): void {
  s.androgenRate = 0;
  s.gnrhAgonistLoad = 0;
  s.gnrhAntagonistLoad = 0;
  s.erAntagonistLoad = 0;
  s.erAgonistActivity = 0;
  s.aromataseInhibition = 0;
  s.lhReceptorSignal = 0;
}

/** An agent bound to a problem: its states sit at y[offset …]. */
export interface AgentInstance {
  readonly id: AgentId;
  /** Writes the derivatives of its own states. */
  derivatives(t: number, y: Float64Array, dydt: Float64Array): void;
  /** Adds its action at time t to `signals`. */
  addSignals(t: number, y: Float64Array, signals: AgentSignals): void;
  /** One bolus of `dose` (multiple of the reference) at time t. */
  bolus(y: Float64Array, dose: number, t: number): void;
  /** Changes the running infusion by `deltaDose` (multiple of the reference rate) at time t. */
  setInfusion(deltaDose: number, t: number): void;
}

/** An agent's definition: parameters and a factory. */
export interface AgentModule {
  readonly id: AgentId;
  /** Its pharmacokinetic states (may be empty when kinetics are solved in closed form). */
  readonly states: readonly StateDefinition[];
  /** Its parameters (ids unique across the model). */
  readonly parameters: readonly ParameterDefinition[];
  /** Binds the agent to state offset `offset` with resolved parameter values. */
  create(offset: number, p: ParameterValues): AgentInstance;
  /**
   * Hours of the reference infusion (dose 1) that deliver as much as one reference
   * bolus (dose 1). A bolus regimen of dose d every I hours is, on average, an
   * infusion of dose d·H/I: this is how analyses hold agents constant.
   */
  equivalentInfusionHours(p: ParameterValues): number;
}

/** ln 2 / half-life: the first-order rate constant of a half-life. */
export function rateFromHalfLife(halfLife: number): number {
  return Math.LN2 / halfLife;
}
