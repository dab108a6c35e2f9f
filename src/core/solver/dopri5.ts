/**
 * Dormand–Prince 5(4): explicit, adaptive Runge–Kutta method of order 5 with an
 * embedded order-4 error estimate (Dormand & Prince 1980, "A family of embedded
 * Runge–Kutta formulae", J. Comput. Appl. Math. 6:19–26). Coefficients, error
 * weights and the 4th-order continuous extension (dense output) are those of
 * Hairer, Nørsett & Wanner, "Solving ODEs I" (2nd ed. 1993), §II.5 Table 5.2
 * and §II.6, as in their code DOPRI5 (routine CONTD5).
 *
 * Seven stages k1…k7 with k7 = f(t + h, y_new), which is k1 of the next step
 * (FSAL), so an accepted step costs 6 right-hand-side calls. Local error
 *   err = h · Σ e_i k_i,  e = b − b̂,
 * measured with Hairer's RMS norm (error-norm.ts), controlled by the PI
 * controller (step-controller.ts) with k = 5. Dense output on the last step,
 * θ = (t − t_old)/h ∈ [0, 1], θ' = 1 − θ:
 *   y(t) = y_old + θ·(Δ + θ'·(r3 + θ·(r4 + θ'·r5))),
 *   Δ = y_new − y_old, r3 = h·k1 − Δ, r4 = Δ − h·k7 − r3, r5 = h·Σ d_i k_i,
 * computed only when an output time falls inside the step. All arrays are
 * allocated once per integration; the step loop allocates nothing.
 */
import type { Stepper } from './stepper';
import type { SolverContext } from './solver-context';
import type { ResolvedOptions } from './resolve-options';
import { errorNorm } from './error-norm';
import { StepSizeController } from './step-controller';
import { initialStepSize } from './initial-step';

import { DOPRI5 } from './dopri5-tableau';

/** Order of the error estimate plus one: the exponent k of the step-size controller. */
const ERROR_ORDER = 5;
/** A step that would end within 1% of tEnd is stretched to end on it, avoiding a sliver step. */
const STRETCH = 1.01;

/** Adaptive Dormand–Prince 5(4) stepper with 4th-order dense output. */
export class Dopri5Stepper implements Stepper {
  t: number;
  y: Float64Array;
  private tPrev: number;
  private yPrev: Float64Array;
  private yTrial: Float64Array;
  private k1: Float64Array;
  private readonly k2: Float64Array;
  private readonly k3: Float64Array;
  private readonly k4: Float64Array;
  private readonly k5: Float64Array;
  private readonly k6: Float64Array;
  private k7: Float64Array;
  private readonly yStage: Float64Array;
  private readonly errVec: Float64Array;
  private readonly r3: Float64Array;
  private readonly r4: Float64Array;
  private readonly r5: Float64Array;
  /** Proposed size of the next step. */
  private h = NaN;
  /** Size of the last accepted step (for dense output). */
  private hLast = 0;
  /** k7 of the accepted step still has to become k1 of the next. */
  private fsalPending = false;
  private denseReady = false;
  private readonly controller = new StepSizeController(ERROR_ORDER);

  constructor(
    private readonly ctx: SolverContext,
    private readonly options: ResolvedOptions,
    t0: number,
    y0: Float64Array,
  ) {
    const n = y0.length;
    this.t = t0;
    this.tPrev = t0;
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
    this.errVec = new Float64Array(n);
    this.r3 = new Float64Array(n);
    this.r4 = new Float64Array(n);
    this.r5 = new Float64Array(n);
  }

  start(tEnd: number): void {
    this.restart();
    const { options } = this;
    const hMax = Math.min(options.maxStep, tEnd - this.t);
    this.h = Math.min(
      options.initialStep ??
        initialStepSize((t, y, f) => this.ctx.evaluate(t, y, f), this.t, this.y, this.k1, ERROR_ORDER, options.atol, options.rtol, hMax, this.yStage, this.k2),
      options.maxStep,
    );
  }

  restart(maxStep?: number): void {
    this.fsalPending = false;
    if (maxStep !== undefined) this.h = Math.min(this.h, maxStep);
    this.ctx.evaluate(this.t, this.y, this.k1);
  }

  step(tEnd: number): void {
    if (this.fsalPending) {
      const f = this.k1;
      this.k1 = this.k7;
      this.k7 = f;
      this.fsalPending = false;
    }
    const { ctx, options, y, yTrial, k1, k2, k3, k4, k5, k6, k7, yStage, errVec } = this;
    // The tableau as locals, so the loops below keep it in registers (see DOPRI5).
    const { A21, A31, A32, A41, A42, A43, A51, A52, A53, A54, A61, A62, A63, A64, A65, B1, B3, B4, B5, B6, C2, C3, C4, C5, E1, E3, E4, E5, E6, E7 } = DOPRI5;
    const n = y.length;
    const t = this.t;
    for (;;) {
      ctx.attempt(t);
      const hProposed = this.h;
      ctx.checkStepSize(t, hProposed);
      let h = hProposed;
      let tNew = t + h;
      const remaining = tEnd - t;
      if (tNew >= tEnd || (STRETCH * h >= remaining && remaining <= options.maxStep)) {
        h = remaining;
        tNew = tEnd;
      }
      for (let i = 0; i < n; i++) yStage[i] = y[i]! + h * A21 * k1[i]!;
      ctx.evaluate(Math.min(t + C2 * h, tNew), yStage, k2);
      for (let i = 0; i < n; i++) yStage[i] = y[i]! + h * (A31 * k1[i]! + A32 * k2[i]!);
      ctx.evaluate(Math.min(t + C3 * h, tNew), yStage, k3);
      for (let i = 0; i < n; i++) yStage[i] = y[i]! + h * (A41 * k1[i]! + A42 * k2[i]! + A43 * k3[i]!);
      ctx.evaluate(Math.min(t + C4 * h, tNew), yStage, k4);
      for (let i = 0; i < n; i++) {
        yStage[i] = y[i]! + h * (A51 * k1[i]! + A52 * k2[i]! + A53 * k3[i]! + A54 * k4[i]!);
      }
      ctx.evaluate(Math.min(t + C5 * h, tNew), yStage, k5);
      for (let i = 0; i < n; i++) {
        yStage[i] = y[i]! + h * (A61 * k1[i]! + A62 * k2[i]! + A63 * k3[i]! + A64 * k4[i]! + A65 * k5[i]!);
      }
      ctx.evaluate(tNew, yStage, k6);
      // The error estimate's sum up to k6 is formed where k1…k6 are read anyway and finished after
      // k7 with the same additions in the same order (as in ./fused-dopri5.ts).
      for (let i = 0; i < n; i++) {
        const a1 = k1[i]!, a3 = k3[i]!, a4 = k4[i]!, a5 = k5[i]!, a6 = k6[i]!;
        yTrial[i] = y[i]! + h * (B1 * a1 + B3 * a3 + B4 * a4 + B5 * a5 + B6 * a6);
        errVec[i] = E1 * a1 + E3 * a3 + E4 * a4 + E5 * a5 + E6 * a6;
      }
      ctx.evaluate(tNew, yTrial, k7);
      for (let i = 0; i < n; i++) errVec[i] = h * (errVec[i]! + E7 * k7[i]!);
      const err = errorNorm(errVec, y, yTrial, options.atol, options.rtol);

      if (err <= 1) {
        // A step shortened to land on tEnd may grow back to the size proposed before shortening.
        const growth = h < hProposed ? this.controller.acceptedShortened(err, hProposed / h) : this.controller.accepted(err);
        this.h = Math.min(h * growth, options.maxStep);
        // Rotate buffers: the old start becomes scratch for the next trial.
        this.yTrial = this.yPrev;
        this.yPrev = y;
        this.y = yTrial;
        this.tPrev = t;
        this.t = tNew;
        this.hLast = h;
        this.fsalPending = true;
        this.denseReady = false;
        ctx.stats.steps++;
        return;
      }
      ctx.stats.rejectedSteps++;
      this.h = h * this.controller.rejected(err);
    }
  }

  interpolate(time: number, out: Float64Array, offset: number): void {
    const { yPrev, y, r3, r4, r5 } = this;
    const n = y.length;
    if (!this.denseReady) this.prepareDenseOutput();
    const theta = (time - this.tPrev) / this.hLast;
    const theta1 = 1 - theta;
    for (let i = 0; i < n; i++) {
      const y0 = yPrev[i]!;
      out[offset + i] = y0 + theta * (y[i]! - y0 + theta1 * (r3[i]! + theta * (r4[i]! + theta1 * r5[i]!)));
    }
  }

  /** Coefficients r3, r4, r5 of the continuous extension of the last accepted step. */
  private prepareDenseOutput(): void {
    const { yPrev, y, k1, k3, k4, k5, k6, k7, r3, r4, r5 } = this;
    const { D1, D3, D4, D5, D6, D7 } = DOPRI5;
    const h = this.hLast;
    const n = y.length;
    for (let i = 0; i < n; i++) {
      const delta = y[i]! - yPrev[i]!;
      const bspl = h * k1[i]! - delta;
      r3[i] = bspl;
      r4[i] = delta - h * k7[i]! - bspl;
      r5[i] = h * (D1 * k1[i]! + D3 * k3[i]! + D4 * k4[i]! + D5 * k5[i]! + D6 * k6[i]! + D7 * k7[i]!);
    }
    this.denseReady = true;
  }
}
