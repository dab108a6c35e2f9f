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
 * known at the new point (computed with the last stage, which is evaluated
 * there, when the system offers `rhsSwitches`; otherwise by a separate call)
 * and at the step's start (kept from the step before); when one has crossed to the other side of its
 * branch by more than the band (atol), its crossing is located by the
 * Illinois method on g along the dense output, the step is cut there, the
 * branch changes, and integration restarts (as SUNDIALS and rxode2 do with
 * root functions). A crossing already behind the step's start (within the
 * band) changes the branch at the start and retries the step. Switch branches
 * are also set from the sign of g at the start and after every critical event.
 * A switch function may read other switches' branches (a branch changes a
 * quantity that another switch tests), so after every change the other
 * branches are settled at the same instant until none changes. A function that
 * crosses and returns within one step goes unseen, as with any root finder on
 * step ends: a model keeps each switch's excursions longer than a step by
 * declaring both ends of a band (see the male model's priming band).
 */
import { StepSizeController } from './step-controller';
import { initialStepSize } from './initial-step';
import { DOPRI5 } from './dopri5-tableau';
import { SolverError } from './solver-error';
import { scheduleEvents } from './event-schedule';
import type { CriticalEvent, SolverStats } from './types';

/** A flat right-hand side (generated code): writes f(t, y) into dydt reading c, u, o. */
export type FlatRhs = (t: number, y: Float64Array, dydt: Float64Array, c: Float64Array, u: Float64Array, o: Int32Array) => void;
/** The right-hand side that also writes the switch functions g at (t, y) (generated code). */
export type FlatRhsSwitches = (t: number, y: Float64Array, dydt: Float64Array, c: Float64Array, u: Float64Array, o: Int32Array, g: Float64Array) => void;
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
  /** Optional: the right-hand side and the switch functions in one call, used for each step's last stage. */
  readonly rhsSwitches?: FlatRhsSwitches;
  /** Optional: the only states the switch functions read (root finding interpolates just these). */
  readonly switchStates?: Int32Array;
  /** Observations at output times (e.g. raw outputs), then divided by `scale` and clipped at 0 when given. */
  readonly observe: FlatValues;
  readonly observationSize: number;
  readonly scale?: Float64Array;
}

/** Options, as for `integrate`. */
export interface FusedOptions {
  readonly rtol: number;
  /** Absolute tolerance, one for all states or one per state (as for `integrate`); the switches' band is its smallest. */
  readonly atol: number | Float64Array;
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
  readonly stats: SolverStats & { stateEvents: number; switchEvals: number };
}

const STRETCH = 1.01;

/** Integrates the flat system from t0 to t1 (see the file header). Throws SolverError like `integrate`. */
export function integrateFused(system: FlatSystem, y0: Float64Array, t0: number, t1: number, options: FusedOptions): FusedResult {
  return new FusedDopri5(system, y0, t0, t1, options).run();
}

/**
 * The integration's state as fields, so the step loop reads locals and fields
 * (fast in every engine) rather than variables captured by closures.
 *
 * Fields set in the constructor are `declare`d: a plain declaration is an ES2022
 * class field, defined as undefined before the constructor runs, so V8 first
 * sees every such field holding undefined and then types it as "any value"
 * (a number field then holds a boxed number, allocated anew on every store).
 * Declared, each field is created by its first assignment with its own type
 * (3–4% of the reference years).
 */
class FusedDopri5 {
  private declare readonly system: FlatSystem;
  private declare readonly t0: number;
  private declare readonly t1: number;
  private declare readonly options: FusedOptions;
  private declare readonly n: number;
  private declare readonly rtol: number;
  private declare readonly atol: Float64Array;
  private declare readonly times: Float64Array;
  private declare readonly events: readonly CriticalEvent[];
  private readonly stats = { steps: 0, rejectedSteps: 0, rhsEvals: 0, jacobianEvals: 0, events: 0, stateEvents: 0, switchEvals: 0 };
  private declare readonly minStep: number;
  private declare readonly maxStep: number;
  private declare readonly observations: Float64Array;
  private declare readonly states: Float64Array | null;
  private declare readonly m: number;
  private declare readonly nSw: number;
  private declare readonly swWhen: readonly ('<' | '>')[];
  private declare readonly swSlot: number;
  /** Switch values at the step's start (tPrev, yPrev) and end (t, y), each with the time it was computed at (NaN: unknown). */
  private declare gStart: Float64Array;
  private declare gEnd: Float64Array;
  private gStartTime = NaN;
  private gEndTime = NaN;
  /** Switch values written by the last stage's call (with rhsSwitches): those at the end of the step if it is accepted. */
  private declare gTrial: Float64Array;
  private declare readonly rhsSwitches: FlatRhsSwitches | null;
  /** States the switch functions read, and the dense output of just those during root finding. */
  private declare readonly switchStates: Int32Array;
  private declare readonly switchRow: Float64Array;
  /** Switch values during root finding. */
  private declare readonly gScratch: Float64Array;
  private declare readonly band: number;
  private declare y: Float64Array;
  private declare yPrev: Float64Array;
  private declare yTrial: Float64Array;
  private declare k1: Float64Array;
  private declare readonly k2: Float64Array;
  private declare readonly k3: Float64Array;
  private declare readonly k4: Float64Array;
  private declare readonly k5: Float64Array;
  private declare readonly k6: Float64Array;
  private declare k7: Float64Array;
  private declare readonly yStage: Float64Array;
  /** The error estimate's weighted sum of k1…k6, per state. */
  private declare readonly errSum: Float64Array;
  private declare readonly r3: Float64Array;
  private declare readonly r4: Float64Array;
  private declare readonly r5: Float64Array;
  private declare readonly row: Float64Array;
  private declare readonly out: Float64Array;
  private readonly controller = new StepSizeController(5);
  private declare t: number;
  private declare tPrev: number;
  private h = NaN;
  private hLast = 0;
  private denseReady = false;
  private nextEvent = 0;
  private nextOutput = 0;

  constructor(system: FlatSystem, y0: Float64Array, t0: number, t1: number, options: FusedOptions) {
    this.system = system;
    this.t0 = t0;
    this.t1 = t1;
    this.options = options;
    const n = y0.length;
    this.n = n;
    this.rtol = options.rtol;
    this.atol = typeof options.atol === 'number' ? new Float64Array(n).fill(options.atol) : Float64Array.from(options.atol);
    if (this.atol.length !== n) throw new SolverError('invalid-input', `atol must be a number or a Float64Array of length ${n}`, t0);
    this.times = options.outputTimes;
    this.events = scheduleEvents(options.events, t0, t1);
    this.minStep = 16 * Number.EPSILON * Math.max(Math.abs(t0), Math.abs(t1), Number.MIN_VALUE);
    this.maxStep = t1 - t0;
    this.m = system.observationSize;
    this.observations = new Float64Array(this.times.length * this.m);
    this.states = options.keepStates ? new Float64Array(this.times.length * n) : null;
    this.swWhen = system.switchWhen ?? [];
    this.nSw = this.swWhen.length;
    this.swSlot = system.switchSlot ?? 0;
    this.gStart = new Float64Array(this.nSw);
    this.gEnd = new Float64Array(this.nSw);
    this.gScratch = new Float64Array(this.nSw);
    this.gTrial = new Float64Array(this.nSw);
    this.rhsSwitches = this.nSw > 0 ? system.rhsSwitches ?? null : null;
    this.switchStates = system.switchStates ?? Int32Array.from({ length: n }, (_, i) => i);
    this.switchRow = new Float64Array(n);
    this.band = Math.min(...this.atol);
    this.y = Float64Array.from(y0);
    this.yPrev = new Float64Array(n);
    this.yTrial = new Float64Array(n);
    this.k1 = new Float64Array(n);
    this.k2 = new Float64Array(n);
    this.k3 = new Float64Array(n);
    this.k4 = new Float64Array(n);
    this.k5 = new Float64Array(n);
    this.k6 = new Float64Array(n);
    this.k7 = new Float64Array(n);
    this.yStage = new Float64Array(n);
    this.errSum = new Float64Array(n);
    this.r3 = new Float64Array(n);
    this.r4 = new Float64Array(n);
    this.r5 = new Float64Array(n);
    this.row = new Float64Array(n);
    this.out = new Float64Array(this.m);
    this.t = t0;
    this.tPrev = t0;
  }

  run(): FusedResult {
    const { events, t0, t1 } = this;
    this.setBranches(t0, this.y);
    this.applyEventsAt(t0);
    this.emitAt(t0);
    if (t1 > t0) {
      let firstStop = t1;
      for (let i = this.nextEvent; i < events.length; i++) if (events[i]!.time - t0 > this.minStep) { firstStop = events[i]!.time; break; }
      this.evaluate(this.t, this.y, this.k1);
      this.h = this.initialStep(firstStop);
      for (;;) {
        const tEnd = this.nextEvent < events.length ? events[this.nextEvent]!.time : t1;
        let fsal = false;
        while (this.t < tEnd) {
          if (tEnd - this.t <= this.minStep) break;
          if (fsal) { const f = this.k1; this.k1 = this.k7; this.k7 = f; fsal = false; }
          this.step(tEnd);
          if (this.nSw > 0 && this.stateEvent()) continue;
          this.emitInside(this.t);
          if (this.t < tEnd) this.emitAt(this.t);
          fsal = true;
        }
        this.applyEventsAt(tEnd);
        this.emitAt(tEnd);
        if (tEnd >= t1) break;
        this.evaluate(this.t, this.y, this.k1);
      }
    }
    return { observations: this.observations, states: this.states, stats: this.stats };
  }

  private name(i: number): string {
    return this.options.stateNames?.[i] ?? `y[${i}]`;
  }

  /**
   * f(t, y) into f. No finite check here (it would cost a pass per call): a non-finite
   * derivative makes the step's error norm infinite, and `failIfNonFinite` then names it.
   */
  private evaluate(t: number, y: Float64Array, f: Float64Array): void {
    this.stats.rhsEvals++;
    const s = this.system;
    s.rhs(t, y, f, s.c, s.u, s.o);
  }

  /** The last stage, f(tNew, yTrial), where an accepted step ends: with the switch values when the system computes both in one call. */
  private evaluateLast(t: number, y: Float64Array, f: Float64Array): void {
    const s = this.system;
    this.stats.rhsEvals++;
    if (this.rhsSwitches !== null) this.rhsSwitches(t, y, f, s.c, s.u, s.o, this.gTrial);
    else s.rhs(t, y, f, s.c, s.u, s.o);
  }

  /** Throws SolverError 'non-finite' naming the first stage or state that is not finite (after a step whose error norm was not finite). */
  private failIfNonFinite(t: number): void {
    const stages = [this.y, this.k1, this.k2, this.k3, this.k4, this.k5, this.k6, this.k7, this.yTrial];
    for (let s = 0; s < stages.length; s++) {
      const values = stages[s]!;
      for (let i = 0; i < this.n; i++) {
        if (Number.isFinite(values[i]!)) continue;
        const what = s === 0 || s === 8 ? 'state' : 'derivative of';
        throw new SolverError('non-finite', `${what} ${this.name(i)} is not finite at t = ${t}`, t, this.name(i));
      }
    }
  }

  /** One accepted step toward tEnd (the step of ./dopri5.ts). */
  private step(tEnd: number): void {
    const { n, atol, rtol, minStep, maxStep, k1, k2, k3, k4, k5, k6, yStage, errSum, controller, stats } = this;
    // The tableau as locals, so the loops below keep it in registers (see DOPRI5).
    const { A21, A31, A32, A41, A42, A43, A51, A52, A53, A54, A61, A62, A63, A64, A65, B1, B3, B4, B5, B6, C2, C3, C4, C5, E1, E3, E4, E5, E6, E7 } = DOPRI5;
    const y = this.y;
    const yTrial = this.yTrial;
    const k7 = this.k7;
    const t = this.t;
    for (;;) {
      if (stats.steps + stats.rejectedSteps >= this.options.maxSteps) throw new SolverError('step-budget', `step budget of ${this.options.maxSteps} attempted steps exhausted at t = ${t}`, t);
      const hProposed = this.h;
      if (!(hProposed >= minStep)) throw new SolverError('step-too-small', `step size ${hProposed} underflowed at t = ${t}`, t);
      let h = hProposed;
      let tNew = t + h;
      const remaining = tEnd - t;
      if (tNew >= tEnd || (STRETCH * h >= remaining && remaining <= maxStep)) { h = remaining; tNew = tEnd; }
      for (let i = 0; i < n; i++) yStage[i] = y[i]! + h * A21 * k1[i]!;
      this.evaluate(Math.min(t + C2 * h, tNew), yStage, k2);
      for (let i = 0; i < n; i++) yStage[i] = y[i]! + h * (A31 * k1[i]! + A32 * k2[i]!);
      this.evaluate(Math.min(t + C3 * h, tNew), yStage, k3);
      for (let i = 0; i < n; i++) yStage[i] = y[i]! + h * (A41 * k1[i]! + A42 * k2[i]! + A43 * k3[i]!);
      this.evaluate(Math.min(t + C4 * h, tNew), yStage, k4);
      for (let i = 0; i < n; i++) yStage[i] = y[i]! + h * (A51 * k1[i]! + A52 * k2[i]! + A53 * k3[i]! + A54 * k4[i]!);
      this.evaluate(Math.min(t + C5 * h, tNew), yStage, k5);
      for (let i = 0; i < n; i++) yStage[i] = y[i]! + h * (A61 * k1[i]! + A62 * k2[i]! + A63 * k3[i]! + A64 * k4[i]! + A65 * k5[i]!);
      this.evaluate(tNew, yStage, k6);
      // The error estimate's sum up to k6 is formed here, where k1…k6 are read anyway, and finished
      // after k7 with the same additions in the same order: (…(E1·k1 + E3·k3) + … + E6·k6) + E7·k7.
      for (let i = 0; i < n; i++) {
        const a1 = k1[i]!, a3 = k3[i]!, a4 = k4[i]!, a5 = k5[i]!, a6 = k6[i]!;
        yTrial[i] = y[i]! + h * (B1 * a1 + B3 * a3 + B4 * a4 + B5 * a5 + B6 * a6);
        errSum[i] = E1 * a1 + E3 * a3 + E4 * a4 + E5 * a5 + E6 * a6;
      }
      this.evaluateLast(tNew, yTrial, k7);
      // Hairer's RMS norm of the error estimate (./error-norm.ts), fused into the loop that forms it.
      let sum = 0;
      for (let i = 0; i < n; i++) {
        const e = h * (errSum[i]! + E7 * k7[i]!);
        const a = Math.abs(y[i]!);
        const b = Math.abs(yTrial[i]!);
        const scaled = e / (atol[i]! + rtol * (a > b ? a : b));
        sum += scaled * scaled;
      }
      const norm = Math.sqrt(sum / n);
      if (!(norm === norm) || norm === Infinity) this.failIfNonFinite(t);
      const err = norm === norm ? norm : Infinity;
      if (err <= 1) {
        const growth = h < hProposed ? controller.acceptedShortened(err, hProposed / h) : controller.accepted(err);
        this.h = Math.min(h * growth, maxStep);
        this.yTrial = this.yPrev;
        this.yPrev = y;
        this.y = yTrial;
        this.tPrev = t;
        this.t = tNew;
        this.hLast = h;
        this.denseReady = false;
        this.rollSwitchValues();
        stats.steps++;
        return;
      }
      stats.rejectedSteps++;
      this.h = h * controller.rejected(err);
    }
  }

  /**
   * After accepting a step: the switch values at its end become those at the next step's start,
   * so locating a crossing never evaluates them again at the start (the branches in u do not change
   * between the two: every change of u is followed by `setBranches`, which recomputes gEnd). The
   * values at the new end are those of the last stage's call, when it computed them.
   */
  private rollSwitchValues(): void {
    const g = this.gStart;
    this.gStart = this.gEnd;
    this.gStartTime = this.gEndTime;
    if (this.rhsSwitches !== null) {
      this.gEnd = this.gTrial;
      this.gTrial = g;
      this.gEndTime = this.t;
    } else {
      this.gEnd = g;
      this.gEndTime = NaN;
    }
  }

  /** The switch values at (t, y) under the current branches, into gEnd. */
  private switchValuesAtEnd(): Float64Array {
    if (this.gEndTime !== this.t) {
      const system = this.system;
      this.stats.switchEvals++;
      system.switches!(this.t, this.y, system.c, system.u, system.o, this.gEnd);
      this.gEndTime = this.t;
    }
    return this.gEnd;
  }

  /** After a step: if a switch crossed beyond the band, cut the step at the crossing and change its branch. */
  private stateEvent(): boolean {
    const { system, swSlot, swWhen, band } = this;
    const u = system.u;
    const gNew = this.switchValuesAtEnd();
    let earliest = 2;
    let cut = -1;
    for (let i = 0; i < this.nSw; i++) {
      const on = u[swSlot + i] !== 0;
      const g = gNew[i]!;
      const wrong = swWhen[i] === '<' ? (on ? g > band : g < -band) : (on ? g < -band : g > band);
      if (!wrong) continue;
      const theta = this.locateCrossing(i);
      if (theta < earliest) { earliest = theta; cut = i; }
    }
    if (cut < 0) return false;
    this.stats.stateEvents++;
    const tCut = this.tPrev + earliest * this.hLast;
    this.emitInside(tCut);
    this.interpolate(tCut, this.row);
    this.y.set(this.row);
    this.t = tCut;
    u[swSlot + cut] = u[swSlot + cut] !== 0 ? 0 : 1;
    this.setBranches(this.t, this.y, cut, band);
    this.evaluate(this.t, this.y, this.k1);
    return true;
  }

  /** θ ∈ [0, 1] of switch i's crossing in the last step, by the Illinois method on the dense output. */
  private locateCrossing(i: number): number {
    const { system, switchRow: row } = this;
    const { tPrev, hLast } = this;
    const g = this.gScratch;
    let a = 0, ga = this.switchValuesAtStart()[i]!;
    let b = 1, gb = this.gEnd[i]!;
    if (ga === 0 || ga * gb > 0) return 0; // already across at the start (within the band): switch there
    let side = 0;
    for (let iter = 0; iter < 60 && (b - a) * hLast > 1e-9 * Math.max(1, Math.abs(this.t)); iter++) {
      const theta = (a * gb - b * ga) / (gb - ga);
      this.interpolateSwitchStates(tPrev + theta * hLast, row);
      this.stats.switchEvals++;
      system.switches!(tPrev + theta * hLast, row, system.c, system.u, system.o, g);
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

  /** The switch values at the last step's start (tPrev, yPrev): kept from before the step, or evaluated there. */
  private switchValuesAtStart(): Float64Array {
    if (this.gStartTime !== this.tPrev) {
      const system = this.system;
      this.interpolate(this.tPrev, this.row); // yPrev exactly (θ = 0)
      this.stats.switchEvals++;
      system.switches!(this.tPrev, this.row, system.c, system.u, system.o, this.gStart);
      this.gStartTime = this.tPrev;
    }
    return this.gStart;
  }

  private prepareDense(): void {
    const { n, y, yPrev, k1, k3, k4, k5, k6, k7, r3, r4, r5, hLast } = this;
    const { D1, D3, D4, D5, D6, D7 } = DOPRI5;
    for (let i = 0; i < n; i++) {
      const delta = y[i]! - yPrev[i]!;
      const bspl = hLast * k1[i]! - delta;
      r3[i] = bspl;
      r4[i] = delta - hLast * k7[i]! - bspl;
      r5[i] = hLast * (D1 * k1[i]! + D3 * k3[i]! + D4 * k4[i]! + D5 * k5[i]! + D6 * k6[i]! + D7 * k7[i]!);
    }
    this.denseReady = true;
  }

  /** Dense output of the last accepted step [tPrev, t] into `target`. */
  private interpolate(time: number, target: Float64Array): void {
    if (!this.denseReady) this.prepareDense();
    const { n, y, yPrev, r3, r4, r5 } = this;
    const theta = (time - this.tPrev) / this.hLast;
    const theta1 = 1 - theta;
    for (let i = 0; i < n; i++) {
      const a = yPrev[i]!;
      target[i] = a + theta * (y[i]! - a + theta1 * (r3[i]! + theta * (r4[i]! + theta1 * r5[i]!)));
    }
  }

  /**
   * The dense output of only the states the switch functions read (the rest of `target` is left
   * as it was and not read): root finding evaluates the switches ~8 times per crossing.
   */
  private interpolateSwitchStates(time: number, target: Float64Array): void {
    if (!this.denseReady) this.prepareDense();
    const { switchStates, y, yPrev, r3, r4, r5 } = this;
    const theta = (time - this.tPrev) / this.hLast;
    const theta1 = 1 - theta;
    for (let k = 0; k < switchStates.length; k++) {
      const i = switchStates[k]!;
      const a = yPrev[i]!;
      target[i] = a + theta * (y[i]! - a + theta1 * (r3[i]! + theta * (r4[i]! + theta1 * r5[i]!)));
    }
  }

  /** Rows of every output time before `until`, from the dense output. */
  private emitInside(until: number): void {
    const { times, row } = this;
    while (this.nextOutput < times.length && times[this.nextOutput]! < until) {
      const time = times[this.nextOutput]!;
      this.interpolate(time, row);
      this.emitRow(this.nextOutput++, time, row);
    }
  }

  private emitRow(k: number, t: number, y: Float64Array): void {
    const { system, out, m } = this;
    if (this.states) this.states.set(y, k * this.n);
    system.observe(t, y, system.c, system.u, system.o, out);
    const base = k * m;
    const scale = system.scale;
    if (scale) for (let j = 0; j < m; j++) { const v = out[j]! / scale[j]!; this.observations[base + j] = v > 0 ? v : 0; }
    else this.observations.set(out, base);
  }

  private emitAt(time: number): void {
    const times = this.times;
    while (this.nextOutput < times.length && times[this.nextOutput] === time) this.emitRow(this.nextOutput++, time, this.y);
  }

  /**
   * Branches from the sign of g at (t, y), repeated until none changes. `keep` (a switch just
   * changed at its crossing, where its g is ~0) is left as it is, and with `band` a branch only
   * changes when g is beyond it.
   */
  private setBranches(t: number, y: Float64Array, keep = -1, band = 0): void {
    if (this.nSw === 0) return;
    const { system, swWhen, swSlot } = this;
    const g = this.gEnd;
    this.gEndTime = NaN;
    for (let pass = 0; pass <= this.nSw; pass++) {
      this.stats.switchEvals++;
      system.switches!(t, y, system.c, system.u, system.o, g);
      let changed = false;
      for (let i = 0; i < this.nSw; i++) {
        if (i === keep) continue;
        const gi = g[i]!;
        const on = swWhen[i] === '<' ? gi < -band : gi > band;
        const off = swWhen[i] === '<' ? gi > band : gi < -band;
        const current = system.u[swSlot + i] !== 0;
        if (current ? off : on) { system.u[swSlot + i] = current ? 0 : 1; changed = true; }
      }
      if (!changed) {
        this.gEndTime = t; // g at (t, y) under the branches now set: the next step's start values
        return;
      }
    }
  }

  private applyEventsAt(time: number): void {
    const { events, n } = this;
    const first = this.nextEvent;
    while (this.nextEvent < events.length && events[this.nextEvent]!.time === time) {
      const restart = events[this.nextEvent]!.restartStep;
      if (restart !== undefined && restart < this.h) this.h = restart;
      events[this.nextEvent]!.apply(this.y, time);
      this.stats.events++;
      this.nextEvent++;
    }
    if (this.nextEvent > first) {
      for (let i = 0; i < n; i++) if (!Number.isFinite(this.y[i]!)) throw new SolverError('non-finite', `state after event of ${this.name(i)} is not finite at t = ${time}`, time, this.name(i));
      this.setBranches(time, this.y);
    }
  }

  /** Hairer's starting step (./initial-step.ts), one extra call. */
  private initialStep(tEnd: number): number {
    const hMax = Math.min(this.maxStep, tEnd - this.t);
    return initialStepSize((t, y, f) => this.evaluate(t, y, f), this.t, this.y, this.k1, 5, this.atol, this.rtol, hMax, this.yStage, this.k2);
  }
}
