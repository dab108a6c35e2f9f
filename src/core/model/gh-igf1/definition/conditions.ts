/**
 * The subject: condition factors (1 in a healthy young man) that the
 * right-hand side reads, and what each condition does to them.
 */
import type { ConditionSource, FactorSource } from '../../model-source';
import type { ConditionId } from '../../ids';

export const GH_IGF1_FACTORS: Readonly<Record<string, FactorSource>> = {
  fHyp: { meaning: 'hypothalamic GHRH drive (lower with aging)' },
  fSrif: { meaning: 'basal periventricular somatostatin release (higher with aging and obesity)' },
  fPit: { meaning: 'somatotroph capacity (reduced in pituitary GH deficiency)' },
  fGhrhR: { meaning: 'GHRH-receptor signalling (near 0 in GHRH-receptor deficiency)' },
  fClear: { meaning: 'GH clearance (raised in obesity)' },
  fLiver: { meaning: 'hepatic IGF-1 output per unit GH (raised in obesity)' },
};

export const GH_IGF1_CONDITIONS: Readonly<Partial<Record<ConditionId, ConditionSource>>> = {
  aging: {
    meaning: 'somatopause of a man over 60: weaker GHRH drive and more somatostatin tone, so IGF-1 ~0.55 of a young man’s (Chapman 1996: 141 µg/L in healthy elderly; Roelfsema 2016: pulsatile GH falls with age and BMI)',
    set: { fHyp: 'fHyp*agingGhrhDrive', fSrif: 'fSrif*agingSrifBasal' },
  },
  obesity: {
    meaning: 'obesity: 24-h GH reduced with IGF-1 normal (Rasmussen 1995); GH cleared 33–51% faster (Langendonk, in women); a little more somatostatin tone and more hepatic IGF-1 output per unit GH',
    set: { fClear: 'fClear*obesityGhClearance', fSrif: 'fSrif*obesitySrifBasal', fLiver: 'fLiver*obesityLiverSensitivity' },
  },
  'gh-deficiency': {
    meaning: 'pituitary GH deficiency: about a tenth of the somatotroph capacity is left, and secretagogues act only on what remains (tesamorelin label: contraindicated after hypophysectomy)',
    set: { fPit: 'ghDeficiencyPituitary' },
  },
  'ghrh-receptor-deficiency': {
    meaning: 'GHRH-receptor deficiency (teaching case): GHRH and GHRH analogues barely reach the somatotroph; GH pulses keep their frequency at < 1% of normal amplitude (Maheshwari 2002)',
    set: { fGhrhR: 'ghrhReceptorResidual' },
  },
};
