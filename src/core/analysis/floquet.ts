/**
 * Stability of a limit cycle: its Floquet multipliers, the eigenvalues of
 * the monodromy matrix M = ∂φ_T(y*)/∂y* (how a small deviation from the
 * cycle state y* is carried once round the cycle of period T). One multiplier
 * is always 1 (a shift along the orbit only changes the phase); the cycle is
 * stable when every other |μ| < 1, and a deviation along the slowest mode
 * shrinks by the factor |μ| per cycle, i.e. with the time constant
 * −T/ln|μ| (Strogatz, "Nonlinear Dynamics and Chaos", §8.7).
 *
 * M by central differences of the flow, one pair of integrations per state,
 * in scaled coordinates (each state divided by its range on the cycle) so the
 * matrix is balanced; the similarity leaves the multipliers unchanged.
 */
import type { RightHandSide } from '../solver/types';
import { integrate } from '../solver';
import { matrixEigenvalues } from './jacobian-eigen';

/** A multiplier μ = re + i·im with its modulus. */
export interface FloquetMultiplier {
  readonly re: number;
  readonly im: number;
  readonly abs: number;
}

/** 'stable': every non-trivial |μ| < 1 − margin; 'unstable': some > 1 + margin; 'marginal' otherwise. */
export type CycleVerdict = 'stable' | 'marginal' | 'unstable';

/** Result of the Floquet analysis. */
export type FloquetAnalysis =
  | {
      readonly ok: true;
      /** The multiplier closest to 1; its distance from 1 measures the differencing error. */
      readonly trivial: FloquetMultiplier;
      /** The others, largest modulus first. */
      readonly multipliers: readonly FloquetMultiplier[];
      readonly verdict: CycleVerdict;
      /** −T/ln|μ| of the largest non-trivial multiplier, hours: how fast the slowest deviation fades (e-fold). */
      readonly slowestReturnHours: number;
    }
  | { readonly ok: false; readonly reason: string };

/** Options: relative differencing step, integration tolerances, verdict margin. */
export interface FloquetOptions {
  readonly step?: number;
  readonly rtol?: number;
  readonly atol?: number;
  /** Non-trivial multipliers within 1 ± margin are 'marginal'. Default 0.01. */
  readonly margin?: number;
}

/**
 * Floquet multipliers of the cycle through `state` (on the cycle) with period
 * `periodHours`; `scale[i]` > 0 is the size of state i on the cycle.
 */
export function floquetMultipliers(
  rhs: RightHandSide,
  state: Float64Array,
  periodHours: number,
  scale: Float64Array,
  options: FloquetOptions = {},
): FloquetAnalysis {
  const n = state.length;
  const step = options.step ?? 1e-6;
  const solver = { rtol: options.rtol ?? 1e-10, atol: options.atol ?? 1e-13, outputTimes: [periodHours], maxSteps: 1e7 };
  const s = Float64Array.from(scale, (v) => (v > 0 ? v : 1));
  const monodromy = new Float64Array(n * n);
  const plus = new Float64Array(n);
  const minus = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const h = step * s[j]!;
    plus.set(state);
    minus.set(state);
    plus[j] = state[j]! + h;
    minus[j] = state[j]! - h;
    const a = integrate(rhs, plus, 0, periodHours, solver).states;
    const b = integrate(rhs, minus, 0, periodHours, solver).states;
    // Scaled entry: (∂φ_i/∂y_j)·s_j/s_i.
    for (let i = 0; i < n; i++) monodromy[i * n + j] = ((a[i]! - b[i]!) / (2 * h)) * (s[j]! / s[i]!);
  }
  const eig = matrixEigenvalues(monodromy, n);
  if (!eig.ok) return { ok: false, reason: eig.reason };
  const all = eig.values.map(([re, im]) => ({ re, im, abs: Math.hypot(re, im) })).sort((p, q) => q.abs - p.abs);
  let trivialIndex = 0;
  for (let k = 1; k < all.length; k++) {
    if (Math.hypot(all[k]!.re - 1, all[k]!.im) < Math.hypot(all[trivialIndex]!.re - 1, all[trivialIndex]!.im)) trivialIndex = k;
  }
  const trivial = all[trivialIndex]!;
  const multipliers = all.filter((_, k) => k !== trivialIndex);
  const margin = options.margin ?? 0.01;
  const largest = multipliers.length > 0 ? multipliers[0]!.abs : 0;
  const verdict: CycleVerdict = largest < 1 - margin ? 'stable' : largest > 1 + margin ? 'unstable' : 'marginal';
  const slowestReturnHours = largest > 0 && largest < 1 ? -periodHours / Math.log(largest) : Infinity;
  return { ok: true, trivial, multipliers, verdict, slowestReturnHours };
}
