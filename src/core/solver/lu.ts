/**
 * Dense LU factorisation with partial (row) pivoting, PA = LU, in place, and
 * the matching solve (Golub & Van Loan, "Matrix Computations", 4th ed. 2013,
 * Algorithm 3.4.1). Used by the Rosenbrock stepper on the small n×n matrix
 * I/(γh) − J; n is the number of states (≈ 20), so plain loops on a row-major
 * Float64Array are faster than anything cleverer. Nothing is allocated.
 */

/**
 * Factorises the row-major n×n matrix `a` in place into unit-lower L (below the
 * diagonal) and U (on and above it); `pivots[k]` is the row swapped with row k.
 * Returns false (leaving `a` garbage) if a pivot is zero or not finite, i.e. the
 * matrix is singular to working precision.
 */
export function luFactor(a: Float64Array, n: number, pivots: Int32Array): boolean {
  for (let k = 0; k < n; k++) {
    let p = k;
    let max = Math.abs(a[k * n + k]!);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(a[i * n + k]!);
      if (v > max) {
        max = v;
        p = i;
      }
    }
    pivots[k] = p;
    if (!(max > 0) || max === Infinity) return false;
    if (p !== k) {
      const rowK = k * n;
      const rowP = p * n;
      for (let j = 0; j < n; j++) {
        const tmp = a[rowK + j]!;
        a[rowK + j] = a[rowP + j]!;
        a[rowP + j] = tmp;
      }
    }
    const rowK = k * n;
    const inversePivot = 1 / a[rowK + k]!;
    for (let i = k + 1; i < n; i++) {
      const rowI = i * n;
      const m = a[rowI + k]! * inversePivot;
      a[rowI + k] = m;
      if (m !== 0) for (let j = k + 1; j < n; j++) a[rowI + j] = a[rowI + j]! - m * a[rowK + j]!;
    }
  }
  return true;
}

/** Solves A x = b in place for b[offset … offset+n), given luFactor's output for A. */
export function luSolve(lu: Float64Array, n: number, pivots: Int32Array, b: Float64Array, offset = 0): void {
  // Apply the row swaps, then forward substitution with unit-lower L.
  for (let k = 0; k < n; k++) {
    const p = pivots[k]!;
    if (p !== k) {
      const tmp = b[offset + k]!;
      b[offset + k] = b[offset + p]!;
      b[offset + p] = tmp;
    }
  }
  for (let i = 1; i < n; i++) {
    const rowI = i * n;
    let sum = b[offset + i]!;
    for (let j = 0; j < i; j++) sum -= lu[rowI + j]! * b[offset + j]!;
    b[offset + i] = sum;
  }
  // Back substitution with U.
  for (let i = n - 1; i >= 0; i--) {
    const rowI = i * n;
    let sum = b[offset + i]!;
    for (let j = i + 1; j < n; j++) sum -= lu[rowI + j]! * b[offset + j]!;
    b[offset + i] = sum / lu[rowI + i]!;
  }
}
