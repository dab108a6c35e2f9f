/**
 * Adaptive linearly implicit Rosenbrock–W stepper for stiff problems, using
 * ROS34PW2 (Rang & Angermann 2005; order 3, embedded order 2, L-stable; see
 * rosenbrock-tableau.ts for the coefficients and the stage equations):
 *
 *   (I/(hγ) − J) u_i = f(t + α_i h, y + Σ_{j<i} a_ij u_j) + Σ_{j<i} (c_ij/h) u_j,   i = 1…4
 *   y_new = y + Σ m_i u_i,   err = Σ (m_i − m̂_i) u_i
 *
 * Each attempt factorises the n×n matrix I/(hγ) − J once (lu.ts) and makes 3
 * right-hand-side calls (stage 1 reuses f(t, y)); an accepted step makes one
 * more, f(t_new, y_new), which serves both the cubic Hermite dense output
 * (hermite.ts) and the next step's first stage.
 *
 * Jacobian reuse. Because ROS34PW2 is a W-method, a stale J costs stability
 * margin, not order, and the error estimate stays valid. So J (analytic, or n
 * forward-difference calls) is evaluated only
 *   - before the first step,
 *   - when a step is rejected (or the matrix is singular) with a J that was not
 *     evaluated at the current point, and
 *   - after MAX_JACOBIAN_AGE accepted steps with the same J.
 * Events do not force a new J: if the jump makes the old one unsuitable, the
 * next step fails and triggers the refresh. Error control: PI controller
 * (step-controller.ts) with k = 3; first step as in initial-step.ts.
 */
import type { Stepper } from './stepper';
import type { SolverContext } from './solver-context';
import type { ResolvedOptions } from './resolve-options';
import { ROS34PW2 } from './rosenbrock-tableau';
import { errorNorm } from './error-norm';
import { StepSizeController } from './step-controller';
import { initialStepSize } from './initial-step';
import { evaluateJacobian } from './jacobian';
import { luFactor, luSolve } from './lu';
import { hermiteInterpolate } from './hermite';

/** Order of the embedded error estimate plus one. */
const ERROR_ORDER = 3;
/** Accepted steps after which J is re-evaluated even if no step failed. */
const MAX_JACOBIAN_AGE = 20;
/** Step-size factor after a singular iteration matrix. */
const SINGULAR_SHRINK = 0.5;
/** A step that would end within 1% of tEnd is stretched to end on it. */
const STRETCH = 1.01;

/** Adaptive ROS34PW2 stepper with Jacobian reuse and cubic Hermite dense output. */
export class RosenbrockStepper implements Stepper {
  t: number;
  y: Float64Array;
  private tPrev: number;
  private yPrev: Float64Array;
  private yTrial: Float64Array;
  /** f at (t, y). */
  private f: Float64Array;
  private fPrev: Float64Array;
  private fTrial: Float64Array;
  /** Stage vectors u_1…u_s, one after another. */
  private readonly u: Float64Array;
  /** Views of u, one per stage, made once so the step loop allocates nothing. */
  private readonly stageViews: Float64Array[];
  private readonly yStage: Float64Array;
  private readonly errVec: Float64Array;
  private readonly jac: Float64Array;
  private readonly matrix: Float64Array;
  private readonly pivots: Int32Array;
  private readonly yScratch: Float64Array;
  private readonly fScratch: Float64Array;
  private h = NaN;
  /** Accepted steps since J was evaluated at the then-current point; −1 when J must be evaluated first. */
  private jacobianAge = -1;
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
    this.f = new Float64Array(n);
    this.fPrev = new Float64Array(n);
    this.fTrial = new Float64Array(n);
    this.u = new Float64Array(ROS34PW2.stages * n);
    this.stageViews = [];
    for (let s = 0; s < ROS34PW2.stages; s++) this.stageViews.push(this.u.subarray(s * n, (s + 1) * n));
    this.yStage = new Float64Array(n);
    this.errVec = new Float64Array(n);
    this.jac = new Float64Array(n * n);
    this.matrix = new Float64Array(n * n);
    this.pivots = new Int32Array(n);
    this.yScratch = new Float64Array(n);
    this.fScratch = new Float64Array(n);
  }

  start(tEnd: number): void {
    this.restart();
    const { options } = this;
    const hMax = Math.min(options.maxStep, tEnd - this.t);
    this.h = Math.min(
      options.initialStep ??
        initialStepSize((t, y, f) => this.ctx.evaluate(t, y, f), this.t, this.y, this.f, ERROR_ORDER, options.atol, options.rtol, hMax, this.yScratch, this.fScratch),
      options.maxStep,
    );
  }

  restart(maxStep?: number): void {
    if (maxStep !== undefined) this.h = Math.min(this.h, maxStep);
    this.ctx.evaluate(this.t, this.y, this.f);
  }

  step(tEnd: number): void {
    const { ctx, options, y, f, u, yStage, errVec, matrix, pivots } = this;
    const { stages, gamma, alpha, a, c, m, e } = ROS34PW2;
    const n = y.length;
    const t = this.t;
    const yTrial = this.yTrial;
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
      if (this.jacobianAge < 0) {
        evaluateJacobian(ctx, options.jacobian, t, y, f, this.jac, this.yScratch, this.fScratch);
        this.jacobianAge = 0;
      }
      // Iteration matrix I/(hγ) − J.
      const diagonal = 1 / (h * gamma);
      const jac = this.jac;
      for (let k = 0; k < n * n; k++) matrix[k] = -jac[k]!;
      for (let i = 0; i < n; i++) matrix[i * n + i] = matrix[i * n + i]! + diagonal;
      if (!luFactor(matrix, n, pivots)) {
        this.reject();
        this.h = h * SINGULAR_SHRINK;
        continue;
      }

      for (let s = 0; s < stages; s++) {
        const offset = s * n;
        if (s === 0) {
          u.set(f);
        } else {
          for (let i = 0; i < n; i++) {
            let sum = y[i]!;
            for (let j = 0; j < s; j++) sum += a[s * stages + j]! * u[j * n + i]!;
            yStage[i] = sum;
          }
          const stageTime = alpha[s]! >= 1 ? tNew : Math.min(t + alpha[s]! * h, tNew);
          ctx.evaluate(stageTime, yStage, this.stageViews[s]!);
          for (let j = 0; j < s; j++) {
            const cj = c[s * stages + j]! / h;
            for (let i = 0; i < n; i++) u[offset + i] = u[offset + i]! + cj * u[j * n + i]!;
          }
        }
        luSolve(matrix, n, pivots, u, offset);
      }
      for (let i = 0; i < n; i++) {
        let sum = y[i]!;
        let estimate = 0;
        for (let s = 0; s < stages; s++) {
          const us = u[s * n + i]!;
          sum += m[s]! * us;
          estimate += e[s]! * us;
        }
        yTrial[i] = sum;
        errVec[i] = estimate;
      }
      const err = errorNorm(errVec, y, yTrial, options.atol, options.rtol);

      if (err <= 1) {
        ctx.evaluate(tNew, yTrial, this.fTrial);
        const growth = h < hProposed ? this.controller.acceptedShortened(err, hProposed / h) : this.controller.accepted(err);
        this.h = Math.min(h * growth, options.maxStep);
        this.yTrial = this.yPrev;
        this.yPrev = y;
        this.y = yTrial;
        const fNew = this.fTrial;
        this.fTrial = this.fPrev;
        this.fPrev = f;
        this.f = fNew;
        this.tPrev = t;
        this.t = tNew;
        this.jacobianAge = this.jacobianAge + 1 >= MAX_JACOBIAN_AGE ? -1 : this.jacobianAge + 1;
        ctx.stats.steps++;
        return;
      }
      this.reject();
      this.h = h * this.controller.rejected(err);
    }
  }

  interpolate(time: number, out: Float64Array, offset: number): void {
    hermiteInterpolate(this.tPrev, this.yPrev, this.fPrev, this.t, this.y, this.f, time, out, offset);
  }

  /** Counts a failed attempt and, if J was not evaluated at this point, asks for a fresh one. */
  private reject(): void {
    this.ctx.stats.rejectedSteps++;
    if (this.jacobianAge > 0) this.jacobianAge = -1;
  }
}
