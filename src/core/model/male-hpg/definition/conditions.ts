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
  orchiectomy: { meaning: 'bilateral orchiectomy: no testicular T, E2, inhibin B, ITT or sperm; anchored to older men with prostate cancer after orchidectomy (series of 5 men 65–81 y, Clin Endocrinol: LH ×4.3 by 16 weeks; 5-year follow-up of 14 men: FSH 28 IU/L at 1 year)', set: { fTestes: '0' } },
  'steroid-block': {
    meaning: 'testicular steroid synthesis blocked as by high-dose ketoconazole, Sertoli cells intact; anchored to normal young men given it for 6–7 days (Hayes 2001, 9 men: T 451 → 38 ng/dL; Pitteloud 2008, 22 men)',
    set: { fSteroid: 'fSteroid*steroidBlockResidual' },
  },
  'gnrh-deficiency': { meaning: 'untreated congenital GnRH deficiency (idiopathic hypogonadotropic hypogonadism, Kallmann syndrome): no hypothalamic GnRH, pituitary intact; anchored to a Chinese IHH cohort of 354 men (PMC4430958: LH 0.4 IU/L), a CHH cohort of 201 men (T 0.4 ng/mL) and Nachtigall 1996 (inhibin B 85 vs 239 pg/mL)', set: { fHyp: '0' } },
  'primary-hypogonadism': {
    meaning: 'primary testicular failure: reduced maximal Leydig capacity and Sertoli function; anchored to the 44 men of an inhibin B study (Fertil Steril 2000: inhibin B 75 vs 255 pg/mL in fertile men) and adult Klinefelter men (Aksglaede 2011: raised LH and FSH, low-normal T)',
    set: { fCap: 'hypogonadismLeydigCapacity', fSertoli: 'hypogonadismSertoliFunction' },
  },
  obesity: {
    meaning: 'a man with BMI ≥ 30 as in the European Male Ageing Study (EMAS: 3,200 community men 40–79 y; Wu 2008): more aromatase, so more estradiol feedback; total T ~28% lower than at BMI < 25, LH not raised',
    set: { fArom: 'fArom*obesityAromataseFactor' },
  },
  aging: {
    meaning: 'a man over 60: weaker Leydig response to LH, weaker GnRH drive, fewer working Sertoli cells, a little more aromatase; anchored to an outpatient series of 215 men (> 60 vs 20–30 y: T 2.4 vs 3.5 ng/mL, LH 9.5 vs 5.3 mU/mL) and to men 62–74 y (Leder 2004)',
    set: { fLeydig: 'agingLeydigResponse', fHyp: 'fHyp*agingHypothalamicDrive', fArom: 'fArom*agingAromataseFactor', fSertoli: 'fSertoli*agingSertoliFunction' },
  },
};
