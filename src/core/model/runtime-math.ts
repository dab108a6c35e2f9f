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
 * call. For small integer exponents (known only at run time: a Hill exponent
 * from the parameter record) binary exponentiation is exact and several times
 * faster; other exponents fall back to Math.pow. x must be ≥ 0.
 */
export function power(x: number, n: number): number {
  if (n === (n | 0) && n >= 0 && n <= 16) {
    let result = 1;
    let base = x;
    let e = n;
    while (e > 0) {
      if (e & 1) result *= base;
      base *= base;
      e >>= 1;
    }
    return result;
  }
  if (n === 0.5) return Math.sqrt(x);
  return Math.pow(x, n);
}

/** A computed constant's value from the constants so far (`names` gives each entry of c its name). */
export function computed(definition: unknown, c: Float64Array, names: readonly string[]): number {
  const def = definition as ComputedConstant;
  const named: Record<string, number> = {};
  for (const dep of def.dependsOn) named[dep] = c[names.indexOf(dep)]!;
  return def.compute(named);
}
