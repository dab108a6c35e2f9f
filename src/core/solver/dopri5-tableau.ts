/**
 * The Dormand–Prince 5(4) tableau (Dormand & Prince 1980) with Hairer's dense-output weights
 * (Hairer, Nørsett & Wanner, "Solving ODEs I", 2nd ed. 1993, §II.5 Table 5.2, §II.6 CONTD5),
 * shared by the generic stepper (./dopri5.ts) and the fused path (./fused-dopri5.ts).
 */
// Nodes c_i and coupling coefficients a_ij (Dormand & Prince 1980).
export const C2 = 1 / 5, C3 = 3 / 10, C4 = 4 / 5, C5 = 8 / 9;
export const A21 = 1 / 5;
export const A31 = 3 / 40, A32 = 9 / 40;
export const A41 = 44 / 45, A42 = -56 / 15, A43 = 32 / 9;
export const A51 = 19372 / 6561, A52 = -25360 / 2187, A53 = 64448 / 6561, A54 = -212 / 729;
export const A61 = 9017 / 3168, A62 = -355 / 33, A63 = 46732 / 5247, A64 = 49 / 176, A65 = -5103 / 18656;
// Fifth-order weights b_i (= a_7i, hence FSAL; b2 = b7 = 0).
export const B1 = 35 / 384, B3 = 500 / 1113, B4 = 125 / 192, B5 = -2187 / 6784, B6 = 11 / 84;
// Error weights e_i = b_i − b̂_i.
export const E1 = 71 / 57600, E3 = -71 / 16695, E4 = 71 / 1920, E5 = -17253 / 339200, E6 = 22 / 525, E7 = -1 / 40;
// Dense-output weights d_i (Hairer's CONTD5).
export const D1 = -12715105075 / 11282082432, D3 = 87487479700 / 32700410799, D4 = -10690763975 / 1880347072;
export const D5 = 701980252875 / 199316789632, D6 = -1453857185 / 822651844, D7 = 69997945 / 29380423;

/**
 * The whole tableau as one object, for hot loops that copy it into locals first
 * (`const { A21, … } = DOPRI5`): read in the loop body, a module-level constant
 * is a context load in every iteration (V8 does not hoist it out of the loop,
 * and in the esbuild bundle it is a mutable `var`), which made the fused
 * stepper's stage loops about three times slower.
 */
export const DOPRI5 = {
  C2, C3, C4, C5,
  A21, A31, A32, A41, A42, A43, A51, A52, A53, A54, A61, A62, A63, A64, A65,
  B1, B3, B4, B5, B6,
  E1, E3, E4, E5, E6, E7,
  D1, D3, D4, D5, D6, D7,
} as const;
