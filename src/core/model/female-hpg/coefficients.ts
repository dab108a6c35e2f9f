/**
 * Constants the right-hand side of `female-hpg` reads, derived once from the
 * parameter record: rates converted from per day (GynCycle's unit) to per
 * hour (the core's), Hill thresholds raised to their exponents, and the
 * constants of the quasi-steady GnRH-receptor reduction. Derived values are
 * computed here, never set.
 *
 * GnRH receptor, quasi-steady (Röblitz 2013 binding scheme, rates per day):
 *   κi = k_inact/(k_act + k_diss + k_degrGRi)         inactive/active complex
 *   kEff = k_off + k_inact − k_act·κi                  net loss of the active complex
 *   ρi = k_inter/(k_recy + k_degrRG)                   inactive/active free receptor
 *   cR = 1 + ρi,   cC = 1 + κi·(1 + k_diss/(k_recy + k_degrRG))
 *   K_G = cR·kEff/(k_on·cC)                            GnRH at half occupancy
 *   GR_a = N·occ/cC,  occ = G/K_G/(1 + G/K_G)          active complex
 *   GnRH used up per active complex: kCons = (k_diss + k_degrGRi)·κi
 */
import type { ParameterValues } from '../parameter';

const ln2 = Math.LN2;
/** Hill exponent of receptor down-regulation by the desensitized fraction (as male-hpg). */
export const DOWNREGULATION_HILL = 6;

/** Everything the right-hand side reads; rates in 1/h. */
export interface FemaleCoefficients {
  // Hypothalamus
  f0: number; tP4f: number; nP4f: number; tE2fN: number; nE2f: number;
  a0: number; tE2m1N: number; nE2m1: number; tE2m2: number; nE2m2: number; kG: number;
  // Receptor signals
  kXe: number; kXp: number; kXa: number; aPR: number; tArN: number; nAr: number;
  // GnRH receptor
  KG: number; activeShare: number; N0: number; kCons: number;
  kDes: number; kRec: number; kRnRec: number; kRnDown: number; thetaDzN: number;
  // LH
  bSynLH: number; kE2LH: number; tE2LHN: number; nE2LH: number; tP4LH: number;
  bRelLH: number; kGrLH: number; tGrLHN: number; nGrLH: number;
  V: number; kClLH: number; kOnLH: number; kDesLH: number; kRecyLH: number; nLH: number;
  // FSH
  kIhFSH: number; tIhAN: number; nIhA: number; tIhBN: number; nIhB: number; tFreqN: number; nFreq: number;
  wE: number; tEfN: number; nEf: number;
  bRelFSH: number; kGrFSH: number; tGrFSHN: number; nGrFSH: number;
  kClFSH: number; kOnFSH: number; kDesFSH: number; kRecyFSH: number; nFSH: number;
  // Ovary
  kS: number; tFshSN: number; nFshS: number; kClS: number; tP4SN: number; nP4S: number;
  kAF1: number; tFshRAF1N: number; nFshRAF1: number; kAF1AF2: number; kAF2AF3: number; sfLHR: number; nAF2AF3: number;
  kAF3AF4: number; nAF3AF4: number; kAF3AF3: number; seFMax: number; kAF4AF4: number; nAF4: number;
  kAF4PrF: number; kClPrF: number; nOvF: number; kOvF: number; tPrFN: number; nPrF: number; kClOvF: number;
  kSc1: number; tOvFN: number; nOvFSc: number; kSc1Sc2: number; kSc2Lut1: number;
  kLut12: number; kLut23: number; kLut34: number; kClLut4: number; mLut: number; tGrLutN: number; nGrLut: number;
  // Steroids and inhibins (production per hour)
  bE2: number; kAF2E2: number; kAF3E2: number; kAF4E2: number; kPrFE2: number; kLut1E2: number; kLut4E2: number; kClE2: number;
  bP4: number; kLut4P4: number; kClP4: number;
  bIhA: number; kPrFIhA: number; kSc1IhA: number; kLut1IhA: number; kLut2IhA: number; kLut3IhA: number; kLut4IhA: number;
  kIhA: number; kClIhAd: number; bIhB: number; kAF2IhB: number; kSc2IhB: number; kClIhB: number;
  tAdrenal: number; tOvarian: number; kThecaLH: number;
}

/** Coefficients from parameter values. */
export function femaleCoefficients(p: ParameterValues): FemaleCoefficients {
  const v = (id: string): number => {
    const x = p[id];
    if (x === undefined) throw new Error(`missing parameter ${id}`);
    return x;
  };
  const perHour = (id: string): number => v(id) / 24;
  const pw = (thresholdId: string, hillId: string): number => Math.pow(v(thresholdId), v(hillId));

  // Quasi-steady GnRH receptor (per day; only ratios enter K_G, cC and κi).
  const kOn = v('gnrhBindingRate');
  const kOff = v('gnrhUnbindingRate');
  const kInact = v('complexInactivationRate');
  const kAct = v('complexReactivationRate');
  const kDiss = v('inactiveComplexDissociationRate');
  const kDegrGRi = v('inactiveComplexDegradationRate');
  const kInter = v('receptorInternalizationRate');
  const kRecy = v('receptorRecyclingRate');
  const kDegrRG = v('inactiveReceptorDegradationRate');
  const kappaI = kInact / (kAct + kDiss + kDegrGRi);
  const kEff = kOff + kInact - kAct * kappaI;
  const cR = 1 + kInter / (kRecy + kDegrRG);
  const cC = 1 + kappaI * (1 + kDiss / (kRecy + kDegrRG));
  const kRnRec = ln2 / (24 * v('responsivenessRecoveryDays'));

  return {
    f0: v('gnrhFrequencyMax'), tP4f: v('p4FrequencyThreshold'), nP4f: v('p4FrequencyHill'),
    tE2fN: pw('e2FrequencyThreshold', 'e2FrequencyHill'), nE2f: v('e2FrequencyHill'),
    a0: v('gnrhMassScale'), tE2m1N: pw('e2MassThresholdHigh', 'e2MassHillHigh'), nE2m1: v('e2MassHillHigh'),
    tE2m2: v('e2MassThresholdLow'), nE2m2: v('e2MassHillLow'), kG: perHour('gnrhDegradationRate'),
    kXe: ln2 / v('erSignalHalfLifeHours'), kXp: ln2 / v('prSignalHalfLifeHours'), kXa: ln2 / v('arSignalHalfLifeHours'),
    aPR: v('androgenP4ResistanceWeight'), tArN: pw('androgenP4ResistanceHalfEffect', 'androgenP4ResistanceHill'), nAr: v('androgenP4ResistanceHill'),
    KG: (cR * kEff) / (kOn * cC), activeShare: 1 / cC, N0: v('gnrhReceptorTotal'), kCons: ((kDiss + kDegrGRi) * kappaI) / 24,
    kDes: v('receptorDesensitizationRate'), kRec: v('receptorRecoveryRate'),
    kRnRec, kRnDown: v('downregulationRatio') * kRnRec, thetaDzN: Math.pow(v('downregulationThreshold'), DOWNREGULATION_HILL),
    bSynLH: perHour('lhSynthesisBasal'), kE2LH: perHour('lhSynthesisEstradiol'), tE2LHN: pw('e2LhSynthesisThreshold', 'e2LhSynthesisHill'),
    nE2LH: v('e2LhSynthesisHill'), tP4LH: v('p4LhSynthesisThreshold'),
    bRelLH: perHour('lhReleaseBasal'), kGrLH: perHour('lhReleaseGnrh'), tGrLHN: pw('lhReleaseComplexThreshold', 'lhReleaseHill'), nGrLH: v('lhReleaseHill'),
    V: v('bloodVolume'), kClLH: perHour('lhClearanceRate'), kOnLH: perHour('lhReceptorBindingRate'),
    kDesLH: perHour('lhReceptorDesensitizationRate'), kRecyLH: perHour('lhReceptorRecyclingRate'), nLH: v('lhReceptorTotal'),
    kIhFSH: perHour('fshSynthesisMax'), tIhAN: pw('inhibinAFshThreshold', 'inhibinAFshHill'), nIhA: v('inhibinAFshHill'),
    tIhBN: pw('inhibinBFshThreshold', 'inhibinBFshHill'), nIhB: v('inhibinBFshHill'),
    tFreqN: pw('frequencyFshThreshold', 'frequencyFshHill'), nFreq: v('frequencyFshHill'),
    wE: v('fshEstradiolWeight'), tEfN: pw('fshEstradiolHalfEffect', 'fshEstradiolHill'), nEf: v('fshEstradiolHill'),
    bRelFSH: perHour('fshReleaseBasal'), kGrFSH: perHour('fshReleaseGnrh'), tGrFSHN: pw('fshReleaseComplexThreshold', 'fshReleaseHill'), nGrFSH: v('fshReleaseHill'),
    kClFSH: perHour('fshClearanceRate'), kOnFSH: perHour('fshReceptorBindingRate'),
    kDesFSH: perHour('fshReceptorDesensitizationRate'), kRecyFSH: perHour('fshReceptorRecyclingRate'), nFSH: v('fshReceptorTotal'),
    kS: perHour('growthFactorSynthesis'), tFshSN: pw('fshGrowthFactorThreshold', 'fshGrowthFactorHill'), nFshS: v('fshGrowthFactorHill'),
    kClS: perHour('growthFactorClearance'), tP4SN: pw('p4GrowthFactorThreshold', 'p4GrowthFactorHill'), nP4S: v('p4GrowthFactorHill'),
    kAF1: perHour('recruitmentRate'), tFshRAF1N: pw('fshRecruitmentThreshold', 'fshRecruitmentHill'), nFshRAF1: v('fshRecruitmentHill'),
    kAF1AF2: perHour('af1ToAf2Rate'), kAF2AF3: perHour('af2ToAf3Rate'), sfLHR: v('lhReceptorScale'), nAF2AF3: v('af2ToAf3Hill'),
    kAF3AF4: perHour('af3ToAf4Rate'), nAF3AF4: v('af3ToAf4Hill'), kAF3AF3: perHour('af3SelfRenewal'), seFMax: v('follicleCapacity'),
    kAF4AF4: perHour('af4SelfRenewal'), nAF4: v('af4SelfRenewalHill'),
    kAF4PrF: perHour('af4ToPreovulatoryRate'), kClPrF: perHour('preovulatoryClearance'), nOvF: v('ovulationLhHill'),
    kOvF: perHour('ovulationRate'), tPrFN: pw('preovulatoryOvulationThreshold', 'preovulatoryOvulationHill'), nPrF: v('preovulatoryOvulationHill'),
    kClOvF: perHour('ovulatoryClearance'),
    kSc1: perHour('scarFormationRate'), tOvFN: pw('ovulatoryScarThreshold', 'ovulatoryScarHill'), nOvFSc: v('ovulatoryScarHill'),
    kSc1Sc2: perHour('scar1To2Rate'), kSc2Lut1: perHour('scar2ToLuteal1Rate'),
    kLut12: perHour('luteal1To2Rate'), kLut23: perHour('luteal2To3Rate'), kLut34: perHour('luteal3To4Rate'), kClLut4: perHour('luteal4Clearance'),
    mLut: v('lutealGnrhAcceleration'), tGrLutN: pw('lutealComplexThreshold', 'lutealComplexHill'), nGrLut: v('lutealComplexHill'),
    bE2: perHour('e2Basal'), kAF2E2: perHour('e2FromAf2'), kAF3E2: perHour('e2FromAf3'), kAF4E2: perHour('e2FromAf4'),
    kPrFE2: perHour('e2FromPreovulatory'), kLut1E2: perHour('e2FromLuteal1'), kLut4E2: perHour('e2FromLuteal4'), kClE2: perHour('e2ClearanceRate'),
    bP4: perHour('p4Basal'), kLut4P4: perHour('p4FromLuteal4'), kClP4: perHour('p4ClearanceRate'),
    bIhA: perHour('inhibinABasal'), kPrFIhA: perHour('inhibinAFromPreovulatory'), kSc1IhA: perHour('inhibinAFromScar1'),
    kLut1IhA: perHour('inhibinAFromLuteal1'), kLut2IhA: perHour('inhibinAFromLuteal2'), kLut3IhA: perHour('inhibinAFromLuteal3'),
    kLut4IhA: perHour('inhibinAFromLuteal4'), kIhA: perHour('inhibinATransferRate'), kClIhAd: perHour('inhibinADelayedClearance'),
    bIhB: perHour('inhibinBBasal'), kAF2IhB: perHour('inhibinBFromAf2'), kSc2IhB: perHour('inhibinBFromScar2'), kClIhB: perHour('inhibinBClearance'),
    tAdrenal: v('testosteroneAdrenal'), tOvarian: v('testosteroneOvarianMax'), kThecaLH: v('thecaLhHalfSaturation'),
  };
}
