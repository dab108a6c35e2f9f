/**
 * What an eigenvalue of a Jacobian means in time. Near a steady state y*, a
 * small deviation δ evolves as δ(t) ≈ Σ c_k·v_k·e^{λ_k·t}; for one eigenvalue
 * λ = a + i·b (rates in 1/h, the models' time unit):
 *
 *   time constant   τ = 1 / |a|       hours for the deviation to change e-fold
 *                                     (decays when a < 0, grows when a > 0;
 *                                     Infinity when a = 0)
 *   half-time       τ·ln 2            hours to halve (or double)
 *   period          P = 2π / |b|      hours per oscillation, for a complex pair (b ≠ 0)
 *
 * An equilibrium is (linearly) stable when every a < 0 and unstable as soon as
 * one a > 0 (Lyapunov's indirect method; Strogatz 2015, ch. 6).
 */

/** One eigenvalue λ = re + i·im of a Jacobian (1/h), read as a time scale. */
export interface Eigenmode {
  /** Real part, 1/h: negative decays, positive grows. */
  readonly re: number;
  /** Imaginary part, 1/h (conjugate pairs appear twice, with ± im). */
  readonly im: number;
  /** 1/|re| in hours (Infinity when re = 0). */
  readonly timeConstantHours: number;
  /** The same in days. */
  readonly timeConstantDays: number;
  /** 2π/|im| in hours for a complex eigenvalue, else null. */
  readonly periodHours: number | null;
  /** The same in days, or null. */
  readonly periodDays: number | null;
  /** True when re > 0: a deviation along this mode grows. */
  readonly growing: boolean;
}

/** Imaginary parts below this (relative to |λ|) are treated as round-off of a real eigenvalue. */
const REAL_TOLERANCE = 1e-12;

/** The time scales of eigenvalue re + i·im (rates in 1/h). */
export function eigenmode(re: number, im: number): Eigenmode {
  const timeConstantHours = re === 0 ? Infinity : 1 / Math.abs(re);
  const complex = Math.abs(im) > REAL_TOLERANCE * Math.max(Math.hypot(re, im), Number.MIN_VALUE);
  const periodHours = complex ? (2 * Math.PI) / Math.abs(im) : null;
  return {
    re,
    im: complex ? im : 0,
    timeConstantHours,
    timeConstantDays: timeConstantHours / 24,
    periodHours,
    periodDays: periodHours === null ? null : periodHours / 24,
    growing: re > 0,
  };
}

/** Orders modes from the slowest or least stable (largest real part) to the fastest decaying; conjugates +im first. */
export function compareModes(a: Eigenmode, b: Eigenmode): number {
  return b.re - a.re || b.im - a.im;
}

/** A duration in hours in words at a readable unit: "40 min", "5.2 h", "12 days", "3.1 years". */
export function formatHours(hours: number): string {
  if (!Number.isFinite(hours)) return 'never';
  if (hours < 1) return `${Number((hours * 60).toPrecision(2))} min`;
  if (hours < 48) return `${Number(hours.toPrecision(2))} h`;
  const days = hours / 24;
  if (days < 730) return `${Number(days.toPrecision(days < 100 ? 2 : 3))} days`;
  return `${Number((days / 365.25).toPrecision(2))} years`;
}
