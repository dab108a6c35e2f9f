/**
 * Where a search for the reference cycle starts: the initial values of the
 * curated GynCycle SBML (BIOMD0000000494; Röblitz et al. 2013), mapped onto the
 * reduced states. The receptor signals start at the hormones they follow, the
 * receptor module at rest. Any start in the cycle's basin would do; this one
 * is already close to the limit cycle (its first LH peak comes on day 14).
 */
import { F, FEMALE_DIMENSION } from './states';

/** GynCycle's initial values, by reduced state (SBML species in the comments). */
export function gynCycleInitialState(): Float64Array {
  const y = new Float64Array(FEMALE_DIMENSION);
  y[F.G] = 0.00326; // GnRH
  y[F.Dz] = 0;
  y[F.Rn] = 1;
  y[F.LHpit] = 261119; // LH_Pit
  y[F.FSHpit] = 48627.2; // FSH_pit
  y[F.AF1] = 2.26;
  y[F.AF2] = 19.92;
  y[F.AF3] = 0.504;
  y[F.PrF] = 0.244;
  y[F.OvF] = 7.652e-19;
  y[F.Sc1] = 1.098e-8;
  y[F.Sc2] = 2.171e-6;
  y[F.Lut1] = 2.762e-5;
  y[F.Lut2] = 3.772e-4;
  y[F.Lut3] = 3.34e-3;
  y[F.Lut4] = 1.385e-2;
  y[F.s] = 0.119; // R_Foll
  y[F.E2] = 45;
  y[F.P4] = 2.41;
  y[F.InhA] = 1.07;
  y[F.InhAd] = 86.84; // InhA_delay
  y[F.Xe] = y[F.E2]!;
  y[F.Xp] = y[F.P4]!;
  y[F.Xa] = 0.3;
  return y;
}
