/**
 * Rate constants and weights of the male HPG model, derived from the
 * parameter record (half-lives → k = ln 2 / t½, in 1/h), plus the healthy
 * baseline receptor fractions used to normalize the model so that every
 * concentration state is 1 at the healthy steady state. Derived values are
 * computed here, never set.
 */
import type { ParameterValues } from '../parameter';
import { power } from './power';

const ln2 = Math.LN2;
/** Hill exponent of receptor down-regulation by the desensitized fraction (structural constant). */
export const DOWNREGULATION_HILL = 6;
/** Hill exponent of intratesticular-testosterone support of spermatogenesis (structural constant). */
export const ITT_SUPPORT_HILL = 3;

/** Everything the right-hand side reads, in hours. */
export interface AxisCoefficients {
  kX: number; aH: number; eH: number; eP: number; nA: number; nE: number;
  wG: number; occ0: number; kDes: number; kRec: number;
  kRnRec: number; kRnDown: number; thetaDz: number; thetaDzN: number; beta: number; betaF: number;
  kY: number; psi: number; synthesisScale: number; kRel: number; kDeg: number; kSyn: number; kL: number;
  kF: number; iB: number; eF: number; zetaF: number;
  kT: number; fPer: number; sItt: number; kI: number;
  Kx: number; kC: number; Kc: number; kLdRec: number; kLdDes: number;
  KI: number; KIN: number; KF: number; kWdown: number; kWup: number; kZ: number; kB: number; gB: number; etaB: number;
  pulseInterval: number; kPortal: number;
  /** Healthy baseline (averaged mode): receptor occupancy is occ0; desensitized fraction, responsiveness, Leydig receptors. */
  Dz0: number; Rn0: number; Ld0: number;
}

/** Hill function x^n / (x^n + θ^n), given θ^n (precomputed: this runs in the right-hand side). */
export function hill(x: number, thetaToN: number, n: number): number {
  const xn = power(x > 0 ? x : 0, n);
  return xn / (xn + thetaToN);
}

/** Coefficients from parameter values. */
export function axisCoefficients(p: ParameterValues): AxisCoefficients {
  const v = (id: string): number => {
    const x = p[id];
    if (x === undefined) throw new Error(`missing parameter ${id}`);
    return x;
  };
  const wG = v('gnrhReceptorLoad');
  const kDes = v('receptorDesensitizationRate');
  const kRec = v('receptorRecoveryRate');
  // Healthy steady state of the receptor module, occupancy occ0 = wG/(1+wG) and no exogenous ligand:
  //   kDes·occ0·(1 − Dz) = kRec·Dz.
  const occ0 = wG / (1 + wG);
  const Dz0 = (kDes * occ0) / (kDes * occ0 + kRec);
  const kRnRec = ln2 / (24 * v('responsivenessRecoveryDays'));
  const kRnDown = v('downregulationRatio') * kRnRec;
  const thetaDz = v('downregulationThreshold');
  const thetaDzN = Math.pow(thetaDz, DOWNREGULATION_HILL);
  const Rn0 = kRnRec / (kRnRec + kRnDown * hill(Dz0, thetaDzN, DOWNREGULATION_HILL));
  const kLdRec = ln2 / (24 * v('leydigRecoveryDays'));
  const kLdDes = v('leydigDesensitization') * kLdRec;
  const kRel = v('lhReleaseRate');
  const kDeg = v('lhPoolLossRate');
  return {
    kX: ln2 / v('feedbackSignalHalfLifeHours'),
    aH: v('androgenFeedbackWeight'), eH: v('estrogenFeedbackWeightHypothalamus'), eP: v('estrogenFeedbackWeightPituitary'),
    nA: v('androgenFeedbackHill'), nE: v('estrogenFeedbackHill'),
    wG, occ0, kDes, kRec, kRnRec, kRnDown, thetaDz, thetaDzN,
    beta: v('basalGonadotropinFraction'), betaF: v('fshBasalFraction'),
    kY: ln2 / (24 * v('synthesisHalfLifeDays')), psi: v('synthesisGnrhExponent'), synthesisScale: 1,
    kRel, kDeg, kSyn: kRel + kDeg,
    kL: ln2 / v('lhHalfLifeHours'),
    kF: ln2 / v('fshHalfLifeHours'), iB: v('inhibinFeedbackWeight'), eF: v('fshEstrogenWeight'), zetaF: v('fshGnrhExponent'),
    kT: ln2 / v('testosteroneHalfLifeHours'),
    fPer: v('peripheralAromatizationShare'), sItt: v('ittSerumShare'), kI: ln2 / v('ittHalfLifeHours'),
    Kx: v('leydigSaturation'), kC: ln2 / (24 * v('leydigCapacityHalfLifeDays')), Kc: v('leydigTrophicSaturation'),
    kLdRec, kLdDes,
    KI: v('ittHalfEffect'), KIN: Math.pow(v('ittHalfEffect'), ITT_SUPPORT_HILL), KF: v('fshHalfEffect'),
    kWdown: ln2 / (24 * v('spermSuppressionHalfDays')), kWup: ln2 / (24 * v('spermRecoveryHalfDays')),
    kZ: ln2 / (24 * v('spermTransitHalfDays')),
    kB: ln2 / v('inhibinHalfLifeHours'), gB: v('inhibinGermCellShare'), etaB: v('inhibinFshExponent'),
    pulseInterval: v('gnrhPulseIntervalHours'), kPortal: ln2 / (v('gnrhPortalHalfLifeMinutes') / 60),
    Dz0, Rn0, Ld0: 1 / (1 + v('leydigDesensitization')),
  };
}
