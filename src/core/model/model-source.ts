/**
 * The model definition format: a model written as data, the way a paper writes
 * it — states with units and a baseline, parameters from the typed record,
 * named constants and intermediate quantities, derivatives, outputs, declared
 * switches and feedback terms, agents' compartments and doses, subject
 * condition factors, and an optional explicit-pulse mode. Every formula is an
 * expression string over the names declared here:
 *
 *   + − · / ^, parentheses, numbers;  exp, log, sqrt, abs;
 *   pos(x) = max(0, x) (a guard: states that decay toward 0 can dip below it on trial steps);
 *   min(a, b), max(a, b) (guards); a ? b : c, where a names a declared switch.
 *
 * `src/core/compiler/` reads a definition at build time (`npm run models`),
 * checks it (unknown symbols, cycles among quantities, units named, switches
 * used) with messages naming model, symbol and expression, and generates
 * TypeScript (right-hand side, outputs, Jacobian, switch functions), the
 * equations in docs/model.md and the researcher panel's compact view. At run
 * time only the generated code and this data are used: no expression is parsed
 * or evaluated in the browser. docs/implementation-notes.md is the author's guide.
 */
import type { AgentId, ConditionId, ModelId, PulseOption } from './ids';
import type { ParameterDefinition } from './parameter';

/** An expression string (see the file header) over the model's declared names. */
export type Expression = string;

/** A named formula with what it means (for the docs and the compact view). */
export interface Formula {
  readonly expr: Expression;
  readonly meaning: string;
  /** Unit of the value, written out ("1/h", "relative to baseline"). */
  readonly unit?: string;
}

/** A state variable. */
export interface StateSource {
  readonly label: string;
  /** Unit inside the model ("relative to baseline", "fraction of receptors"). */
  readonly unit: string;
  /**
   * Healthy baseline, an expression of constants: the value of the analytic
   * equilibrium, or the starting guess of the numerical steady-state search.
   */
  readonly baseline: Expression;
  /** Initial value when it differs from the baseline (models that start off equilibrium). */
  readonly initial?: Expression;
}

/**
 * A declared switch: `when` is a comparison `a < b` or `a > b` whose truth
 * selects a branch (`name ? x : y` in a formula). The solver treats the sign
 * change of a − b as a state event: it finds the crossing on the dense output
 * and changes branch exactly there.
 */
export interface SwitchSource {
  readonly when: Expression;
  readonly meaning: string;
}

/**
 * A declared feedback term: the quantity `term` (≥ 0, 0 when the feedback does
 * nothing) by which `from` restrains `target` at `site`. `kind` says how it acts:
 *   'denominator'  the target's production is divided by 1 + Σ terms sharing `shares` (or 1 + term);
 *   'fraction-lost'  term is a fraction f of a signal that is lost (strength −ln(1 − f));
 *   'remaining'    term is the fraction left after down-regulation (strength −ln(min(1, term)));
 *   'fold'         term is a fold loss ≥ 1 (strength ln term).
 * The why-view, the loop diagram and the analyses read these, not the equations.
 */
export interface FeedbackSource {
  readonly id: string;
  readonly label: string;
  /** Mechanism group (e.g. 'androgen', 'estrogen', 'inhibin', 'receptor'). */
  readonly group: string;
  /** What restrains (an output id when it is one, e.g. 'testosterone'). */
  readonly from: string;
  /** What it restrains (e.g. 'GnRH', 'LH', 'FSH', 'GnRH receptor'). */
  readonly target: string;
  /** Where it acts ('hypothalamus', 'pituitary', 'testes'). */
  readonly site: string;
  readonly kind: 'denominator' | 'fraction-lost' | 'remaining' | 'fold';
  /** A short noun for the sentence ("desensitization"); the label otherwise. */
  readonly noun?: string;
  readonly term: Expression;
  /** Terms of one shared denominator name the same key (their strength is split in proportion). */
  readonly shares?: string;
}

/** A mechanism that feedback terms belong to (for the why-view's groups and sentence). */
export interface FeedbackGroupSource {
  readonly label: string;
  /** What it is, as the end of "… is doing most of the work (…)". */
  readonly detail: string;
  /** Steroid feedback (sex steroids acting through their receptors): the sentence says when it is absent. */
  readonly steroid?: boolean;
}

/** The model's feedback, declared: groups, terms, and the drive they restrain. */
export interface FeedbackDeclaration {
  readonly groups: Readonly<Record<string, FeedbackGroupSource>>;
  readonly terms: readonly FeedbackSource[];
  /** The top of the loop: its level now and without any steroid feedback (e.g. GnRH). */
  readonly drive?: { readonly label: string; readonly level: Expression; readonly unrestrained: Expression };
}

/** A reported output (one CSV column), reported relative to its healthy-baseline value and clipped at 0. */
export interface OutputSource {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly expr: Expression;
}

/** A subject condition factor: 1 in the healthy man, changed by conditions. */
export interface FactorSource {
  readonly meaning: string;
  /** A subject-knob parameter that sets it for this subject (outputs stay relative to a healthy man). */
  readonly subjectKnob?: string;
}

/** What a condition does: factor := expression (of constants and the factors as they were). */
export interface ConditionSource {
  readonly meaning: string;
  readonly set: Readonly<Record<string, Expression>>;
}

/** A piecewise-constant input set by infusion regimens (amount per hour), feeding state `into`. */
export interface InfusionSource {
  /** Input rate of an infusion of dose 1 (the reference rate). */
  readonly perDose: Expression;
}

/**
 * A compartment solved in closed form between events instead of integrated:
 * dx/dt = input − rate·x, so x(t) = input/rate + (x(t₀) − input/rate)·e^{−rate·(t − t₀)}.
 * Doses add to x and re-anchor t₀. Exact, and no stiff state for a half-life of minutes.
 */
export interface ExactCompartmentSource {
  readonly label: string;
  readonly unit: string;
  readonly rate: Expression;
  /** Name of the agent's infusion input that feeds it. */
  readonly input: string;
  /**
   * Another exact compartment of the same agent that this one follows instead of
   * being fed: dx/dt = rate·(s − x), s that compartment (a first-order lag, e.g. a
   * cell adapting to a drug level), also in closed form:
   *   x(t) = s∞ + (s₀ − s∞)·rate/(rate − r_s)·(e^{−r_s·τ} − e^{−rate·τ}) + (x₀ − s∞)·e^{−rate·τ},
   * s∞ = input/r_s, τ = t − t₀. `input` must then be the followed compartment's input.
   */
  readonly follows?: string;
}

/** One agent: its pharmacokinetic states, what a dose does, and the signals it adds to. */
export interface AgentSource {
  /** Per-agent constants (names unique across the model). */
  readonly constants?: Readonly<Record<string, Expression>>;
  readonly states?: Readonly<Record<string, { readonly label: string; readonly unit: string }>>;
  readonly exact?: Readonly<Record<string, ExactCompartmentSource>>;
  /** Infusion inputs, by name (usable in this agent's derivatives). */
  readonly inputs?: Readonly<Record<string, InfusionSource>>;
  readonly derivatives?: Readonly<Record<string, Expression>>;
  /** Amount one dose of 1 adds, by state (or exact compartment). */
  readonly bolus: Readonly<Record<string, Expression>>;
  /** Its action: amount added to each signal. */
  readonly signals: Readonly<Record<string, Expression>>;
  /** Hours of the reference infusion that deliver one reference bolus. */
  readonly equivalentInfusionHours: Expression;
}

/**
 * An explicit-pulse mode (a scenario option): more states, quantities and
 * constants that replace the base model's, and a periodic event.
 */
export interface PulseModeSource {
  /** The scenario option that selects it. */
  readonly option: PulseOption;
  readonly maxWindowDays: number;
  readonly states: Readonly<Record<string, StateSource>>;
  /** Constants replaced in this mode (expressions of parameters and base constants, or computed). */
  readonly constants: Readonly<Record<string, Expression | ComputedConstant>>;
  /** Quantities replaced in this mode. */
  readonly quantities: Readonly<Record<string, Expression>>;
  readonly derivatives: Readonly<Record<string, Expression>>;
  /**
   * Initial values that differ from the base model's start: expressions of this
   * mode's constants, of the base model's raw outputs at the start (as `out_<id>`)
   * and of the base model's states at the start.
   */
  readonly initial: Readonly<Record<string, Expression>>;
  /** The pulse: every `every` hours from t = 0, each state := expression (at the state then). */
  readonly pulse: { readonly every: Expression; readonly set: Readonly<Record<string, Expression>> };
}

/**
 * A constant that no closed expression gives (e.g. a pulse-mean by quadrature):
 * `compute` receives the constants computed so far by name. Its `tex` documents it.
 */
export interface ComputedConstant {
  readonly compute: (c: Readonly<Record<string, number>>) => number;
  readonly meaning: string;
  readonly dependsOn: readonly string[];
}

/**
 * How a model whose healthy baseline is a rhythm finds it: the marker output's
 * peaks (above `minPeak`, raw units) must repeat with a fixed period; phase 0
 * (cycle day 1) is where `dayOne.output` falls below `dayOne.fallsBelow` after
 * its peak (raw units).
 */
export interface CycleSource {
  readonly marker: string;
  readonly minPeak: number;
  readonly dayOne: { readonly output: string; readonly fallsBelow: number };
}

/** A whole model. Key order matters: states, quantities and outputs keep it. */
export interface ModelSource {
  readonly id: ModelId;
  readonly name: string;
  readonly description: string;
  readonly parameters: readonly ParameterDefinition[];
  /** Symbols derived from parameters, once per run (rate constants, baseline receptor fractions …). */
  readonly constants: Readonly<Record<string, Expression | ComputedConstant>>;
  readonly factors: Readonly<Record<string, FactorSource>>;
  readonly conditions: Readonly<Partial<Record<ConditionId, ConditionSource>>>;
  /** Agent actions, summed over the agents present (0 without any). */
  readonly signals: Readonly<Record<string, { readonly meaning: string; readonly unit: string }>>;
  readonly states: Readonly<Record<string, StateSource>>;
  readonly quantities: Readonly<Record<string, Expression | Formula>>;
  readonly switches: Readonly<Record<string, SwitchSource>>;
  readonly derivatives: Readonly<Record<string, Expression>>;
  readonly outputs: readonly OutputSource[];
  readonly feedback: FeedbackDeclaration;
  readonly agents: Readonly<Partial<Record<AgentId, AgentSource>>>;
  /**
   * How a run starts: 'steady-state' — the healthy baseline is the numerical
   * steady state near the states' baselines, and a subject with day-0
   * conditions starts at his own; 'initial' — the baseline is analytic, the run
   * starts at the states' initial values, and conditions act at their onset;
   * 'limit-cycle' — the healthy baseline is a rhythm (see `cycle`): runs start on
   * its cycle day 1, outputs are divided by their means over it, and a subject
   * with day-0 conditions starts on her own cycle day 1 (or at the steady state
   * her axis settles to when it has no cycle).
   */
  readonly start: 'steady-state' | 'initial' | 'limit-cycle';
  /** For start 'limit-cycle': how the reference cycle is found and where its day 1 is. */
  readonly cycle?: CycleSource;
  readonly pulseMode?: PulseModeSource;
  readonly solver: { readonly rtol: number; readonly atol: number };
}
