/**
 * Bookkeeping shared by every stepper of one `integrate` call: it counts work
 * (SolverStats), enforces the step budget and the smallest usable step, and
 * turns a non-finite number into a SolverError that names the time and state.
 *
 * Finite check: after each right-hand-side call the derivative vector is
 * summed as Σ 0·f_i, which is 0 when every f_i is finite and NaN otherwise, so
 * the common case costs one multiply-add per state and no branch.
 */
import type { RightHandSide, SolverStats } from './types';
import { SolverError } from './solver-error';

/** Work counters, step budget and error reporting for one integration. */
export class SolverContext {
  /** Counters returned in IntegrationResult.stats. */
  readonly stats: SolverStats = { steps: 0, rejectedSteps: 0, rhsEvals: 0, jacobianEvals: 0, events: 0 };
  /**
   * Smallest step a stepper may propose: 16 units in the last place of the
   * largest time of the run. A smaller step cannot move t, so it means failure.
   */
  readonly minStep: number;

  constructor(
    private readonly rhs: RightHandSide,
    /** Number of states. */
    readonly n: number,
    /** Largest number of attempted (accepted + rejected) steps. */
    private readonly maxSteps: number,
    private readonly stateNames: readonly string[] | undefined,
    t0: number,
    t1: number,
  ) {
    this.minStep = 16 * Number.EPSILON * Math.max(Math.abs(t0), Math.abs(t1), Number.MIN_VALUE);
  }

  /** Evaluates f(t, y) into `dydt`, counting the call and rejecting non-finite results. */
  evaluate(t: number, y: Float64Array, dydt: Float64Array): void {
    this.stats.rhsEvals++;
    this.rhs(t, y, dydt);
    const n = this.n;
    let probe = 0;
    for (let i = 0; i < n; i++) probe += dydt[i]! * 0;
    if (probe !== 0) this.failNonFinite(t, y, dydt);
  }

  /**
   * Throws 'non-finite' if any entry of `values` is NaN or ±Infinity. `stride` 1 for
   * a state vector; n for a row-major n×n matrix, whose row i then names state i.
   */
  checkFinite(t: number, values: Float64Array, what: string, stride = 1): void {
    let probe = 0;
    for (let i = 0; i < values.length; i++) probe += values[i]! * 0;
    if (probe === 0) return;
    const index = Math.floor(firstNonFinite(values) / stride);
    const name = this.stateName(index);
    throw new SolverError('non-finite', `${what} of ${name} is not finite at t = ${t}`, t, name);
  }

  /** Counts one step attempt at time t; throws 'step-budget' once maxSteps attempts are used. */
  attempt(t: number): void {
    if (this.stats.steps + this.stats.rejectedSteps >= this.maxSteps) {
      throw new SolverError(
        'step-budget',
        `step budget of ${this.maxSteps} attempted steps exhausted at t = ${t}`,
        t,
      );
    }
  }

  /** Throws 'step-too-small' when a proposed step h at time t is below minStep (or not a number). */
  checkStepSize(t: number, h: number): void {
    if (!(h >= this.minStep)) {
      throw new SolverError('step-too-small', `step size ${h} underflowed at t = ${t}`, t);
    }
  }

  /** The caller's name for state i, or `y[i]`. */
  stateName(i: number): string {
    return this.stateNames?.[i] ?? `y[${i}]`;
  }

  private failNonFinite(t: number, y: Float64Array, dydt: Float64Array): never {
    const badState = firstNonFinite(y);
    if (badState >= 0) {
      const name = this.stateName(badState);
      throw new SolverError('non-finite', `state ${name} is not finite at t = ${t}`, t, name);
    }
    const name = this.stateName(firstNonFinite(dydt));
    throw new SolverError('non-finite', `derivative of ${name} is not finite at t = ${t}`, t, name);
  }
}

/** Index of the first NaN or ±Infinity in `values`, or -1. */
function firstNonFinite(values: Float64Array): number {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i]!)) return i;
  return -1;
}
