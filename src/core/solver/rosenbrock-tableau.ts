/**
 * Coefficients of ROS34PW2, a 4-stage Rosenbrock–W method of order 3 with an
 * embedded order-2 error estimate (Rang & Angermann 2005, "New Rosenbrock
 * W-methods of order 3 for partial differential algebraic equations of index
 * 1", BIT Numer. Math. 45:761–787, Table for ROS34PW2). It is L-stable and
 * stiffly accurate; its embedded method is strongly A-stable (R(∞) ≈ 0.48).
 * Being a W-method, it keeps order 3 when the matrix J in the stage equations
 * is only an approximation of ∂f/∂y, which is what lets the stepper reuse one
 * Jacobian over many steps.
 *
 * Published form (Hairer & Wanner, "Solving ODEs II", 2nd ed. 1996, §IV.7, eq. 7.4):
 *   (I − hγJ) k_i = h f(t + α_i h, y + Σ_{j<i} α_ij k_j) + hJ Σ_{j<i} γ_ij k_j,
 *   y_new = y + Σ b_i k_i,   ŷ_new = y + Σ b̂_i k_i.
 * Implemented form (ibid. eq. 7.25, no matrix–vector products), with u_i = Σ_{j≤i} γ_ij k_j:
 *   (I/(hγ) − J) u_i = f(t + α_i h, y + Σ_{j<i} a_ij u_j) + Σ_{j<i} (c_ij/h) u_j,
 *   y_new = y + Σ m_i u_i,   err = Σ (m_i − m̂_i) u_i,
 * where A = αΓ⁻¹, C = diag(1/γ) − Γ⁻¹, m = bΓ⁻¹, m̂ = b̂Γ⁻¹. The transformed
 * arrays are computed here once, at module load, from the published ones.
 *
 * The ∂f/∂t term of classical Rosenbrock methods is omitted on purpose: for a
 * W-method this is the same as using the approximate Jacobian [[J, 0], [0, 0]]
 * of the autonomous system (y, t)' = (f, 1), so the order is unchanged.
 */

/** Rosenbrock coefficients in the transformed (u_i) form, row-major s×s where a matrix. */
export interface RosenbrockTableau {
  /** Number of stages s. */
  readonly stages: number;
  /** Diagonal γ. */
  readonly gamma: number;
  /** Stage-time fractions α_i = Σ_j α_ij. */
  readonly alpha: Float64Array;
  /** a_ij (strictly lower). */
  readonly a: Float64Array;
  /** c_ij (strictly lower). */
  readonly c: Float64Array;
  /** Solution weights m_i. */
  readonly m: Float64Array;
  /** Error weights m_i − m̂_i. */
  readonly e: Float64Array;
}

/** Builds the transformed tableau from the published α, Γ (lower triangular, constant diagonal), b and b̂. */
export function transformTableau(
  alpha: readonly number[][],
  gammaMatrix: readonly number[][],
  b: readonly number[],
  bHat: readonly number[],
): RosenbrockTableau {
  const s = b.length;
  const at = (m: readonly number[][], i: number, j: number): number => m[i]?.[j] ?? 0;
  const gamma = at(gammaMatrix, 0, 0);
  // Γ⁻¹ by forward substitution, column by column.
  const inv = new Float64Array(s * s);
  for (let j = 0; j < s; j++) {
    for (let i = j; i < s; i++) {
      let sum = i === j ? 1 : 0;
      for (let k = j; k < i; k++) sum -= at(gammaMatrix, i, k) * inv[k * s + j]!;
      inv[i * s + j] = sum / at(gammaMatrix, i, i);
    }
  }
  const a = new Float64Array(s * s);
  const c = new Float64Array(s * s);
  const alphaSum = new Float64Array(s);
  const m = new Float64Array(s);
  const e = new Float64Array(s);
  for (let i = 0; i < s; i++) {
    for (let j = 0; j < s; j++) {
      let sum = 0;
      for (let k = 0; k < s; k++) sum += at(alpha, i, k) * inv[k * s + j]!;
      a[i * s + j] = j < i ? sum : 0;
      c[i * s + j] = j < i ? -inv[i * s + j]! : 0;
      alphaSum[i] = alphaSum[i]! + at(alpha, i, j);
      m[j] = m[j]! + (b[i] ?? 0) * inv[i * s + j]!;
      e[j] = e[j]! + ((b[i] ?? 0) - (bHat[i] ?? 0)) * inv[i * s + j]!;
    }
  }
  return { stages: s, gamma, alpha: alphaSum, a, c, m, e };
}

const G = 4.3586652150845900e-1;

/** ROS34PW2 (Rang & Angermann 2005), transformed for implementation. */
export const ROS34PW2: RosenbrockTableau = transformTableau(
  [
    [0, 0, 0, 0],
    [8.7173304301691801e-1, 0, 0, 0],
    [8.4457060015369423e-1, -1.1299064236484185e-1, 0, 0],
    [0, 0, 1, 0],
  ],
  [
    [G, 0, 0, 0],
    [-8.7173304301691801e-1, G, 0, 0],
    [-9.0338057013044082e-1, 5.4180672388095326e-2, G, 0],
    [2.4212380706095346e-1, -1.2232505839045147, 5.4526025533510214e-1, G],
  ],
  [2.4212380706095346e-1, -1.2232505839045147, 1.5452602553351020, 4.3586652150845900e-1],
  [3.7810903145819369e-1, -9.6042292212423178e-2, 5.0e-1, 2.1793326075422950e-1],
);
