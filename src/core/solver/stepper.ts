/**
 * The contract between the driver (`integrate`) and a one-step method. The
 * driver owns events and output times; a stepper owns the state, the step size
 * and the dense output of its last step. Every stepper keeps f(t, y) at its
 * current point (FSAL: first same as last), so dense output on the last step
 * can use the derivative at both ends and an event costs one re-evaluation.
 */

/** One integration method, advancing a state it owns. */
export interface Stepper {
  /** Current time: the end of the last accepted step. */
  readonly t: number;
  /** Current state at `t`. The driver may change it in place (events), then must call `restart`. */
  readonly y: Float64Array;
  /** Evaluates f at the (possibly event-modified) initial point and chooses the first step, looking no further than tEnd. */
  start(tEnd: number): void;
  /** Re-evaluates f after an event changed `y` or an input of the right-hand side; keeps the step size, capped at `maxStep` when given. */
  restart(maxStep?: number): void;
  /** Takes one accepted step, never past tEnd; a step that reaches tEnd ends exactly on it (t === tEnd). */
  step(tEnd: number): void;
  /** Dense output of the last accepted step at `time` ∈ [t − h, t], written to out[offset … offset+n). */
  interpolate(time: number, out: Float64Array, offset: number): void;
}
