/**
 * Input validation and defaults for `integrate`. Everything a stepper needs is
 * checked here once, so the step loops need no defensive code; any violation
 * throws SolverError('invalid-input') naming what is wrong.
 *
 * Defaults: method 'dopri5', rtol 1e-6, atol 1e-9, maxSteps 1e6, maxStep t1 − t0.
 */
import type { CriticalEvent, IntegrateOptions, Jacobian, RightHandSide, SolverMethod } from './types';
import { SolverError } from './solver-error';
import { scheduleEvents } from './event-schedule';

/** IntegrateOptions after validation, with defaults filled in and atol expanded to one value per state. */
export interface ResolvedOptions {
  readonly method: SolverMethod;
  readonly rtol: number;
  /** Absolute tolerance per state. */
  readonly atol: Float64Array;
  /** Output times (a copy). */
  readonly outputTimes: Float64Array;
  /** Events in [t0, t1], stably sorted by time. */
  readonly events: readonly CriticalEvent[];
  readonly maxSteps: number;
  /** User's first step, if any. */
  readonly initialStep: number | undefined;
  /** Largest step; t1 − t0 unless the caller set less. */
  readonly maxStep: number;
  /** RK4 step; NaN for the adaptive methods. */
  readonly fixedStep: number;
  readonly jacobian: Jacobian | undefined;
  readonly stateNames: readonly string[] | undefined;
}

const METHODS: readonly SolverMethod[] = ['dopri5', 'rosenbrock', 'rk4'];
/** Relative tolerances below ~100 ulp cannot be met in double precision. */
const SMALLEST_RTOL = 100 * Number.EPSILON;

function invalid(message: string, t: number): never {
  throw new SolverError('invalid-input', message, t);
}

function positiveOrUndefined(value: number | undefined, name: string, t0: number): number | undefined {
  if (value === undefined) return undefined;
  if (!(value > 0) || !Number.isFinite(value)) invalid(`${name} must be a positive finite number, got ${value}`, t0);
  return value;
}

/** Validates the arguments of `integrate` and fills in defaults; throws SolverError('invalid-input'). */
export function resolveOptions(
  rhs: RightHandSide,
  y0: Float64Array,
  t0: number,
  t1: number,
  options: IntegrateOptions,
): ResolvedOptions {
  if (typeof rhs !== 'function') invalid('rhs must be a function', t0);
  if (!(y0 instanceof Float64Array) || y0.length === 0) invalid('y0 must be a non-empty Float64Array', t0);
  const n = y0.length;
  if (!Number.isFinite(t0) || !Number.isFinite(t1)) invalid(`t0 and t1 must be finite, got ${t0}, ${t1}`, t0);
  if (!(t1 >= t0)) invalid(`t1 (${t1}) must not be before t0 (${t0})`, t0);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(y0[i]!)) {
      const name = options.stateNames?.[i] ?? `y[${i}]`;
      throw new SolverError('invalid-input', `initial value of ${name} is not finite`, t0, name);
    }
  }

  const method = options.method ?? 'dopri5';
  if (!METHODS.includes(method)) invalid(`unknown method '${String(method)}'`, t0);

  const rtol = options.rtol ?? 1e-6;
  if (!(rtol >= SMALLEST_RTOL) || !Number.isFinite(rtol)) invalid(`rtol must be finite and ≥ ${SMALLEST_RTOL}, got ${rtol}`, t0);
  const atol = new Float64Array(n);
  const atolOption = options.atol ?? 1e-9;
  if (typeof atolOption === 'number') atol.fill(atolOption);
  else if (atolOption instanceof Float64Array && atolOption.length === n) atol.set(atolOption);
  else invalid(`atol must be a number or a Float64Array of length ${n}`, t0);
  for (let i = 0; i < n; i++) {
    if (!(atol[i]! > 0) || !Number.isFinite(atol[i]!)) invalid(`atol must be positive and finite, got ${atol[i]} for state ${i}`, t0);
  }

  const outputTimes = Float64Array.from(options.outputTimes ?? []);
  for (let k = 0; k < outputTimes.length; k++) {
    const time = outputTimes[k]!;
    if (!(time >= t0 && time <= t1)) invalid(`output time ${time} is outside [${t0}, ${t1}]`, t0);
    if (k > 0 && time < outputTimes[k - 1]!) invalid(`output times must be ascending (index ${k}: ${time})`, t0);
  }

  const events = options.events ?? [];
  if (!Array.isArray(events)) invalid('events must be an array', t0);
  for (const e of events) {
    if (!Number.isFinite(e.time)) invalid(`event time must be finite, got ${e.time}`, t0);
    if (typeof e.apply !== 'function') invalid(`event at ${e.time} has no apply function`, t0);
  }

  const maxSteps = options.maxSteps ?? 1e6;
  if (!(maxSteps >= 1)) invalid(`maxSteps must be at least 1, got ${maxSteps}`, t0);

  const fixedStep = positiveOrUndefined(options.fixedStep, 'fixedStep', t0);
  if (method === 'rk4' && fixedStep === undefined) invalid("method 'rk4' needs options.fixedStep", t0);

  const names = options.stateNames;
  if (names !== undefined && names.length !== n) invalid(`stateNames has ${names.length} names for ${n} states`, t0);
  if (options.jacobian !== undefined && typeof options.jacobian !== 'function') invalid('jacobian must be a function', t0);

  const maxStep = positiveOrUndefined(options.maxStep, 'maxStep', t0);
  return {
    method,
    rtol,
    atol,
    outputTimes,
    events: scheduleEvents(events, t0, t1),
    maxSteps,
    initialStep: positiveOrUndefined(options.initialStep, 'initialStep', t0),
    maxStep: Math.min(maxStep ?? Infinity, t1 - t0),
    fixedStep: method === 'rk4' ? (fixedStep ?? NaN) : NaN,
    jacobian: options.jacobian,
    stateNames: names,
  };
}
