/**
 * Constants of the male HPG model: rate constants from the parameter record
 * (k = ln 2 / half-life, in 1/h), short symbols for the weights, and the
 * healthy baseline values that normalize the model so that every
 * concentration state is 1 at the healthy steady state. Computed once per run.
 */
import type { Expression } from '../../model-source';

export const MALE_HPG_CONSTANTS: Readonly<Record<string, Expression>> = {
  // Hypothalamus and steroid-receptor feedback
  kX: 'log(2)/feedbackSignalHalfLifeHours',
  aH: 'androgenFeedbackWeight',
  eH: 'estrogenFeedbackWeight',
  nA: 'androgenFeedbackHill',
  nE: 'estrogenFeedbackHill',
  // Pituitary GnRH receptor. Healthy steady state: occupancy occ0 = wG/(1 + wG), no tonic
  // ligand, so recovery is unimpeded between pulses: kDes·occ0·(1 − Dz0) = (kRec + kRecycle)·Dz0.
  wG: 'gnrhReceptorLoad',
  kDes: 'receptorDesensitizationRate',
  kRec: 'receptorRecoveryRate',
  mRec: 'receptorRecoveryHill',
  kRecycle: 'receptorRecyclingRate',
  occ0: 'wG/(1 + wG)',
  Dz0: 'kDes*occ0/(kDes*occ0 + kRec + kRecycle)',
  // Responsiveness R* = Rmin + (Rmax − Rmin)·H(ρ), H a ramp from 0 at ρLow to 1 at ρHigh
  // (ρHigh − ρLow = primingBandWidth), placed so that R* = 1 at ρ = 1: H(1) = h1.
  kR: 'log(2)/(24*responsivenessHalfLifeDays)',
  Rmin: 'responsivenessMin',
  Rmax: 'responsivenessMax',
  h1: '(1 - Rmin)/(Rmax - Rmin)',
  wBand: 'primingBandWidth',
  rhoLow: '1 - h1*wBand',
  rhoHigh: '1 + (1 - h1)*wBand',
  // LH: a store released at kRel·D per hour and turned over inside the cell at kDeg.
  eP: 'pituitaryEstrogenWeight',
  betaL: 'lhBasalFraction',
  psiL: 'lhSynthesisExponent',
  kRel: 'lhReleaseRate',
  kDeg: 'lhReleaseRate*lhPoolTurnoverRatio',
  kPL: 'kRel + kDeg',
  // FSH: synthesis restrained by inhibin B and steroids; a store released constitutively (kFc)
  // and by the GnRH drive (kFr).
  betaF: 'fshBasalFraction',
  psiF: 'fshSynthesisExponent',
  iB: 'inhibinFeedbackWeight',
  eF: 'fshEstrogenWeight',
  aF: 'fshAndrogenWeight',
  nAF: 'fshAndrogenHill',
  kPF: 'log(2)/fshStoreHalfLifeHours',
  kFr: 'kPF*fshRegulatedReleaseShare',
  kFc: 'kPF - kFr',
  kF: 'log(2)/fshHalfLifeHours',
  // Leydig cells and testosterone
  Kx: 'leydigAcuteSaturation',
  KK: 'steroidogenicInductionSaturation',
  K0: 'steroidogenicFloor',
  kK: 'log(2)/(24*steroidogenicInductionHalfLifeDays)',
  Kc: 'leydigTrophicSaturation',
  C0: 'leydigCapacityFloor',
  kC: 'log(2)/(24*leydigCapacityHalfLifeDays)',
  kLdRec: 'log(2)/(24*leydigReceptorRecoveryDays)',
  kLdDes: 'leydigDesensitization*kLdRec',
  Ld0: '1/(1 + leydigDesensitization)',
  fPer: 'peripheralAromatizationShare',
  fAdr: 'extragonadalEstrogenShare',
  sItt: 'ittSerumShare',
  kI: 'log(2)/ittHalfLifeHours',
  // Spermatogenesis: 12 stages, the first 4 early (entering meiosis); epididymal transit in two.
  kappa: '12/(24*spermatogenesisDays)',
  lambdaMax: 'germCellLossRate/24',
  fLate: 'lateStageLossShare',
  KI: 'ittHalfSupport',
  nI: 'ittSupportHill',
  KFs: 'fshHalfSupport',
  wT: 'ittSupportShare',
  eps0: 'fshIndependentEntry',
  KFe: 'fshHalfEntry',
  sv0: 'wT/(1 + KI^nI) + (1 - wT)/(1 + KFs)',
  e0: 'eps0 + (1 - eps0)/(1 + KFe)',
  kE: '2/(24*epididymalTransitDays)',
  kB: 'log(2)/inhibinHalfLifeHours',
  gB: 'inhibinGermCellShare',
  etaB: 'inhibinFshExponent',
  // Explicit pulses
  pulseInterval: 'gnrhPulseIntervalHours',
  kPortal: 'log(2)/(gnrhPortalHalfLifeMinutes/60)',
  kL: 'log(2)/lhHalfLifeHours',
  kT: 'log(2)/testosteroneHalfLifeHours',
  kMean: '1/6',
};
