/**
 * The subject of `female-hpg`: condition factors (1 in a healthy woman) that
 * the right-hand side reads, what each condition (brief §5) does to them, and
 * the parameters that only matter with a condition. Outputs stay relative to
 * the healthy reference cycle.
 */
import type { ConditionSource, FactorSource } from '../../model-source';
import type { ConditionId } from '../../ids';
import type { ParameterDefinition } from '../../parameter';

export const FEMALE_HPG_FACTORS: Readonly<Record<string, FactorSource>> = {
  fReserve: { meaning: 'ovarian reserve: scales recruitment of follicles into antral stage 1' },
  fOvary: { meaning: 'ovaries present (0 after oophorectomy: no follicles, corpus luteum or ovarian hormones)' },
  fTheca: { meaning: 'theca androgen output' },
  fLhSyn: { meaning: 'pituitary LH synthesis' },
  fFshSyn: { meaning: 'pituitary FSH synthesis' },
  fGnrh: { meaning: 'GnRH pulse frequency' },
  fAromatase: { meaning: 'aromatase activity outside the follicles (peripheral estradiol)' },
};

export const FEMALE_HPG_CONDITIONS: Readonly<Partial<Record<ConditionId, ConditionSource>>> = {
  perimenopause: { meaning: 'the early menopausal transition: fewer follicles recruited, so inhibin B falls and FSH rises before estradiol does (SWAN: Randolph 2011)', set: { fReserve: 'min(fReserve, perimenopauseReserve)' } },
  menopause: { meaning: 'no follicles left to recruit: cycles stop, FSH and LH rise, estradiol and inhibins fall', set: { fReserve: '0' } },
  oophorectomy: { meaning: 'both ovaries removed: no follicles, corpus luteum or ovarian hormones', set: { fReserve: '0', fOvary: '0' } },
  'pcos-like': {
    meaning: 'a PCOS-like subject: more theca androgen, more LH synthesis and persistently rapid GnRH pulses (Eagleson 2000; Hendrix 2014; Graham 2017)',
    set: { fTheca: 'fTheca*pcosThecaFactor', fLhSyn: 'fLhSyn*pcosLhSynthesisFactor', fGnrh: 'fGnrh*pcosFrequencyFactor' },
  },
  'hypothalamic-amenorrhea': {
    meaning: 'functional hypothalamic amenorrhea: less GnRH, so slower pulses and less of the tonic GnRH drive of gonadotropin synthesis',
    set: { fGnrh: 'fGnrh*amenorrheaGnrhDrive', fLhSyn: 'fLhSyn*amenorrheaGnrhDrive', fFshSyn: 'fFshSyn*amenorrheaGnrhDrive' },
  },
  obesity: { meaning: 'more adipose aromatase, so more peripheral estradiol', set: { fAromatase: 'fAromatase*obesityAromataseFactorFemale' } },
};

const cond = 'conditions' as const;

/** Parameters that only matter with a condition. */
export const FEMALE_CONDITION_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'perimenopauseReserve', value: 0.6, unit: 'fraction', min: 0.05, max: 0.9, group: cond, onlyWith: 'perimenopause', meaning: 'Ovarian reserve (follicle recruitment) in the perimenopause condition, relative to a young woman.', source: 'calibrated: the early transition (FSH up, estradiol kept, cycles a little shorter); the brief’s 0.3 stops this model’s cycles (the late transition). Slow version: Margolskee & Selgrade 2013 (J Theor Biol 326:21)' },
  { id: 'pcosThecaFactor', value: 3, unit: 'dimensionless', min: 1, max: 6, group: cond, onlyWith: 'pcos-like', meaning: 'Theca androgen output in the pcos-like condition, relative to healthy.', source: 'Hendrix 2014 (Bull Math Biol 76:136), Graham 2017: raised ovarian androgen; calibrated for anovulation: at 2.5 the subject still ovulates (18 a year, testosterone 1.8× the healthy cycle mean), from 2.7 she does not, and at 3 her testosterone is 3.7×, above the ~2× measured in PCOS, because her LH is high too' },
  { id: 'pcosLhSynthesisFactor', value: 1.5, unit: 'dimensionless', min: 1, max: 4, group: cond, onlyWith: 'pcos-like', meaning: 'Pituitary LH synthesis in the pcos-like condition, relative to healthy.', source: 'brief §5 (raised LH); calibrated: LH/FSH ratio above 2' },
  { id: 'pcosFrequencyFactor', value: 2, unit: 'dimensionless', min: 1, max: 3, group: cond, onlyWith: 'pcos-like', meaning: 'GnRH pulse frequency in the pcos-like condition, relative to healthy (persistently rapid pulses, which favour LH over FSH).', source: 'Eagleson 2000 (JCEM 85:4047): persistent rapid LH (GnRH) pulse frequency in PCOS; calibrated: up to 1.95 this model keeps ovulating (cycles of ~20.5 d), from 1.96 it settles into anovulation' },
  { id: 'amenorrheaGnrhDrive', value: 0.5, unit: 'dimensionless', min: 0.1, max: 1, group: cond, onlyWith: 'hypothalamic-amenorrhea', meaning: 'GnRH drive in hypothalamic amenorrhea, relative to healthy: scales GnRH pulse frequency and the GnRH-dependent synthesis of LH and FSH.', source: 'brief §5 (GnRH frequency × 0.5); synthesis scaled too because GynCycle’s synthesis terms assume normal tonic GnRH' },
  { id: 'obesityAromataseFactorFemale', value: 2, unit: 'dimensionless', min: 1, max: 5, group: cond, onlyWith: 'obesity', meaning: 'Peripheral (adipose) aromatase activity in the obesity condition, relative to healthy.', source: 'assumed, as male-hpg obesity (adipose aromatization)' },
];
