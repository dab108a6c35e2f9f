/**
 * Right-hand side of `female-hpg`, a reduction of GynCycle (Röblitz et al.
 * 2013, J Theor Biol 321:8) to 24 states. Time t in hours (GynCycle's rates
 * per day are divided by 24 in coefficients.ts); concentrations in clinical
 * units; follicle stages and GnRH in the paper's model units. Symbols are the
 * coefficients of ./coefficients.ts; u.* the agents' inputs (./inputs.ts);
 * f.* the subject's condition factors (./conditions.ts). H(x; θ, n) =
 * xⁿ/(xⁿ + θⁿ). The same equations, with a legend, in docs/model.md.
 *
 * Receptor signals (lagged; agents act here)
 *   εE = (E2 + u.E2 + u.erAgonist)/(1 + u.erAntagonist)      ER activation, pg/mL
 *   εP = P4 + u.P4 + u.prAgonist                               PR activation, ng/mL
 *   T  = T_adr + f.ovary·f.theca·T_ovMax·LH_R/(LH_R + K_T) + u.T      testosterone, ng/mL
 *   dXe/dt = kXe·(εE − Xe),  dXp/dt = kXp·(εP − Xp),  dXa/dt = kXa·(T − Xa)
 * Hypothalamus (GynCycle, with Xe, Xp in place of E2, P4; androgen resistance added)
 *   ρA   = 1 + aPR·H(Xa; θA, nA)                           androgens blunt P4 feedback (Eagleson 2000)
 *   freq = f.freq·f0/(1 + (Xp/(θPf·ρA))^nPf)·(1 + H(Xe; θEf, nEf))       pulses/d
 *   mass = a0·(H(Xe; θEm1, nEm1) + 1/(1 + (Xe/θEm2)^nEm2))
 * Pituitary GnRH receptor (GynCycle's binding made quasi-steady; Dz, Rn as male-hpg)
 *   g = G/K_G,  occ = (g + u.ag)/(1 + g + u.ag + u.ant),  occBlock = u.ag/(1 + g + u.ag + u.ant)
 *   GR  = N0·Rn·(1 − Dz)·occ/cC                              active complex (GynCycle GR_a + Ago_R_a)
 *   GRg = N0·Rn·(1 − Dz)·g/(1 + g + u.ag + u.ant)/cC         its endogenous part
 *   dG/dt  = freq·mass − kG·G − kCons·GRg
 *   dDz/dt = kDes·occ·(1 − Dz) − kRec·(1 − occBlock)·Dz
 *   dRn/dt = kRnRec·(1 − Rn) − kRnDown·H(Dz; θDz, 6)·Rn
 * LH and FSH
 *   synLH = f.lhSyn·(bLH + kE2LH·H(Xe; θE2LH, 10))/(1 + Xp/θP4LH),  relLH = bRelLH + kGrLH·H(GR; θGrLH, 5)
 *   dLHpit/dt = synLH − relLH·LHpit;   LH, LH_R = serum(relLH·LHpit/V)   (./serum-gonadotropin.ts)
 *   InhB  = f.ovary·(bIhB + kAF2IhB·AF2 + kSc2IhB·Sc2)/kClIhB                      quasi-steady
 *   synFSH = f.fshSyn·kIhFSH/(1 + (InhAd/θIhA)^5 + (InhB/θIhB)^2)/(1 + (freq/θfreq)^3)·(1 + wE)/(1 + wE·H(Xe; θEF, nEF))
 *   relFSH = bRelFSH + kGrFSH·H(GR; θGrFSH, 2)
 *   dFSHpit/dt = synFSH − relFSH·FSHpit;   FSH, FSH_R = serum(relFSH·FSHpit/V)
 * Ovary (GynCycle), x = LH_R/SF
 *   ds/dt   = kS·H(FSH; θFs, 5) − kClS·H(εP; θPs, 5)·s
 *   dAF1/dt = f.reserve·f.ovary·kAF1·H(FSH_R; θR1, 3) − kAF1AF2·FSH_R·AF1
 *   dAF2/dt = kAF1AF2·FSH_R·AF1 − kAF2AF3·x^n23·s·AF2
 *   dAF3/dt = kAF2AF3·x^n23·s·AF2 + kAF3AF3·FSH_R·AF3·(1 − AF3/Smax) − kAF3AF4·x^5·s·AF3
 *   AF4 = kAF3AF4·x^5·s·AF3/max(kAF4PrF·x·s − kAF4AF4·x^2, kAF4PrF·x·s/2)   quasi-steady stage 4
 *     (GynCycle: dAF4/dt = in + kAF4AF4·x²·AF4·(1 − AF4/Smax) − kAF4PrF·x·s·AF4; its exit, up to
 *     ~22/h, is the model's stiffest mode. The logistic factor (AF4 ≤ 0.22 ≪ Smax) is dropped; the
 *     floor at half the exit rate never binds in the healthy cycle, where self-renewal stays < 10% of it.)
 *   dPrF/dt = kAF4PrF·x·s·AF4 − kClPrF·x^6·s·PrF
 *   dOvF/dt = kOvF·s·x^6·H(PrF; θPrF, 10) − kClOvF·OvF
 *   dSc1/dt = kSc1·H(OvF; θOvF, 10) − kSc1Sc2·Sc1,   dSc2/dt = kSc1Sc2·Sc1 − kSc2Lut1·Sc2
 *   λ = 1 + mLut·H(GR; θGrLut, 5)                           GnRH-driven luteolysis
 *   dLut1/dt = kSc2Lut1·Sc2 − λ·kLut12·Lut1,  dLut2..4 likewise,  Lut4 cleared at λ·kClLut4
 * Ovarian hormones, α = 1 − min(1, u.AI)
 *   dE2/dt = α·f.arom·bE2 + α·f.ovary·(kAF2E2·AF2 + kAF3E2·AF3·LH + kAF4E2·AF4 + kPrFE2·PrF·LH
 *            + kLut1E2·Lut1 + kLut4E2·Lut4) − kClE2·E2
 *   dP4/dt = bP4 + f.ovary·kLut4P4·Lut4 − kClP4·P4
 *   dInhA/dt = f.ovary·(bIhA + kPrFIhA·PrF + kSc1IhA·Sc1 + Σ kLutiIhA·Luti) − kIhA·InhA
 *   dInhAd/dt = kIhA·InhA − kClIhAd·InhAd
 */
import { F } from './states';
import type { FemaleCoefficients } from './coefficients';
import { DOWNREGULATION_HILL } from './coefficients';
import type { FemaleFactors } from './conditions';
import type { FemaleInputs } from './inputs';
import { serumWithReceptorBinding, type SerumBinding } from './serum-gonadotropin';
import { power } from '../runtime-math';

const pos = (x: number): number => (x > 0 ? x : 0);
/** H(x; θ, n) given θⁿ (precomputed). */
const hill = (x: number, thetaN: number, n: number): number => {
  const xn = power(x > 0 ? x : 0, n);
  return xn / (xn + thetaN);
};

/** Everything derived from a state: hypothalamic drive, receptor, serum hormones, signals. */
export interface FemaleQuantities {
  /** GnRH pulse frequency (pulses/d) and mass per pulse (model units). */
  frequency: number;
  mass: number;
  /** GnRH-receptor occupancy, the active complex GR and its endogenous part. */
  occupancy: number;
  /** Occupancy by agonist, which blocks recovery (endogenous pulses leave receptors free between pulses). */
  occupancyBlock: number;
  complex: number;
  complexEndogenous: number;
  lhSynthesis: number;
  lhRelease: number;
  lh: SerumBinding;
  fshSynthesis: number;
  fshRelease: number;
  fsh: SerumBinding;
  inhibinB: number;
  /** Bound follicular LH receptor relative to its scale (x), and quasi-steady antral stage 4 with its exit rate (1/h). */
  lhSignal: number;
  af4In: number;
  af4: number;
  af4Exit: number;
  /** Serum estradiol and progesterone including what is given, and testosterone. */
  estradiol: number;
  progesterone: number;
  testosterone: number;
  /** Receptor activations the lagged signals follow. */
  erActivation: number;
  prActivation: number;
}

/** A reusable, zeroed quantities record. */
export function emptyFemaleQuantities(): FemaleQuantities {
  return {
    frequency: 0, mass: 0, occupancy: 0, occupancyBlock: 0, complex: 0, complexEndogenous: 0, lhSynthesis: 0, lhRelease: 0, lh: { level: 0, bound: 0 },
    fshSynthesis: 0, fshRelease: 0, fsh: { level: 0, bound: 0 }, inhibinB: 0, lhSignal: 0, af4In: 0, af4: 0, af4Exit: 0, estradiol: 0, progesterone: 0, testosterone: 0,
    erActivation: 0, prActivation: 0,
  };
}

/** Computes the derived quantities of state y into q. */
export function femaleQuantities(k: FemaleCoefficients, f: FemaleFactors, u: FemaleInputs, y: Float64Array, q: FemaleQuantities): void {
  const Xe = pos(y[F.Xe]!);
  const Xp = pos(y[F.Xp]!);
  const Xa = pos(y[F.Xa]!);
  // Hypothalamus
  const rhoA = 1 + k.aPR * hill(Xa, k.tArN, k.nAr);
  q.frequency = (f.gnrhFrequency * k.f0 * (1 + hill(Xe, k.tE2fN, k.nE2f))) / (1 + power(Xp / (k.tP4f * rhoA), k.nP4f));
  q.mass = k.a0 * (hill(Xe, k.tE2m1N, k.nE2m1) + 1 / (1 + power(Xe / k.tE2m2, k.nE2m2)));
  // Pituitary GnRH receptor
  const g = pos(y[F.G]!) / k.KG;
  const denominator = 1 + g + u.gnrhAgonistLoad + u.gnrhAntagonistLoad;
  q.occupancy = (g + u.gnrhAgonistLoad) / denominator;
  q.occupancyBlock = u.gnrhAgonistLoad / denominator;
  const available = k.N0 * k.activeShare * pos(y[F.Rn]!) * pos(1 - y[F.Dz]!);
  q.complex = available * q.occupancy;
  q.complexEndogenous = (available * g) / denominator;
  // LH
  q.lhSynthesis = (f.lhSynthesis * (k.bSynLH + k.kE2LH * hill(Xe, k.tE2LHN, k.nE2LH))) / (1 + Xp / k.tP4LH);
  q.lhRelease = k.bRelLH + k.kGrLH * hill(q.complex, k.tGrLHN, k.nGrLH);
  serumWithReceptorBinding((q.lhRelease * pos(y[F.LHpit]!)) / k.V, k.kClLH, k.kOnLH, k.kDesLH, k.kRecyLH, k.nLH, q.lh);
  // FSH
  q.inhibinB = (f.ovary * (k.bIhB + k.kAF2IhB * pos(y[F.AF2]!) + k.kSc2IhB * pos(y[F.Sc2]!))) / k.kClIhB;
  const inhibition = 1 + power(pos(y[F.InhAd]!), k.nIhA) / k.tIhAN + power(q.inhibinB, k.nIhB) / k.tIhBN;
  const frequencyDecoding = 1 + power(q.frequency, k.nFreq) / k.tFreqN;
  const estrogenFactor = (1 + k.wE) / (1 + k.wE * hill(Xe, k.tEfN, k.nEf));
  q.fshSynthesis = (f.fshSynthesis * k.kIhFSH * estrogenFactor) / (inhibition * frequencyDecoding);
  q.fshRelease = k.bRelFSH + k.kGrFSH * hill(q.complex, k.tGrFSHN, k.nGrFSH);
  serumWithReceptorBinding((q.fshRelease * pos(y[F.FSHpit]!)) / k.V, k.kClFSH, k.kOnFSH, k.kDesFSH, k.kRecyFSH, k.nFSH, q.fsh);
  // Antral stage 4, quasi-steady
  const x = q.lh.bound / k.sfLHR;
  const s = pos(y[F.s]!);
  q.lhSignal = x;
  q.af4Exit = k.kAF4PrF * x * s;
  const netExit = Math.max(q.af4Exit - k.kAF4AF4 * power(x, k.nAF4), 0.5 * q.af4Exit);
  q.af4In = k.kAF3AF4 * power(x, k.nAF3AF4) * s * pos(y[F.AF3]!);
  q.af4 = netExit > 0 ? q.af4In / netExit : 0;
  // Steroids and receptor activations
  q.estradiol = pos(y[F.E2]!) + u.exogenousEstradiol;
  q.progesterone = pos(y[F.P4]!) + u.exogenousProgesterone;
  q.testosterone = k.tAdrenal + (f.ovary * f.theca * k.tOvarian * q.lh.bound) / (q.lh.bound + k.kThecaLH) + u.exogenousTestosterone;
  q.erActivation = (q.estradiol + u.erAgonist) / (1 + u.erAntagonistLoad);
  q.prActivation = q.progesterone + u.prAgonist;
}

/** Writes the derivatives of all 24 states; q receives the derived quantities. */
export function femaleDerivatives(k: FemaleCoefficients, f: FemaleFactors, u: FemaleInputs, y: Float64Array, dydt: Float64Array, q: FemaleQuantities): void {
  femaleQuantities(k, f, u, y, q);
  const Dz = y[F.Dz]!;
  const Rn = y[F.Rn]!;
  const s = pos(y[F.s]!);
  const AF1 = pos(y[F.AF1]!);
  const AF2 = pos(y[F.AF2]!);
  const AF3 = pos(y[F.AF3]!);
  const AF4 = q.af4;
  const PrF = pos(y[F.PrF]!);
  const Sc1 = pos(y[F.Sc1]!);
  const Sc2 = pos(y[F.Sc2]!);
  const Lut1 = pos(y[F.Lut1]!);
  const Lut2 = pos(y[F.Lut2]!);
  const Lut3 = pos(y[F.Lut3]!);
  const Lut4 = pos(y[F.Lut4]!);
  const lh = q.lh.level;
  const fshR = q.fsh.bound;
  const x = q.lhSignal;

  // Receptor signals
  dydt[F.Xe] = k.kXe * (q.erActivation - y[F.Xe]!);
  dydt[F.Xp] = k.kXp * (q.prActivation - y[F.Xp]!);
  dydt[F.Xa] = k.kXa * (q.testosterone - y[F.Xa]!);

  // Hypothalamus and GnRH receptor
  dydt[F.G] = (q.frequency * q.mass) / 24 - k.kG * y[F.G]! - k.kCons * q.complexEndogenous;
  dydt[F.Dz] = k.kDes * q.occupancy * (1 - Dz) - k.kRec * (1 - q.occupancyBlock) * Dz;
  dydt[F.Rn] = k.kRnRec * (1 - Rn) - k.kRnDown * hill(Dz, k.thetaDzN, DOWNREGULATION_HILL) * Rn;

  // Pituitary pools
  dydt[F.LHpit] = q.lhSynthesis - q.lhRelease * y[F.LHpit]!;
  dydt[F.FSHpit] = q.fshSynthesis - q.fshRelease * y[F.FSHpit]!;

  // Ovary
  dydt[F.s] = k.kS * hill(q.fsh.level, k.tFshSN, k.nFshS) - k.kClS * hill(q.prActivation, k.tP4SN, k.nP4S) * s;
  const af1ToAf2 = k.kAF1AF2 * fshR * AF1;
  const af2ToAf3 = k.kAF2AF3 * power(x, k.nAF2AF3) * s * AF2;
  const af3ToAf4 = q.af4In;
  const af4ToPrF = q.af4Exit * AF4;
  const xOv = power(x, k.nOvF);
  dydt[F.AF1] = f.reserve * f.ovary * k.kAF1 * hill(fshR, k.tFshRAF1N, k.nFshRAF1) - af1ToAf2;
  dydt[F.AF2] = af1ToAf2 - af2ToAf3;
  dydt[F.AF3] = af2ToAf3 + k.kAF3AF3 * fshR * AF3 * (1 - AF3 / k.seFMax) - af3ToAf4;
  dydt[F.PrF] = af4ToPrF - k.kClPrF * xOv * s * PrF;
  dydt[F.OvF] = k.kOvF * s * xOv * hill(PrF, k.tPrFN, k.nPrF) - k.kClOvF * y[F.OvF]!;
  dydt[F.Sc1] = k.kSc1 * hill(pos(y[F.OvF]!), k.tOvFN, k.nOvFSc) - k.kSc1Sc2 * Sc1;
  dydt[F.Sc2] = k.kSc1Sc2 * Sc1 - k.kSc2Lut1 * Sc2;
  const luteolysis = 1 + k.mLut * hill(q.complex, k.tGrLutN, k.nGrLut);
  dydt[F.Lut1] = k.kSc2Lut1 * Sc2 - luteolysis * k.kLut12 * Lut1;
  dydt[F.Lut2] = luteolysis * (k.kLut12 * Lut1 - k.kLut23 * Lut2);
  dydt[F.Lut3] = luteolysis * (k.kLut23 * Lut2 - k.kLut34 * Lut3);
  dydt[F.Lut4] = luteolysis * (k.kLut34 * Lut3 - k.kClLut4 * Lut4);

  // Ovarian hormones
  const aromatase = 1 - Math.min(1, u.aromataseInhibition);
  const follicular = k.kAF2E2 * AF2 + k.kAF3E2 * AF3 * lh + k.kAF4E2 * AF4 + k.kPrFE2 * PrF * lh + k.kLut1E2 * Lut1 + k.kLut4E2 * Lut4;
  dydt[F.E2] = aromatase * (f.aromatase * k.bE2 + f.ovary * follicular) - k.kClE2 * y[F.E2]!;
  dydt[F.P4] = k.bP4 + f.ovary * k.kLut4P4 * Lut4 - k.kClP4 * y[F.P4]!;
  const inhibinA = k.bIhA + k.kPrFIhA * PrF + k.kSc1IhA * Sc1 + k.kLut1IhA * Lut1 + k.kLut2IhA * Lut2 + k.kLut3IhA * Lut3 + k.kLut4IhA * Lut4;
  dydt[F.InhA] = f.ovary * inhibinA - k.kIhA * y[F.InhA]!;
  dydt[F.InhAd] = k.kIhA * y[F.InhA]! - k.kClIhAd * y[F.InhAd]!;
}
