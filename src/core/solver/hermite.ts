/**
 * Cubic Hermite interpolation on one step [ta, tb] from the end values and
 * derivatives (the dense output of the Rosenbrock and RK4 steppers). With
 * h = tb − ta and s = (t − ta)/h ∈ [0, 1]:
 *
 *   y(t) ≈ (1 + 2s)(1 − s)² · ya + s(1 − s)² · h·fa + s²(3 − 2s) · yb + s²(s − 1) · h·fb
 *
 * It is exact for cubics and has error O(h⁴), so it does not spoil a method of
 * order ≤ 3 and is adequate for plots with RK4 (Hairer, Nørsett & Wanner,
 * "Solving ODEs I", §II.6).
 */

/** Writes the cubic Hermite interpolant at `t` of (ta, ya, fa)–(tb, yb, fb) into out[offset … offset+n). */
export function hermiteInterpolate(
  ta: number,
  ya: Float64Array,
  fa: Float64Array,
  tb: number,
  yb: Float64Array,
  fb: Float64Array,
  t: number,
  out: Float64Array,
  offset: number,
): void {
  const h = tb - ta;
  const s = (t - ta) / h;
  const r = 1 - s;
  const wya = (1 + 2 * s) * r * r;
  const wfa = s * r * r * h;
  const wyb = s * s * (3 - 2 * s);
  const wfb = -s * s * r * h;
  const n = ya.length;
  for (let i = 0; i < n; i++) {
    out[offset + i] = wya * ya[i]! + wfa * fa[i]! + wyb * yb[i]! + wfb * fb[i]!;
  }
}
