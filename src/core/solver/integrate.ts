/**
 * The solver's entry point: integrates dy/dt = f(t, y) from t0 to t1 with the
 * chosen method, stopping exactly at critical times, and reports the solution
 * at the requested output times.
 *
 * Event and output semantics (right-continuous convention):
 *  - Events are sorted stably by time; those outside [t0, t1] are ignored.
 *  - Events at t0 are applied (to a copy of y0) before anything else.
 *  - Between critical times the stepper runs freely; the step that reaches a
 *    critical time τ is shortened (or stretched by ≤ 1%) to end exactly on τ,
 *    so f is never evaluated past τ before the events at τ are applied.
 *  - Output times inside a step come from the method's dense output of the
 *    pre-event solution; they never shorten a step.
 *  - At τ all events with time τ are applied in order (apply mutates y in place
 *    and may switch inputs the rhs reads); f is re-evaluated there (one call),
 *    and integration continues with the step size it had before τ.
 *  - An output time equal to τ reports the state AFTER the events at τ:
 *    y(τ) = y(τ⁺). The value just before a dose is the limit from the left,
 *    which a caller can sample at τ − ε.
 *  - Output times equal to t1 report the state after any events at t1.
 *  - A critical time within round-off of the current time (closer than the
 *    smallest usable step) is applied where the integrator stands.
 */
import type { IntegrateOptions, IntegrationResult, RightHandSide } from './types';
import type { Stepper } from './stepper';
import type { ResolvedOptions } from './resolve-options';
import { resolveOptions } from './resolve-options';
import { SolverContext } from './solver-context';
import { Dopri5Stepper } from './dopri5';
import { RosenbrockStepper } from './rosenbrock';
import { Rk4Stepper } from './rk4';
import { assertNever } from '../assert-never';

/**
 * Integrates y' = rhs(t, y) from t0 to t1 (t1 ≥ t0) starting at y0 (not modified).
 * Returns the states at options.outputTimes and work counters. Throws
 * SolverError: 'invalid-input' for bad arguments, 'step-budget' after
 * options.maxSteps attempts, 'non-finite' when a state or derivative becomes
 * NaN/±Infinity (naming the state), 'step-too-small' when the step underflows.
 *
 * rhs must return finite values for every state it is called with, including
 * the trial stages of a step, which can be slightly negative where a solution
 * decays towards zero: guard such terms in the model (e.g. Math.max(0, x)
 * before a fractional power) rather than rely on the solver to step around them.
 */
export function integrate(
  rhs: RightHandSide,
  y0: Float64Array,
  t0: number,
  t1: number,
  options: IntegrateOptions,
): IntegrationResult {
  const resolved = resolveOptions(rhs, y0, t0, t1, options);
  const n = y0.length;
  const ctx = new SolverContext(rhs, n, resolved.maxSteps, resolved.stateNames, t0, t1);
  const stepper = createStepper(ctx, resolved, t0, y0);
  const { events, outputTimes } = resolved;
  const nOut = outputTimes.length;
  const states = new Float64Array(nOut * n);
  const observe = options.observe;
  const m = observe ? (options.observationSize ?? 0) : 0;
  const observations = observe ? new Float64Array(nOut * m) : undefined;
  // Calls the observation function on output row k (already filled).
  const observeRow = (k: number): void => {
    if (observe && observations) observe(outputTimes[k]!, states.subarray(k * n, (k + 1) * n), observations.subarray(k * m, (k + 1) * m));
  };
  let nextEvent = 0;
  let nextOutput = 0;

  // Applies, in order, every event at `time` (where the stepper stands) to the stepper's state;
  // returns the shortest restart step they ask for (Infinity: none).
  const applyEventsAt = (time: number): number => {
    const first = nextEvent;
    let restartStep = Infinity;
    while (nextEvent < events.length && events[nextEvent]!.time === time) {
      restartStep = Math.min(restartStep, events[nextEvent]!.restartStep ?? Infinity);
      events[nextEvent]!.apply(stepper.y, time);
      ctx.stats.events++;
      nextEvent++;
    }
    if (nextEvent > first) ctx.checkFinite(time, stepper.y, 'state after event');
    return restartStep;
  };
  // Copies the current state to every output time equal to `time`.
  const emitAt = (time: number): void => {
    while (nextOutput < nOut && outputTimes[nextOutput] === time) {
      states.set(stepper.y, nextOutput * n);
      observeRow(nextOutput);
      nextOutput++;
    }
  };

  applyEventsAt(t0);
  emitAt(t0);
  if (t1 > t0) {
    // The first step is sized against the first critical time that is not within round-off of t0.
    let firstStop = t1;
    for (let i = nextEvent; i < events.length; i++) {
      if (events[i]!.time - t0 > ctx.minStep) {
        firstStop = events[i]!.time;
        break;
      }
    }
    stepper.start(firstStop);
    for (;;) {
      const tEnd = nextEvent < events.length ? events[nextEvent]!.time : t1;
      while (stepper.t < tEnd) {
        // A critical time closer than round-off (e.g. a dose at 1e-300 h) is treated as now.
        if (tEnd - stepper.t <= ctx.minStep) break;
        stepper.step(tEnd);
        const t = stepper.t;
        while (nextOutput < nOut && outputTimes[nextOutput]! < t) {
          stepper.interpolate(outputTimes[nextOutput]!, states, nextOutput * n);
          observeRow(nextOutput);
          nextOutput++;
        }
        if (t < tEnd) emitAt(t);
      }
      const restartStep = applyEventsAt(tEnd);
      emitAt(tEnd);
      if (tEnd >= t1) break;
      stepper.restart(Number.isFinite(restartStep) ? restartStep : undefined);
    }
  }
  return { times: Float64Array.from(outputTimes), states, dimension: n, stats: { ...ctx.stats }, ...(observations ? { observations } : {}) };
}

function createStepper(ctx: SolverContext, options: ResolvedOptions, t0: number, y0: Float64Array): Stepper {
  switch (options.method) {
    case 'dopri5':
      return new Dopri5Stepper(ctx, options, t0, y0);
    case 'rosenbrock':
      return new RosenbrockStepper(ctx, options, t0, y0);
    case 'rk4':
      return new Rk4Stepper(ctx, options, t0, y0);
    default:
      return assertNever(options.method, 'solver method');
  }
}
