/**
 * Eigenvalues of a real general (non-symmetric) n×n matrix, by the standard
 * dense route of EISPACK and LAPACK (Wilkinson & Reinsch 1971, Handbook for
 * Automatic Computation vol. II, contributions II/11 `balance`, II/13 `orthes`
 * and II/14 `hqr`; Press et al. 2007, Numerical Recipes 3rd ed. §11.6–11.7,
 * `balanc` and `hqr`; Golub & Van Loan 2013, Matrix Computations §7.5):
 *
 * 1. Balancing (Parlett & Reinsch 1969). A diagonal similarity D⁻¹·A·D with
 *    powers of 2, so no rounding at all, repeated until each row and column
 *    have comparable 1-norms (off-diagonal). It leaves the eigenvalues
 *    unchanged and shrinks ‖A‖, which is what the rounding errors of the later
 *    steps scale with: Jacobians whose rates span minutes to months gain most.
 * 2. Reduction to upper Hessenberg form H = Qᵀ·A·Q (zero below the first
 *    subdiagonal) by n − 2 Householder reflections (`orthes`): orthogonal, so
 *    backward stable, with no pivoting growth.
 * 3. The Francis implicit double-shift QR iteration on H (`hqr`). Each sweep
 *    chases a 3×3 Householder bulge down the active block, which amounts to two
 *    QR steps with the complex-conjugate pair of shifts given by the eigenvalues
 *    of the trailing 2×2 block, in real arithmetic. A subdiagonal entry h[l][l−1]
 *    that is negligible next to its diagonal neighbours (|h[l][l−1]| ≤
 *    ε·(|h[l−1][l−1]| + |h[l][l]|)) is set to zero, splitting the problem; a 1×1
 *    block at the bottom is a real eigenvalue, a 2×2 block a real pair or a
 *    complex-conjugate pair. The active block's start l is found afresh at every
 *    sweep, so small subdiagonals anywhere deflate. Every 10 sweeps without
 *    deflation an exceptional (ad hoc) shift breaks cycles that the standard
 *    shifts can fall into; the whole iteration gets 30·n sweeps, the EISPACK
 *    budget.
 *
 * Cost ≈ (10/3)·n³ flops for the reduction plus ≈ 10·n³ for the QR sweeps
 * (one to two per eigenvalue): under a millisecond at n = 45. Accuracy: the
 * computed eigenvalues are exact for a matrix within a few ε·‖A‖ of the input
 * (backward stability); an eigenvalue of algebraic multiplicity m in a Jordan
 * block can still move by O((ε·‖A‖)^(1/m)) — that is the problem's
 * conditioning, not the method's, and the sum and product of such a cluster
 * stay accurate.
 *
 * Pure arithmetic on a copy: the input is not modified and nothing throws.
 */

/** Eigenvalues (re, im) in no particular order, conjugate pairs adjacent; or why they could not be computed. */
export type RealEigenvalues =
  | { readonly ok: true; readonly values: [number, number][]; /** QR sweeps used in all. */ readonly iterations: number }
  | { readonly ok: false; readonly reason: string };

export interface RealEigenvaluesOptions {
  /** Balance the matrix first (default true). */
  readonly balance?: boolean;
}

const EPS = Number.EPSILON;

/** Sweeps without deflation after which an exceptional shift is taken. */
const EXCEPTIONAL_EVERY = 10;
/** Sweeps allowed in all, per unit of n (EISPACK hqr). */
const SWEEPS_PER_ROW = 30;

/** |a| with the sign of b (Fortran SIGN). */
const withSign = (a: number, b: number): number => (b >= 0 ? Math.abs(a) : -Math.abs(a));

/**
 * Balances a row-major n×n matrix in place by a diagonal similarity with powers
 * of 2 (eigenvalues unchanged, no rounding), until the off-diagonal 1-norms of
 * each row and column agree within a factor of 2 (Numerical Recipes `balanc`).
 */
export function balanceMatrix(a: Float64Array, n: number): void {
  const radix = 2;
  const radix2 = radix * radix;
  for (let sweep = 0, done = false; !done && sweep < 100; sweep++) {
    done = true;
    for (let i = 0; i < n; i++) {
      let c = 0;
      let r = 0;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        c += Math.abs(a[j * n + i]!);
        r += Math.abs(a[i * n + j]!);
      }
      if (c === 0 || r === 0) continue;
      const s = c + r;
      let f = 1;
      let g = r / radix;
      while (c < g) { f *= radix; c *= radix2; }
      g = r * radix;
      while (c > g) { f /= radix; c /= radix2; }
      if ((c + r) / f < 0.95 * s) {
        done = false;
        for (let j = 0; j < n; j++) a[i * n + j] = a[i * n + j]! / f;
        for (let j = 0; j < n; j++) a[j * n + i] = a[j * n + i]! * f;
      }
    }
  }
}

/** Reduces a row-major n×n matrix in place to upper Hessenberg form by Householder similarities (EISPACK `orthes`). */
export function hessenberg(a: Float64Array, n: number): void {
  const u = new Float64Array(n);
  for (let m = 1; m < n - 1; m++) {
    // Reflect column m−1 below the diagonal onto e_m: H = I − u·uᵀ/h.
    let scale = 0;
    for (let i = m; i < n; i++) scale += Math.abs(a[i * n + m - 1]!);
    if (scale === 0) continue;
    let h = 0;
    for (let i = n - 1; i >= m; i--) {
      u[i] = a[i * n + m - 1]! / scale;
      h += u[i]! * u[i]!;
    }
    const g = -withSign(Math.sqrt(h), u[m]!);
    h -= u[m]! * g;
    u[m] = u[m]! - g;
    // A ← H·A (rows m..n−1 change, columns m..n−1; column m−1 is set below).
    for (let j = m; j < n; j++) {
      let f = 0;
      for (let i = n - 1; i >= m; i--) f += u[i]! * a[i * n + j]!;
      f /= h;
      for (let i = m; i < n; i++) a[i * n + j] = a[i * n + j]! - f * u[i]!;
    }
    // A ← A·H (columns m..n−1 change, every row).
    for (let i = 0; i < n; i++) {
      const row = i * n;
      let f = 0;
      for (let j = n - 1; j >= m; j--) f += u[j]! * a[row + j]!;
      f /= h;
      for (let j = m; j < n; j++) a[row + j] = a[row + j]! - f * u[j]!;
    }
    a[m * n + m - 1] = scale * g;
    for (let i = m + 1; i < n; i++) a[i * n + m - 1] = 0;
  }
}

/**
 * Eigenvalues of a row-major upper Hessenberg n×n matrix by the Francis double-shift
 * QR iteration (EISPACK / Numerical Recipes `hqr`), destroying it.
 */
export function hessenbergEigenvalues(a: Float64Array, n: number): RealEigenvalues {
  const at = (i: number, j: number): number => a[i * n + j]!;
  const wr = new Float64Array(n);
  const wi = new Float64Array(n);
  let norm = 0;
  for (let i = 0; i < n; i++) for (let j = Math.max(i - 1, 0); j < n; j++) norm += Math.abs(at(i, j));
  const budget = SWEEPS_PER_ROW * Math.max(n, 1);
  let sweeps = 0;
  let shift = 0; // accumulated exceptional shifts, subtracted from the diagonal
  let nn = n - 1; // the active block is rows/columns l..nn
  let its = 0; // sweeps since the last deflation
  let p = 0;
  let q = 0;
  let r = 0;
  while (nn >= 0) {
    // Look for a single small subdiagonal element: l is the top of the unreduced block.
    let l = nn;
    for (; l >= 1; l--) {
      let s = Math.abs(at(l - 1, l - 1)) + Math.abs(at(l, l));
      if (s === 0) s = norm;
      if (Math.abs(at(l, l - 1)) <= EPS * s) {
        a[l * n + l - 1] = 0;
        break;
      }
    }
    let x = at(nn, nn);
    if (l === nn) {
      // One real root.
      wr[nn] = x + shift;
      wi[nn] = 0;
      nn--;
      its = 0;
      continue;
    }
    let y = at(nn - 1, nn - 1);
    let w = at(nn, nn - 1) * at(nn - 1, nn);
    if (l === nn - 1) {
      // Two roots: the eigenvalues of the trailing 2×2 block.
      p = 0.5 * (y - x);
      q = p * p + w;
      const z = Math.sqrt(Math.abs(q));
      x += shift;
      if (q >= 0) {
        const zz = p + withSign(z, p);
        wr[nn - 1] = wr[nn] = x + zz;
        if (zz !== 0) wr[nn] = x - w / zz;
        wi[nn - 1] = wi[nn] = 0;
      } else {
        wr[nn - 1] = wr[nn] = x + p;
        wi[nn - 1] = z;
        wi[nn] = -z;
      }
      nn -= 2;
      its = 0;
      continue;
    }
    // No roots yet: one more double-shift QR sweep on rows/columns l..nn.
    if (sweeps >= budget) {
      return { ok: false, reason: `no convergence after ${budget} QR iterations (30·n), at eigenvalue ${nn + 1} of ${n}` };
    }
    if (its > 0 && its % EXCEPTIONAL_EVERY === 0) {
      // Exceptional shift (Wilkinson & Reinsch): shift the diagonal by x and use a made-up pair.
      shift += x;
      for (let i = 0; i <= nn; i++) a[i * n + i] = at(i, i) - x;
      const s = Math.abs(at(nn, nn - 1)) + Math.abs(at(nn - 1, nn - 2));
      x = y = 0.75 * s;
      w = -0.4375 * s * s;
    }
    its++;
    sweeps++;
    // Form the first column of (H − σ₁I)(H − σ₂I) and look for two consecutive small
    // subdiagonal elements: the bulge may start at m > l.
    let m = nn - 2;
    for (; m >= l; m--) {
      const z = at(m, m);
      r = x - z;
      const s0 = y - z;
      p = (r * s0 - w) / at(m + 1, m) + at(m, m + 1);
      q = at(m + 1, m + 1) - z - r - s0;
      r = at(m + 2, m + 1);
      const s = Math.abs(p) + Math.abs(q) + Math.abs(r);
      p /= s;
      q /= s;
      r /= s;
      if (m === l) break;
      const u = Math.abs(at(m, m - 1)) * (Math.abs(q) + Math.abs(r));
      const v = Math.abs(p) * (Math.abs(at(m - 1, m - 1)) + Math.abs(z) + Math.abs(at(m + 1, m + 1)));
      if (u <= EPS * v) break;
    }
    for (let i = m + 2; i <= nn; i++) {
      a[i * n + i - 2] = 0;
      if (i !== m + 2) a[i * n + i - 3] = 0;
    }
    // Chase the bulge: a 3×3 (last: 2×2) Householder reflection per column k.
    for (let k = m; k <= nn - 1; k++) {
      const last = k === nn - 1;
      if (k !== m) {
        p = at(k, k - 1);
        q = at(k + 1, k - 1);
        r = last ? 0 : at(k + 2, k - 1);
        x = Math.abs(p) + Math.abs(q) + Math.abs(r);
        if (x === 0) continue; // nothing to reflect in this column
        p /= x;
        q /= x;
        r /= x;
      }
      const s = withSign(Math.sqrt(p * p + q * q + r * r), p);
      if (s === 0) continue;
      if (k === m) {
        if (l !== m) a[k * n + k - 1] = -at(k, k - 1);
      } else a[k * n + k - 1] = -s * x;
      p += s;
      x = p / s;
      y = q / s;
      const z = r / s;
      q /= p;
      r /= p;
      // Row modification.
      for (let j = k; j <= nn; j++) {
        let t = at(k, j) + q * at(k + 1, j);
        if (!last) {
          t += r * at(k + 2, j);
          a[(k + 2) * n + j] = at(k + 2, j) - t * z;
        }
        a[(k + 1) * n + j] = at(k + 1, j) - t * y;
        a[k * n + j] = at(k, j) - t * x;
      }
      // Column modification.
      const iEnd = Math.min(nn, k + 3);
      for (let i = l; i <= iEnd; i++) {
        let t = x * at(i, k) + y * at(i, k + 1);
        if (!last) {
          t += z * at(i, k + 2);
          a[i * n + k + 2] = at(i, k + 2) - t * r;
        }
        a[i * n + k + 1] = at(i, k + 1) - t * q;
        a[i * n + k] = at(i, k) - t;
      }
    }
  }
  const values: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(wr[i]!) || !Number.isFinite(wi[i]!)) return { ok: false, reason: `eigenvalue ${i + 1} of ${n} is not finite` };
    values.push([wr[i]!, wi[i]!]);
  }
  return { ok: true, values, iterations: sweeps };
}

/** Eigenvalues of a real row-major n×n matrix (not modified): balance, Hessenberg reduction, Francis QR. */
export function realEigenvalues(matrix: Float64Array, n: number, options: RealEigenvaluesOptions = {}): RealEigenvalues {
  if (!Number.isInteger(n) || n < 0 || matrix.length !== n * n) return { ok: false, reason: `expected a ${n}×${n} matrix (${n * n} entries), got ${matrix.length}` };
  for (let i = 0; i < matrix.length; i++) {
    if (!Number.isFinite(matrix[i]!)) return { ok: false, reason: `non-finite entry at row ${Math.floor(i / n)}, column ${i % n}` };
  }
  const a = new Float64Array(matrix);
  if (options.balance ?? true) balanceMatrix(a, n);
  hessenberg(a, n);
  return hessenbergEigenvalues(a, n);
}
