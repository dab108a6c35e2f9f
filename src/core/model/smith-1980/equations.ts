/**
 * Right-hand side of the classic Smith (1980) model of the male axis, a
 * three-stage negative-feedback loop, with an optional testosterone depot.
 *
 *   dR/dt = max(0, c − h·T) − b1·R          GnRH (R), drive clipped at zero
 *   dL/dt = g1·R − b2·L                     LH (L)
 *   dT/dt = s·g2·L − b3·T + ka·D            testosterone (T)
 *   dD/dt = −ka·D                           intramuscular depot (D), boluses add to it
 *
 * Symbols: c maximal GnRH secretion (conc/h); h feedback gain (1/h);
 * b1, b2, b3 clearance rate constants (1/h); g1, g2 secretion gains (1/h);
 * s ∈ {0, 1} testicular secretion switch (0 after orchiectomy);
 * ka = ln 2 / depot half-life (1/h). Time t in hours.
 *
 * Equilibrium of the untreated loop (D = 0, s = 1), with K = g1·g2 / (b1·b2·b3):
 *   T* = K·c / (1 + K·h),  R* = (c − h·T*) / b1,  L* = g1·R* / b2.
 * With the CellML values the loop gain K·h ≈ 48 exceeds the threshold of 8 for
 * a three-stage loop with similar rates, so the equilibrium is unstable and
 * the model settles on a limit cycle (Smith 1980; Cartwright & Husain 1986).
 */

/** Index of each state in the state vector. */
export const R = 0;
export const L = 1;
export const T = 2;
export const D = 3;
export const SMITH_DIMENSION = 4;

/** Coefficients read by the right-hand side (hours). */
export interface SmithCoefficients {
  c: number;
  h: number;
  b1: number;
  b2: number;
  b3: number;
  g1: number;
  g2: number;
  /** Depot absorption rate constant ka, 1/h. */
  ka: number;
  /** Testicular secretion switch: 1 intact, 0 after orchiectomy. */
  testes: number;
}

/** The untreated equilibrium (R*, L*, T*). */
export function smithEquilibrium(k: SmithCoefficients): { R: number; L: number; T: number } {
  const gain = (k.g1 * k.g2 * k.testes) / (k.b1 * k.b2 * k.b3);
  const t = (gain * k.c) / (1 + gain * k.h);
  const r = Math.max(0, k.c - k.h * t) / k.b1;
  return { R: r, L: (k.g1 * r) / k.b2, T: t };
}

/** Builds f(t, y) writing in place. */
export function smithRightHandSide(k: SmithCoefficients) {
  return (_t: number, y: Float64Array, dydt: Float64Array): void => {
    const r = y[R]!;
    const l = y[L]!;
    const t = y[T]!;
    const d = y[D]!;
    const drive = k.c - k.h * t;
    dydt[R] = (drive > 0 ? drive : 0) - k.b1 * r;
    dydt[L] = k.g1 * r - k.b2 * l;
    dydt[T] = k.testes * k.g2 * l - k.b3 * t + k.ka * d;
    dydt[D] = -k.ka * d;
  };
}
