/**
 * Serum LH or FSH at quasi-steady state with binding to the follicular
 * receptors (Röblitz 2013: free R + hormone → bound, bound → desensitized →
 * free, the triplet's total N conserved). Serum is cleared in 10–15 min and
 * the receptors relax in minutes, so both follow their inputs algebraically:
 *
 *   bound = N·kOn·L/(kDes + a·L),   a = kOn·(1 + kDes/kRecy)
 *   J = kCl·L + kDes·bound           (input from the pool = clearance + binding)
 *
 * which is a quadratic in L with one non-negative root, computed in the
 * cancellation-free form.
 */

/** Serum level and bound follicular receptor (reused: no allocation in the right-hand side). */
export interface SerumBinding {
  level: number;
  bound: number;
}

/**
 * Solves for serum level L (IU/L) and bound receptor given the input J
 * (IU/L per hour) and rates per hour; writes them into `out`.
 */
export function serumWithReceptorBinding(J: number, kCl: number, kOn: number, kDes: number, kRecy: number, total: number, out: SerumBinding): void {
  const input = J > 0 ? J : 0;
  const a1 = kOn * (1 + kDes / kRecy);
  const qa = kCl * a1;
  const qb = kCl * kDes + total * kOn * kDes - input * a1;
  const qc = input * kDes; // the quadratic is qa·L² + qb·L − qc = 0
  const root = Math.sqrt(qb * qb + 4 * qa * qc);
  const level = qb >= 0 ? (2 * qc) / (qb + root || 1) : (root - qb) / (2 * qa);
  out.level = level;
  out.bound = (total * kOn * level) / (kDes + a1 * level);
}
