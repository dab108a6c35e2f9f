/**
 * PI step-size controller (Gustafsson 1991; Hairer & Wanner, "Solving ODEs II"
 * (2nd ed. 1996), §IV.2, and the DOPRI5 code of Hairer, Nørsett & Wanner 1993,
 * §II.4): after an accepted step with error norm err ≤ 1 the next step is
 *
 *   h_new = h · clamp( safety · err^(−α) · errPrev^β, facMin, facMax ),   α = 1/k − 0.75·β,
 *
 * where k is the order of the error estimate plus one (5 for DOPRI5's 4th-order
 * estimator), errPrev the error norm of the previous accepted step (at least
 * 1e-4) and β = 0.04 (Hairer's default; larger β damps step-size oscillation
 * more). After a rejection the step shrinks by max(facMin, safety · err^(−α)),
 * and the step after a rejection is not allowed to grow.
 */

/** Safety factor: aim a little below the tolerance so the next step is rarely rejected. */
const SAFETY = 0.9;
/** Never shrink a step by more than 5×. */
const FAC_MIN = 0.2;
/** Never grow a step by more than 10× (except back to its size before a shortened step, see `acceptedShortened`). */
export const FAC_MAX = 10;

/** The PI controller's memory (previous error, whether the last attempt failed) for one integration. */
export class StepSizeController {
  private readonly alpha: number;
  private errPrev = 1e-4;
  private lastRejected = false;

  constructor(
    /** Order of the error estimate plus one (the power of h in the local error estimate). */
    errorOrder: number,
    /** Weight of the previous error (the "I" part); 0 gives the classical controller. */
    private readonly beta = 0.04,
  ) {
    this.alpha = 1 / errorOrder - 0.75 * beta;
  }

  /** Growth factor h_new/h after accepting a step whose error norm is `err` (≤ 1). */
  accepted(err: number): number {
    let growth = this.rawGrowth(err);
    if (!(growth <= FAC_MAX)) growth = FAC_MAX; // also catches err = 0 (growth = +Infinity)
    if (growth < FAC_MIN) growth = FAC_MIN;
    if (this.lastRejected && growth > 1) growth = 1;
    this.errPrev = err > 1e-4 ? err : 1e-4;
    this.lastRejected = false;
    return growth;
  }

  /**
   * Growth factor after accepting a step that was shortened by the factor
   * `shortening` = h_proposed/h (> 1) to land on a critical time. The next step
   * is at least h_proposed again, and unless the error asks for more, the
   * controller's memory is left as it was. Reason: a shortened step, above all a
   * sliver before a nearby event, has an error near round-off that says nothing
   * about the natural step size; trusting it would regrow the step only 10× per
   * step. Should h_proposed be too large after all, it costs one rejection.
   */
  acceptedShortened(err: number, shortening: number): number {
    if (this.rawGrowth(err) >= shortening && !this.lastRejected) {
      const growth = this.accepted(err);
      return growth > shortening ? growth : shortening;
    }
    this.lastRejected = false;
    return shortening;
  }

  /** safety · err^(−α) · errPrev^β, unclamped (+Infinity for err = 0). */
  private rawGrowth(err: number): number {
    return (SAFETY * Math.pow(this.errPrev, this.beta)) / Math.pow(err, this.alpha);
  }

  /** Shrink factor h_new/h (< 1) after rejecting a step whose error norm is `err` (> 1, possibly +Infinity). */
  rejected(err: number): number {
    this.lastRejected = true;
    const shrink = SAFETY / Math.pow(err, this.alpha);
    return shrink > FAC_MIN ? shrink : FAC_MIN;
  }
}
