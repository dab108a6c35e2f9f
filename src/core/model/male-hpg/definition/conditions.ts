/**
 * The subject: condition factors (1 in a healthy man) that the right-hand side
 * reads, and what each condition does to them, at day 0 or at its onset day.
 */
import type { ConditionSource, FactorSource } from '../../model-source';
import type { ConditionId } from '../../ids';

export const MALE_HPG_FACTORS: Readonly<Record<string, FactorSource>> = {
  fHyp: { meaning: 'hypothalamic GnRH secretion (0 in GnRH deficiency)' },
  fTestes: { meaning: 'testes present (0 after orchiectomy: no testicular T, E2, inhibin B, ITT or sperm)' },
  fArom: { meaning: 'aromatase activity (raised in obesity and aging)' },
  fLeydig: { meaning: 'Leydig steroidogenic response to LH (weaker with aging)' },
  fCap: { meaning: 'maximal Leydig capacity (reduced in primary hypogonadism)' },
  fSertoli: { meaning: 'Sertoli-cell function (reduced in primary hypogonadism)' },
  fSteroid: { meaning: 'Leydig steroidogenic enzyme activity (0 = sex-steroid synthesis blocked)', subjectKnob: 'leydigSteroidogenesis' },
};

export const MALE_HPG_CONDITIONS: Readonly<Partial<Record<ConditionId, ConditionSource>>> = {
  orchiectomy: { meaning: 'no testicular T, E2, inhibin B, ITT or sperm', set: { fTestes: '0' } },
  'gnrh-deficiency': { meaning: 'no hypothalamic GnRH; pituitary intact', set: { fHyp: '0' } },
  'primary-hypogonadism': {
    meaning: 'reduced maximal Leydig capacity and Sertoli function',
    set: { fCap: 'hypogonadismLeydigCapacity', fSertoli: 'hypogonadismSertoliFunction' },
  },
  obesity: { meaning: 'more aromatase: more E2 feedback, lower LH and T', set: { fArom: 'fArom*obesityAromataseFactor' } },
  aging: {
    meaning: 'weaker Leydig response to LH (Keenan & Veldhuis 2001), a little more aromatase',
    set: { fLeydig: 'agingLeydigResponse', fArom: 'fArom*agingAromataseFactor' },
  },
};
