/**
 * Types of the generic ODE solver. The solver knows nothing about hormones:
 * it integrates dy/dt = f(t, y) for a Float64Array state, stopping exactly at
 * critical times where the caller applies a jump (a bolus) or switches a
 * piecewise-constant input (an infusion starting or stopping).
 *
 * Units: the independent variable is whatever the caller uses (the hormone
 * models use hours). Nothing here reads the clock.
 */

/**
 * Right-hand side. Writes f(t, y) into `dydt` in place; must not allocate or keep `y`.
 * Must be finite for every y it is given, trial stages included (a non-finite value
 * stops the run with SolverError 'non-finite').
 */
export type RightHandSide = (t: number, y: Float64Array, dydt: Float64Array) => void;

/** Jacobian J[i][j] = ∂f_i/∂y_j, written row-major into `jac` (length n·n). Optional: finite differences otherwise. */
export type Jacobian = (t: number, y: Float64Array, jac: Float64Array) => void;

/**
 * A critical time. The integrator steps exactly to `time`, calls `apply` with the
 * state there (which it may change in place: a bolus adds to a depot; it may
 * also switch an input that the right-hand side reads), then restarts from it.
 * Events at equal times are applied in the order given.
 */
export interface CriticalEvent {
  readonly time: number;
  apply(y: Float64Array, time: number): void;
  /**
   * Longest first step after this event, hours. An event that starts a transient faster
   * than the step size in use (a bolus of a drug with a half-life of minutes, read by the
   * right-hand side in closed form) sets it, so the step after it resolves the transient
   * instead of stepping over it; the controller grows the step again from there.
   */
  readonly restartStep?: number;
}

/** Names of the integration methods. */
export type SolverMethod = 'dopri5' | 'rosenbrock' | 'rk4';

/** Options; every one documented by what changing it does. */
export interface IntegrateOptions {
  /** Integration method. 'dopri5' (default): adaptive explicit Dormand–Prince 5(4), best for non-stiff problems. 'rosenbrock': adaptive linearly-implicit method for stiff problems. 'rk4': fixed-step classical Runge–Kutta, a reference only. */
  readonly method?: SolverMethod;
  /** Relative tolerance of the local error estimate (adaptive methods). Smaller: more accurate, more steps. Default 1e-6; at least 100·ε (≈ 2.2e-14). */
  readonly rtol?: number;
  /** Absolute tolerance, scalar or per state, each > 0. Matters when a state is near zero. Default 1e-9. */
  readonly atol?: number | Float64Array;
  /**
   * Times at which the solution is reported (ascending, repeats allowed, within [t0, t1]). Dense output fills
   * them in; they never shorten a step. At an event time the value after the event is reported (right-continuous).
   */
  readonly outputTimes: ArrayLike<number>;
  /** Critical times (any order; sorted internally, stable). Times outside [t0, t1] are ignored. */
  readonly events?: readonly CriticalEvent[];
  /** Largest number of attempted steps before giving up with a SolverError of kind 'step-budget'. Default 1e6. */
  readonly maxSteps?: number;
  /** First trial step. Default: estimated from f(t0, y0). */
  readonly initialStep?: number;
  /** Largest step allowed. Default: unbounded (t1 − t0). */
  readonly maxStep?: number;
  /** Step size of 'rk4' (required for it, ignored otherwise). */
  readonly fixedStep?: number;
  /** Analytic Jacobian for 'rosenbrock'. Default: forward differences. */
  readonly jacobian?: Jacobian;
  /** State names used in error messages. Default y[0], y[1], … */
  readonly stateNames?: readonly string[];
  /**
   * Observation function: called once per output time, in time order, during the
   * integration, with the state there; writes `observationSize` numbers into `out`.
   * Because it runs while the integration is at that time, anything an event has
   * switched (an input, a condition) is as it was then. Results in `observations`.
   */
  readonly observe?: (t: number, y: Float64Array, out: Float64Array) => void;
  /** Number of values `observe` writes per output time. */
  readonly observationSize?: number;
}

/** Work counters; deterministic for a given problem, so good regression guards. */
export interface SolverStats {
  /** Accepted steps. */
  steps: number;
  /** Rejected step attempts. */
  rejectedSteps: number;
  /** Right-hand-side evaluations (including those for finite-difference Jacobians). */
  rhsEvals: number;
  /** Jacobian evaluations (rosenbrock). */
  jacobianEvals: number;
  /** Critical events applied. */
  events: number;
  /** Switch crossings located and applied (fused DOPRI5 only). */
  stateEvents?: number;
  /** Calls of the switch functions on their own, outside a right-hand-side call (fused DOPRI5 only). */
  switchEvals?: number;
}

/** The solution at the output times. */
export interface IntegrationResult {
  /** Output times (a copy of options.outputTimes). */
  readonly times: Float64Array;
  /** Row-major states: states[k·dimension + i] is state i at times[k]. */
  readonly states: Float64Array;
  readonly dimension: number;
  /** Row-major observations (observationSize per output time), when options.observe was given. */
  readonly observations?: Float64Array;
  readonly stats: SolverStats;
}
