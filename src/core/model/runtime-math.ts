/**
 * The few helpers the generated model code calls (src/core/model/<id>/generated/).
 * Kept tiny so the engine inlines them into the right-hand side.
 */
import type { ComputedConstant } from './model-source';

/** max(0, x): the guard for states that decay toward zero and can dip below it on trial stages. */
export function pos(x: number): number {
  return x > 0 ? x : 0;
}

/**
 * x^n for the right-hand side, where Math.pow costs tens of nanoseconds per
 * call. Exponents are known only at run time (Hill exponents from the
 * parameter record), so this dispatches: for multiples of 1/4 up to 16,
 * binary exponentiation times √x or ∜x (each correctly rounded) is several
 * times faster and agrees with Math.pow to a few ulps; other exponents fall
 * back to Math.pow. x must be ≥ 0.
 */
export function power(x: number, n: number): number {
  const q = n * 4;
  if (q === (q | 0) && q >= 0 && q <= 64) {
    let result = 1;
    let base = x;
    let e = q >> 2;
    while (e > 0) {
      if (e & 1) result *= base;
      base *= base;
      e >>= 1;
    }
    const quarters = q & 3;
    if (quarters === 0) return result;
    const root = Math.sqrt(x);
    if (quarters === 2) return result * root;
    const fourth = Math.sqrt(root);
    return quarters === 1 ? result * fourth : result * root * fourth;
  }
  return Math.pow(x, n);
}

/** A computed constant's value from the constants so far (`names` gives each entry of c its name). */
export function computed(definition: unknown, c: Float64Array, names: readonly string[]): number {
  const def = definition as ComputedConstant;
  const named: Record<string, number> = {};
  for (const dep of def.dependsOn) named[dep] = c[names.indexOf(dep)]!;
  return def.compute(named);
}
