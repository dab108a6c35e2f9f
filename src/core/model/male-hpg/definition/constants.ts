/**
 * Constants of the male HPG model: rate constants from the parameter record
 * (k = ln 2 / half-life, in 1/h), short symbols for the weights, and the
 * healthy baseline receptor fractions that normalize the model so that every
 * concentration state is 1 at the healthy steady state. Computed once per run.
 */
import type { Expression } from '../../model-source';

export const MALE_HPG_CONSTANTS: Readonly<Record<string, Expression>> = {
  // Hypothalamus and steroid-receptor feedback
  kX: 'log(2)/feedbackSignalHalfLifeHours',
  aH: 'androgenFeedbackWeight',
  eH: 'estrogenFeedbackWeightHypothalamus',
  eP: 'estrogenFeedbackWeightPituitary',
  nA: 'androgenFeedbackHill',
  nE: 'estrogenFeedbackHill',
  // Pituitary GnRH receptor. Healthy steady state with occupancy occ0 = wG/(1 + wG) and no
  // exogenous ligand: kDes·occ0·(1 − Dz) = kRec·Dz.
  wG: 'gnrhReceptorLoad',
  kDes: 'receptorDesensitizationRate',
  kRec: 'receptorRecoveryRate',
  occ0: 'wG/(1 + wG)',
  Dz0: 'kDes*occ0/(kDes*occ0 + kRec)',
  kRnRec: 'log(2)/(24*responsivenessRecoveryDays)',
  kRnDown: 'downregulationRatio*kRnRec',
  thetaDzN: 'downregulationThreshold^6',
  Rn0: 'kRnRec/(kRnRec + kRnDown*(Dz0^6/(Dz0^6 + thetaDzN)))',
  // Gonadotropins
  beta: 'basalGonadotropinFraction',
  betaF: 'fshBasalFraction',
  kY: 'log(2)/(24*synthesisHalfLifeDays)',
  psi: 'synthesisGnrhExponent',
  synthesisScale: '1',
  kRel: 'lhReleaseRate',
  kDeg: 'lhPoolLossRate',
  kSyn: 'kRel + kDeg',
  kL: 'log(2)/lhHalfLifeHours',
  kF: 'log(2)/fshHalfLifeHours',
  iB: 'inhibinFeedbackWeight',
  eF: 'fshEstrogenWeight',
  zetaF: 'fshGnrhExponent',
  // Testes
  kT: 'log(2)/testosteroneHalfLifeHours',
  fPer: 'peripheralAromatizationShare',
  sItt: 'ittSerumShare',
  kI: 'log(2)/ittHalfLifeHours',
  Kx: 'leydigSaturation',
  kC: 'log(2)/(24*leydigCapacityHalfLifeDays)',
  Kc: 'leydigTrophicSaturation',
  kLdRec: 'log(2)/(24*leydigRecoveryDays)',
  kLdDes: 'leydigDesensitization*kLdRec',
  Ld0: '1/(1 + leydigDesensitization)',
  // Tubules
  KIN: 'ittHalfEffect^3',
  KF: 'fshHalfEffect',
  kWdown: 'log(2)/(24*spermSuppressionHalfDays)',
  kWup: 'log(2)/(24*spermRecoveryHalfDays)',
  kZ: 'log(2)/(24*spermTransitHalfDays)',
  kB: 'log(2)/inhibinHalfLifeHours',
  gB: 'inhibinGermCellShare',
  etaB: 'inhibinFshExponent',
  // Explicit pulses
  pulseInterval: 'gnrhPulseIntervalHours',
  kPortal: 'log(2)/(gnrhPortalHalfLifeMinutes/60)',
};
