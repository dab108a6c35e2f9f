/**
 * Constants of the somatotropic axis: short symbols for the parameter record
 * (../parameters.ts, Farhy 2007's names where it has them) and rate constants
 * (k = ln 2 / half-life, 1/h). Computed once per run.
 */
import type { Expression } from '../../model-source';

export const GH_IGF1_CONSTANTS: Readonly<Record<string, Expression>> = {
  // Pituitary (Farhy: k1, kr1, t1, n1, t2, n2)
  k1: 'ghClearanceRate',
  kr1: 'ghReleaseMax',
  t1: 'ghrhHalfMax',
  n1: 'ghrhHill',
  t2: 'srifPituitaryHalf',
  n2: 'srifPituitaryHill',
  // Periventricular somatostatin (k4, kr4, t5, n5, S_basal) and arcuate somatostatin (k2, kr2, t3, n3)
  k4: 'srifPevClearance',
  kr4: 'srifPevGhRelease',
  t5: 'ghOnSrifHalf',
  n5: 'ghOnSrifHill',
  Sb: 'srifPevBasal',
  k2: 'srifArcClearance',
  kr2: 'srifArcRelease',
  t3: 'ghrhOnArcHalf',
  n3: 'ghrhOnArcHill',
  // GHRH neurones (k3, kr3, t4, n4)
  k3: 'ghrhClearance',
  kr3: 'ghrhRelease',
  t4: 'srifOnGhrhHalf',
  n4: 'srifOnGhrhHill',
  kS: '60/srifToneMinutes',
  // Ghrelin receptor (g0, tg0, ng0; g1, tg1, ng1; g2, tg2, ng2)
  g0: 'ghsDirect',
  tg0: 'ghsDirectHalf',
  ng0: 'ghsDirectHill',
  g1: 'ghsPituitaryGain',
  tg1: 'ghsPituitaryHalf',
  ng1: 'ghsPituitaryHill',
  g2: 'ghsHypothalamicGain',
  tg2: 'ghsHypothalamicHalf',
  ng2: 'ghsHypothalamicHill',
  kGrRec: 'log(2)/(24*ghsrRecoveryHalfLifeDays)',
  kGrDes: 'ghsrDesensitizationRate',
  // Healthy receptor availability: endogenous ghrelin occupies ghs0/(ghs0 + tg1) of the receptors.
  occ0: 'ghsEndogenous/(ghsEndogenous + tg1)',
  Rg0: 'kGrRec/(kGrRec + kGrDes*occ0)',
  // Somatotroph store
  kFill: '1/ghStoreFillHours',
  kDeg: '1/ghStoreLifetimeHours',
  kOut: 'ghStoreReleaseConstant',
  synBasal: 'ghSynthesisBasal',
  kT: 'log(2)/(24*trophicHalfLifeDays)',
  ghrhRef: 'ghrhTrophicReference',
  Kt: 'trophicSaturation',
  // IGF-1
  kI: 'log(2)/igf1HalfLifeHours',
  Imax: 'igf1Max',
  KGH: 'ghOnIgf1Half',
  Iref: 'igf1Reference',
  wIs: 'igf1SrifShare',
  KIp: 'igf1PituitaryHalf',
};
