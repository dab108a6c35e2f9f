/**
 * x^n for the right-hand side, where Math.pow costs tens of nanoseconds per
 * call. Hill exponents are usually small integers: for those, binary
 * exponentiation (three or four multiplications) is exact and several times
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
