/**
 * The subject: condition factors (1 in a healthy man) that the right-hand side
 * reads, and what each condition does to them, at day 0 or at its onset day.
 * Each condition is anchored to the population it stands for (parameters-testes.ts).
 */
import type { ConditionSource, FactorSource } from '../../model-source';
import type { ConditionId } from '../../ids';

export const MALE_HPG_FACTORS: Readonly<Record<string, FactorSource>> = {
  fHyp: { meaning: 'hypothalamic GnRH secretion (0 in GnRH deficiency, lower with aging)' },
  fTestes: { meaning: 'testes present (0 after orchiectomy: no testicular T, E2, inhibin B, ITT or sperm)' },
  fArom: { meaning: 'aromatase activity (raised in obesity and aging)' },
  fLeydig: { meaning: 'Leydig steroidogenic response to LH (weaker with aging)' },
  fCap: { meaning: 'maximal Leydig capacity (reduced in primary hypogonadism)' },
  fSertoli: { meaning: 'Sertoli-cell function (reduced in primary hypogonadism)' },
  fSteroid: { meaning: 'Leydig steroidogenic enzyme activity (blocked by ketoconazole-like drugs)', subjectKnob: 'leydigSteroidogenesis' },
};

export const MALE_HPG_CONDITIONS: Readonly<Partial<Record<ConditionId, ConditionSource>>> = {
  orchiectomy: { meaning: 'no testicular T, E2, inhibin B, ITT or sperm', set: { fTestes: '0' } },
  'steroid-block': {
    meaning: 'testicular steroid synthesis blocked as by high-dose ketoconazole (Hayes 2001); Sertoli cells intact',
    set: { fSteroid: 'fSteroid*steroidBlockResidual' },
  },
  'gnrh-deficiency': { meaning: 'no hypothalamic GnRH; pituitary intact', set: { fHyp: '0' } },
  'primary-hypogonadism': {
    meaning: 'primary testicular failure: reduced maximal Leydig capacity and Sertoli function',
    set: { fCap: 'hypogonadismLeydigCapacity', fSertoli: 'hypogonadismSertoliFunction' },
  },
  obesity: {
    meaning: 'a man with BMI ≥ 30 (EMAS, Wu 2008): more aromatase, so more estradiol feedback; T ~25% lower, LH not raised',
    set: { fArom: 'fArom*obesityAromataseFactor' },
  },
  aging: {
    meaning: 'a man in his seventies: weaker Leydig response to LH and GnRH drive (Keenan & Veldhuis 2001), a little more aromatase',
    set: { fLeydig: 'agingLeydigResponse', fHyp: 'fHyp*agingHypothalamicDrive', fArom: 'fArom*agingAromataseFactor' },
  },
};
