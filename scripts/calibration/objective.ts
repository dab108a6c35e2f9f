/**
 * The calibration objective: the weighted sum of squared misses of the chosen
 * anchors (each miss in tolerances on the log scale, capped at 10), and the
 * free parameters of each anchor set as they were fitted.
 */
import { AXIS_ANCHORS, anchorMiss, type Anchor } from './anchors';
import { SPERM_ANCHORS } from './sperm-anchors';
import { FEMALE_ANCHORS, FEMALE_FREE } from './female-anchors';

export { FEMALE_FREE };

/** The male model's anchor sets (axis, spermatogenesis, both) and the female model's. */
export type AnchorSet = 'axis' | 'sperm' | 'all' | 'female';

/** The model an anchor set calibrates. */
export function modelOf(set: AnchorSet): 'male-hpg' | 'female-hpg' {
  return set === 'female' ? 'female-hpg' : 'male-hpg';
}

/** The anchors of a set. */
export function anchorsOf(set: AnchorSet): readonly Anchor[] {
  switch (set) {
    case 'axis':
      return AXIS_ANCHORS;
    case 'sperm':
      return SPERM_ANCHORS;
    case 'all':
      return [...AXIS_ANCHORS, ...SPERM_ANCHORS];
    case 'female':
      return FEMALE_ANCHORS;
  }
}

/** Parameters the optimizer moved against the axis anchors (every other value comes from its source). */
export const AXIS_FREE = [
  'androgenFeedbackWeight', 'estrogenFeedbackWeight', 'androgenFeedbackHill', 'estrogenFeedbackHill', 'feedbackSignalHalfLifeHours',
  'responsivenessHalfLifeDays', 'responsivenessMin', 'responsivenessMax', 'primingBandWidth', 'receptorDesensitizationRate', 'receptorRecyclingRate',
  'pituitaryEstrogenWeight', 'lhBasalFraction', 'lhSynthesisExponent', 'lhPoolTurnoverRatio', 'fshBasalFraction', 'fshSynthesisExponent',
  'fshStoreHalfLifeHours', 'fshRegulatedReleaseShare', 'inhibinFeedbackWeight', 'fshEstrogenWeight', 'fshAndrogenWeight', 'fshAndrogenHill',
  'leydigAcuteSaturation', 'steroidogenicInductionSaturation', 'steroidogenicFloor', 'steroidogenicInductionHalfLifeDays', 'leydigTrophicSaturation',
  'leydigCapacityFloor', 'leydigCapacityHalfLifeDays', 'leydigDesensitization', 'gonadorelinReferenceLoad', 'agonistPeakLoad', 'agonistReleaseHalfLifeDays',
  'antagonistPeakLoad', 'aromataseMaxInhibition', 'anastrozoleHalfEffect', 'hcgMeanSignal', 'obesityAromataseFactor', 'agingLeydigResponse',
  'agingHypothalamicDrive', 'clomipheneEnLoad', 'clomipheneZuLoad', 'zuclomipheneAgonism', 'tamoxifenMeanLoad', 'enclomipheneMeanLoad',
] as const;

/** Parameters the optimizer moved against the spermatogenesis anchors, with the axis held. */
export const SPERM_FREE = [
  'germCellLossRate', 'ittHalfSupport', 'ittSupportHill', 'fshHalfSupport', 'ittSupportShare', 'fshIndependentEntry', 'fshHalfEntry',
  'epididymalTransitDays', 'inhibinGermCellShare', 'inhibinFshExponent', 'lateStageLossShare', 'spermatogenesisDays',
] as const;

/** One anchor's model value and miss (NaN and a miss of 10 when its run fails). */
export function evaluate(anchor: Anchor): { value: number; miss: number } {
  let value: number;
  try {
    value = anchor.value();
  } catch {
    value = NaN;
  }
  return { value, miss: anchorMiss(anchor, value) };
}

/** Weighted sum of squared misses (each capped at 10 tolerances) with the current trial parameters. */
export function objective(anchors: readonly Anchor[]): number {
  let total = 0;
  for (const anchor of anchors) {
    const { miss } = evaluate(anchor);
    total += (anchor.weight ?? 1) * Math.min(miss * miss, 100);
  }
  return total;
}
