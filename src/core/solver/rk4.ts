/**
 * Classical fourth-order Runge–Kutta with a fixed step (Kutta 1901; Hairer,
 * Nørsett & Wanner, "Solving ODEs I", §II.1, Table 1.2, "the" Runge–Kutta method):
 *
 *   k1 = f(t, y),  k2 = f(t + h/2, y + h/2·k1),  k3 = f(t + h/2, y + h/2·k2),
 *   k4 = f(t + h, y + h·k3),  y_new = y + h/6·(k1 + 2k2 + 2k3 + k4).
 *
 * A reference integrator: no error control. Within each stretch between
 * critical times the steps are t_s + j·fixedStep (computed from the stretch
 * start t_s, so rounding does not accumulate); the last step of a stretch is
 * shortened to land exactly on the critical time or t1 (and a remainder below
 * 1e-9·fixedStep is merged into the previous step rather than taken alone).
 * f(t_new, y_new) is evaluated after each step, as k1 of the next step and for
 * the cubic Hermite dense output (hermite.ts), so a step costs 4 calls.
 */
import type { Stepper } from './stepper';
import type { SolverContext } from './solver-context';
import type { ResolvedOptions } from './resolve-options';
import { hermiteInterpolate } from './hermite';

/** Relative size below which a final sliver of a stretch is merged into the step before it. */
const MERGE = 1e-9;

/** Fixed-step classical RK4 stepper with cubic Hermite dense output. */
export class Rk4Stepper implements Stepper {
  t: number;
  y: Float64Array;
  private tPrev: number;
  private yPrev: Float64Array;
  private yTrial: Float64Array;
  private f: Float64Array;
  private fPrev: Float64Array;
  private fTrial: Float64Array;
  private readonly k2: Float64Array;
  private readonly k3: Float64Array;
  private readonly k4: Float64Array;
  private readonly yStage: Float64Array;
  /** Start of the current stretch between critical times, and steps taken in it. */
  private stretchStart: number;
  private stepIndex = 0;

  constructor(
    private readonly ctx: SolverContext,
    private readonly options: ResolvedOptions,
    t0: number,
    y0: Float64Array,
  ) {
    ctx.checkStepSize(t0, options.fixedStep); // a step below round-off would never advance t
    const n = y0.length;
    this.t = t0;
    this.tPrev = t0;
    this.stretchStart = t0;
    this.y = Float64Array.from(y0);
    this.yPrev = new Float64Array(n);
    this.yTrial = new Float64Array(n);
    this.f = new Float64Array(n);
    this.fPrev = new Float64Array(n);
    this.fTrial = new Float64Array(n);
    this.k2 = new Float64Array(n);
    this.k3 = new Float64Array(n);
    this.k4 = new Float64Array(n);
    this.yStage = new Float64Array(n);
  }

  start(_tEnd: number): void {
    this.restart();
  }

  /** A fixed-step method keeps its step: `maxStep` does not apply. */
  restart(_maxStep?: number): void {
    this.stretchStart = this.t;
    this.stepIndex = 0;
    this.ctx.evaluate(this.t, this.y, this.f);
  }

  step(tEnd: number): void {
    const { ctx, y, f, k2, k3, k4, yStage, yTrial } = this;
    const n = y.length;
    const t = this.t;
    const hFixed = this.options.fixedStep;
    ctx.attempt(t);
    let tNew = this.stretchStart + (this.stepIndex + 1) * hFixed;
    if (tNew >= tEnd - MERGE * hFixed) tNew = tEnd;
    const h = tNew - t;
    const half = 0.5 * h;
    const tHalf = t + half;
    for (let i = 0; i < n; i++) yStage[i] = y[i]! + half * f[i]!;
    ctx.evaluate(tHalf, yStage, k2);
    for (let i = 0; i < n; i++) yStage[i] = y[i]! + half * k2[i]!;
    ctx.evaluate(tHalf, yStage, k3);
    for (let i = 0; i < n; i++) yStage[i] = y[i]! + h * k3[i]!;
    ctx.evaluate(tNew, yStage, k4);
    const sixth = h / 6;
    for (let i = 0; i < n; i++) yTrial[i] = y[i]! + sixth * (f[i]! + 2 * (k2[i]! + k3[i]!) + k4[i]!);
    ctx.checkFinite(tNew, yTrial, 'state');
    ctx.evaluate(tNew, yTrial, this.fTrial);

    this.yTrial = this.yPrev;
    this.yPrev = y;
    this.y = yTrial;
    const fNew = this.fTrial;
    this.fTrial = this.fPrev;
    this.fPrev = f;
    this.f = fNew;
    this.tPrev = t;
    this.t = tNew;
    this.stepIndex++;
    ctx.stats.steps++;
  }

  interpolate(time: number, out: Float64Array, offset: number): void {
    hermiteInterpolate(this.tPrev, this.yPrev, this.fPrev, this.t, this.y, this.f, time, out, offset);
  }
}
