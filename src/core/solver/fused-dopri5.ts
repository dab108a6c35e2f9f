/**
 * Dormand–Prince 5(4) fused into one loop for flat, generated systems: the
 * right-hand side is called directly with its arrays (no closures, no
 * per-call checks beyond one finite probe), dense output and observations are
 * computed inline, and declared switches are state events.
 *
 * The method, error norm, controller, starting step and event semantics are
 * exactly those of `integrate` with 'dopri5' (./dopri5.ts, ./integrate.ts): a
 * system without switch crossings gives the same numbers bit for bit.
 *
 * State events (switches). The right-hand side reads each switch's branch
 * from u[switchSlot + i] (1 or 0) instead of testing a condition, so within a
 * step it is smooth. After each accepted step the switch functions g are
 * evaluated at the new point; when one has crossed to the other side of its
 * branch by more than the band (atol), its crossing is located by the
 * Illinois method on g along the dense output, the step is cut there, the
 * branch changes, and integration restarts (as SUNDIALS and rxode2 do with
 * root functions). A crossing already behind the step's start (within the
 * band) changes the branch at the start and retries the step. Switch branches
 * are also set from the sign of g at the start and after every critical event.
 */
import { errorNorm } from './error-norm';
import { StepSizeController } from './step-controller';
import { SolverError } from './solver-error';
import { scheduleEvents } from './event-schedule';
import type { CriticalEvent, SolverStats } from './types';

/** A flat right-hand side (generated code): writes f(t, y) into dydt reading c, u, o. */
export type FlatRhs = (t: number, y: Float64Array, dydt: Float64Array, c: Float64Array, u: Float64Array, o: Int32Array) => void;
/** A flat function writing values into out (switch functions, observations). */
export type FlatValues = (t: number, y: Float64Array, c: Float64Array, u: Float64Array, o: Int32Array, out: Float64Array) => void;

/** The system: its functions and the arrays they read. */
export interface FlatSystem {
  readonly rhs: FlatRhs;
  readonly c: Float64Array;
  readonly u: Float64Array;
  readonly o: Int32Array;
  /** Switch functions g_i, each branch on when g < 0 ('<') or g > 0 ('>'); branches live at u[switchSlot + i]. */
  readonly switches?: FlatValues;
  readonly switchWhen?: readonly ('<' | '>')[];
  readonly switchSlot?: number;
  /** Observations at output times (e.g. raw outputs), then divided by `scale` and clipped at 0 when given. */
  readonly observe: FlatValues;
  readonly observationSize: number;
  readonly scale?: Float64Array;
}

/** Options, as for `integrate`. */
export interface FusedOptions {
  readonly rtol: number;
  readonly atol: number;
  readonly outputTimes: Float64Array;
  readonly events: readonly CriticalEvent[];
  readonly maxSteps: number;
  readonly stateNames?: readonly string[];
  /** Also return the states at the output times (row-major). */
  readonly keepStates?: boolean;
}

/** Observations (row-major), optional states, and work counters (events includes state events). */
export interface FusedResult {
  readonly observations: Float64Array;
  readonly states: Float64Array | null;
  readonly stats: SolverStats & { stateEvents: number };
}

const C2 = 1 / 5, C3 = 3 / 10, C4 = 4 / 5, C5 = 8 / 9;
const A21 = 1 / 5, A31 = 3 / 40, A32 = 9 / 40, A41 = 44 / 45, A42 = -56 / 15, A43 = 32 / 9;
const A51 = 19372 / 6561, A52 = -25360 / 2187, A53 = 64448 / 6561, A54 = -212 / 729;
const A61 = 9017 / 3168, A62 = -355 / 33, A63 = 46732 / 5247, A64 = 49 / 176, A65 = -5103 / 18656;
const B1 = 35 / 384, B3 = 500 / 1113, B4 = 125 / 192, B5 = -2187 / 6784, B6 = 11 / 84;
const E1 = 71 / 57600, E3 = -71 / 16695, E4 = 71 / 1920, E5 = -17253 / 339200, E6 = 22 / 525, E7 = -1 / 40;
const D1 = -12715105075 / 11282082432, D3 = 87487479700 / 32700410799, D4 = -10690763975 / 1880347072;
const D5 = 701980252875 / 199316789632, D6 = -1453857185 / 822651844, D7 = 69997945 / 29380423;
const STRETCH = 1.01;

/** Integrates the flat system from t0 to t1 (see the file header). Throws SolverError like `integrate`. */
export function integrateFused(system: FlatSystem, y0: Float64Array, t0: number, t1: number, options: FusedOptions): FusedResult {
  const { rhs, c, u, o, observe, observationSize: m, scale } = system;
  const n = y0.length;
  const names = options.stateNames;
  const rtol = options.rtol;
  const atol = new Float64Array(n).fill(options.atol);
  const times = options.outputTimes;
  const nOut = times.length;
  const events = scheduleEvents(options.events, t0, t1);
  const stats = { steps: 0, rejectedSteps: 0, rhsEvals: 0, jacobianEvals: 0, events: 0, stateEvents: 0 };
  const minStep = 16 * Number.EPSILON * Math.max(Math.abs(t0), Math.abs(t1), Number.MIN_VALUE);
  const maxStep = t1 - t0;
  const observations = new Float64Array(nOut * m);
  const states = options.keepStates ? new Float64Array(nOut * n) : null;
  const nSw = system.switchWhen?.length ?? 0;
  const swWhen = system.switchWhen ?? [];
  const swSlot = system.switchSlot ?? 0;
  const g = new Float64Array(nSw);
  const gNew = new Float64Array(nSw);
  const band = options.atol;

  let y = Float64Array.from(y0);
  let yPrev = new Float64Array(n);
  let yTrial = new Float64Array(n);
  let k1 = new Float64Array(n);
  const k2 = new Float64Array(n), k3 = new Float64Array(n), k4 = new Float64Array(n), k5 = new Float64Array(n), k6 = new Float64Array(n);
  let k7 = new Float64Array(n);
  const yStage = new Float64Array(n), errVec = new Float64Array(n), r3 = new Float64Array(n), r4 = new Float64Array(n), r5 = new Float64Array(n);
  const row = new Float64Array(n);
  const out = new Float64Array(m);
  const controller = new StepSizeController(5);

  const name = (i: number): string => names?.[i] ?? `y[${i}]`;
  const evaluate = (t: number, yy: Float64Array, f: Float64Array): void => {
    stats.rhsEvals++;
    rhs(t, yy, f, c, u, o);
    let probe = 0;
    for (let i = 0; i < n; i++) probe += f[i]! * 0;
    if (probe !== 0) {
      for (let i = 0; i < n; i++) if (!Number.isFinite(yy[i]!)) throw new SolverError('non-finite', `state ${name(i)} is not finite at t = ${t}`, t, name(i));
      for (let i = 0; i < n; i++) if (!Number.isFinite(f[i]!)) throw new SolverError('non-finite', `derivative of ${name(i)} is not finite at t = ${t}`, t, name(i));
    }
  };
  const emitRow = (k: number, t: number, yy: Float64Array): void => {
    if (states) states.set(yy, k * n);
    observe(t, yy, c, u, o, out);
    const base = k * m;
    if (scale) for (let j = 0; j < m; j++) { const v = out[j]! / scale[j]!; observations[base + j] = v > 0 ? v : 0; }
    else observations.set(out, base);
  };
  const setBranches = (t: number, yy: Float64Array): void => {
    if (nSw === 0) return;
    system.switches!(t, yy, c, u, o, g);
    for (let i = 0; i < nSw; i++) u[swSlot + i] = (swWhen[i] === '<' ? g[i]! < 0 : g[i]! > 0) ? 1 : 0;
  };

  let t = t0;
  let tPrev = t0;
  let h: number;
  let hLast = 0;
  let denseReady = false;
  let nextEvent = 0;
  let nextOutput = 0;

  const prepareDense = (): void => {
    for (let i = 0; i < n; i++) {
      const delta = y[i]! - yPrev[i]!;
      const bspl = hLast * k1[i]! - delta;
      r3[i] = bspl;
      r4[i] = delta - hLast * k7[i]! - bspl;
      r5[i] = hLast * (D1 * k1[i]! + D3 * k3[i]! + D4 * k4[i]! + D5 * k5[i]! + D6 * k6[i]! + D7 * k7[i]!);
    }
    denseReady = true;
  };
  // Dense output of the last accepted step [tPrev, t] (k1: its start, k7: its end) into `target`.
  const interpolate = (time: number, target: Float64Array): void => {
    if (!denseReady) prepareDense();
    const theta = (time - tPrev) / hLast;
    const theta1 = 1 - theta;
    for (let i = 0; i < n; i++) {
      const a = yPrev[i]!;
      target[i] = a + theta * (y[i]! - a + theta1 * (r3[i]! + theta * (r4[i]! + theta1 * r5[i]!)));
    }
  };
  const applyEventsAt = (time: number): void => {
    const first = nextEvent;
    while (nextEvent < events.length && events[nextEvent]!.time === time) {
      events[nextEvent]!.apply(y, time);
      stats.events++;
      nextEvent++;
    }
    if (nextEvent > first) {
      for (let i = 0; i < n; i++) if (!Number.isFinite(y[i]!)) throw new SolverError('non-finite', `state after event of ${name(i)} is not finite at t = ${time}`, time, name(i));
      setBranches(time, y);
    }
  };
  const emitAt = (time: number): void => {
    while (nextOutput < nOut && times[nextOutput] === time) emitRow(nextOutput++, time, y);
  };

  setBranches(t0, y);
  applyEventsAt(t0);
  emitAt(t0);
  if (t1 > t0) {
    let firstStop = t1;
    for (let i = nextEvent; i < events.length; i++) if (events[i]!.time - t0 > minStep) { firstStop = events[i]!.time; break; }
    evaluate(t, y, k1);
    h = initialStep(t, firstStop);
    for (;;) {
      const tEnd = nextEvent < events.length ? events[nextEvent]!.time : t1;
      let fsal = false;
      while (t < tEnd) {
        if (tEnd - t <= minStep) break;
        if (fsal) { const f = k1; k1 = k7; k7 = f; fsal = false; }
        // One accepted step (Dopri5Stepper.step).
        for (;;) {
          if (stats.steps + stats.rejectedSteps >= options.maxSteps) throw new SolverError('step-budget', `step budget of ${options.maxSteps} attempted steps exhausted at t = ${t}`, t);
          const hProposed = h;
          if (!(hProposed >= minStep)) throw new SolverError('step-too-small', `step size ${hProposed} underflowed at t = ${t}`, t);
          let hh = hProposed;
          let tNew = t + hh;
          const remaining = tEnd - t;
          if (tNew >= tEnd || (STRETCH * hh >= remaining && remaining <= maxStep)) { hh = remaining; tNew = tEnd; }
          for (let i = 0; i < n; i++) yStage[i] = y[i]! + hh * A21 * k1[i]!;
          evaluate(Math.min(t + C2 * hh, tNew), yStage, k2);
          for (let i = 0; i < n; i++) yStage[i] = y[i]! + hh * (A31 * k1[i]! + A32 * k2[i]!);
          evaluate(Math.min(t + C3 * hh, tNew), yStage, k3);
          for (let i = 0; i < n; i++) yStage[i] = y[i]! + hh * (A41 * k1[i]! + A42 * k2[i]! + A43 * k3[i]!);
          evaluate(Math.min(t + C4 * hh, tNew), yStage, k4);
          for (let i = 0; i < n; i++) yStage[i] = y[i]! + hh * (A51 * k1[i]! + A52 * k2[i]! + A53 * k3[i]! + A54 * k4[i]!);
          evaluate(Math.min(t + C5 * hh, tNew), yStage, k5);
          for (let i = 0; i < n; i++) yStage[i] = y[i]! + hh * (A61 * k1[i]! + A62 * k2[i]! + A63 * k3[i]! + A64 * k4[i]! + A65 * k5[i]!);
          evaluate(tNew, yStage, k6);
          for (let i = 0; i < n; i++) yTrial[i] = y[i]! + hh * (B1 * k1[i]! + B3 * k3[i]! + B4 * k4[i]! + B5 * k5[i]! + B6 * k6[i]!);
          evaluate(tNew, yTrial, k7);
          for (let i = 0; i < n; i++) errVec[i] = hh * (E1 * k1[i]! + E3 * k3[i]! + E4 * k4[i]! + E5 * k5[i]! + E6 * k6[i]! + E7 * k7[i]!);
          const err = errorNorm(errVec, y, yTrial, atol, rtol);
          if (err <= 1) {
            const growth = hh < hProposed ? controller.acceptedShortened(err, hProposed / hh) : controller.accepted(err);
            h = Math.min(hh * growth, maxStep);
            const old = yPrev;
            yPrev = y;
            y = yTrial;
            yTrial = old;
            tPrev = t;
            t = tNew;
            hLast = hh;
            denseReady = false;
            stats.steps++;
            break;
          }
          stats.rejectedSteps++;
          h = hh * controller.rejected(err);
        }
        // State events: has a switch crossed to the other side of its branch?
        let cut = -1;
        if (nSw > 0) {
          system.switches!(t, y, c, u, o, gNew);
          let earliest = 2;
          for (let i = 0; i < nSw; i++) {
            const on = u[swSlot + i] !== 0;
            const lt = swWhen[i] === '<';
            const wrong = lt ? (on ? gNew[i]! > band : gNew[i]! < -band) : (on ? gNew[i]! < -band : gNew[i]! > band);
            if (!wrong) continue;
            const theta = locateCrossing(i);
            if (theta < earliest) { earliest = theta; cut = i; }
          }
          if (cut >= 0) {
            stats.stateEvents++;
            const tCut = tPrev + earliest * hLast;
            while (nextOutput < nOut && times[nextOutput]! < tCut) { interpolate(times[nextOutput]!, row); emitRow(nextOutput++, times[nextOutput - 1]!, row); }
            interpolate(tCut, row);
            y.set(row);
            t = tCut;
            u[swSlot + cut] = u[swSlot + cut] !== 0 ? 0 : 1;
            evaluate(t, y, k1);
            continue;
          }
        }
        while (nextOutput < nOut && times[nextOutput]! < t) { interpolate(times[nextOutput]!, row); emitRow(nextOutput++, times[nextOutput - 1]!, row); }
        if (t < tEnd) emitAt(t);
        fsal = true;
      }
      applyEventsAt(tEnd);
      emitAt(tEnd);
      if (tEnd >= t1) break;
      evaluate(t, y, k1);
    }
  }
  return { observations, states, stats };

  /** θ ∈ [0, 1] of switch i's crossing in the last step, by the Illinois method on the dense output. */
  function locateCrossing(i: number): number {
    // g at the step's start (with the same branches).
    interpolate(tPrev, row);
    system.switches!(tPrev, row, c, u, o, g);
    let a = 0, ga = g[i]!;
    let b = 1, gb = gNew[i]!;
    if (ga === 0 || ga * gb > 0) return 0; // already across at the start (within the band): switch there
    let side = 0;
    for (let iter = 0; iter < 60 && (b - a) * hLast > 1e-9 * Math.max(1, Math.abs(t)); iter++) {
      const theta = (a * gb - b * ga) / (gb - ga);
      interpolate(tPrev + theta * hLast, row);
      system.switches!(tPrev + theta * hLast, row, c, u, o, g);
      const gm = g[i]!;
      if (gm * gb > 0) {
        b = theta; gb = gm;
        if (side === 1) ga /= 2;
        side = 1;
      } else if (gm * ga > 0) {
        a = theta; ga = gm;
        if (side === -1) gb /= 2;
        side = -1;
      } else {
        return theta;
      }
    }
    return b;
  }

  /** Hairer's starting step (./initial-step.ts), one extra call. */
  function initialStep(t: number, tEnd: number): number {
    const hMax = Math.min(maxStep, tEnd - t);
    let sumY = 0, sumF = 0;
    for (let i = 0; i < n; i++) {
      const sc = atol[i]! + rtol * Math.abs(y[i]!);
      const ry = y[i]! / sc;
      const rf = k1[i]! / sc;
      sumY += ry * ry;
      sumF += rf * rf;
    }
    const d0 = Math.sqrt(sumY / n);
    const d1 = Math.sqrt(sumF / n);
    let h0 = d0 < 1e-5 || d1 < 1e-5 ? 1e-6 : 0.01 * (d0 / d1);
    if (h0 > hMax) h0 = hMax;
    for (let i = 0; i < n; i++) yStage[i] = y[i]! + h0 * k1[i]!;
    evaluate(t + h0, yStage, k2);
    let sumD = 0;
    for (let i = 0; i < n; i++) {
      const sc = atol[i]! + rtol * Math.abs(y[i]!);
      const r = (k2[i]! - k1[i]!) / sc;
      sumD += r * r;
    }
    const d2 = Math.sqrt(sumD / n) / h0;
    const dMax = d1 > d2 ? d1 : d2;
    const h1 = dMax <= 1e-15 ? Math.max(1e-6, h0 * 1e-3) : Math.pow(0.01 / dMax, 1 / 5);
    return Math.min(100 * h0, h1, hMax);
  }
}
