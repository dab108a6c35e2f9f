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
  fReserve: { meaning: 'ovarian reserve: scales the small-follicle pool and the inhibin B of growing follicles; none left after menopause' },
  fOvary: { meaning: 'ovaries present (0 after oophorectomy: no follicles, corpus luteum or ovarian hormones)' },
  fTheca: { meaning: 'theca androgen output' },
  fThecaLh: { meaning: 'theca sensitivity to LH (divides the LH-receptor binding at which theca androgen output is half-maximal)' },
  fPool: { meaning: 'size of the pool of small antral follicles (its estradiol and inhibin B)' },
  fP4Res: { meaning: 'progesterone resistance of the GnRH pulse generator (multiplies the progesterone level that slows pulses)' },
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
    meaning: 'a PCOS-like subject: a larger pool of small follicles, theca cells that saturate at low LH, and a GnRH pulse generator that progesterone hardly slows (Rotterdam 2004; Pastor 1998; Eagleson 2000)',
    set: { fPool: 'fPool*pcosFolliclePool', fThecaLh: 'fThecaLh*pcosThecaLhSensitivity', fP4Res: 'fP4Res*pcosProgesteroneResistance' },
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
  { id: 'perimenopauseReserve', value: 0.5, unit: 'fraction', min: 0.05, max: 0.9, group: cond, onlyWith: 'perimenopause', meaning: 'Ovarian reserve (follicle recruitment) in the perimenopause condition, relative to a young woman.', source: 'calibrated: the early transition as SWAN describes it, FSH up while estradiol and ovulatory cycles are kept (Randolph et al. 2011, JCEM); here cycles lengthen to ~31 d, as fewer follicles grow more slowly to selection. The brief’s 0.3 stops this model’s cycles (the late transition). Slow version: Margolskee & Selgrade 2013 (J Theor Biol 326:21)' },
  { id: 'pcosFolliclePool', value: 2, unit: 'dimensionless', min: 1, max: 5, group: cond, onlyWith: 'pcos-like', meaning: 'Pool of small antral follicles in the pcos-like condition, relative to healthy (its estradiol and inhibin B).', source: 'Rotterdam consensus 2004 (Hum Reprod 19:41): 12 or more follicles of 2–9 mm per ovary in PCOS, about twice a normal count' },
  { id: 'pcosThecaLhSensitivity', value: 4.883, unit: 'dimensionless', min: 1, max: 100, group: cond, onlyWith: 'pcos-like', meaning: 'Sensitivity of theca androgen output to LH in the pcos-like condition, relative to healthy.', source: 'J Clin Endocrinol Metab 2011;96:1106 (PMID 21270326): in women with PCOS androstenedione and testosterone were maximal at the lowest hCG dose (1 µg of 1–250 µg), in controls they barely responded; theca cells from polycystic ovaries keep their androgen excess in culture (Rosenfield & Ehrmann 2016, Endocr Rev 37:467). Calibrated (docs/calibration.md) to testosterone ~2× the healthy cycle mean (model 2.1×)' },
  { id: 'pcosProgesteroneResistance', value: 10, unit: 'dimensionless', min: 1, max: 50, group: cond, onlyWith: 'pcos-like', meaning: 'How many times more progesterone the pcos-like subject needs to slow GnRH pulses.', source: 'Pastor et al. 1998 (JCEM 83:582): below 10 ng/mL progesterone slowed LH pulses by < 40% in PCOS and by > 45% in controls (here 10 gives < 45% at 10 ng/mL); Eagleson et al. 2000 (JCEM 85:4047)' },
  { id: 'amenorrheaGnrhDrive', value: 0.5, unit: 'dimensionless', min: 0.1, max: 1, group: cond, onlyWith: 'hypothalamic-amenorrhea', meaning: 'GnRH drive in hypothalamic amenorrhea, relative to healthy: scales GnRH pulse frequency and the GnRH-dependent synthesis of LH and FSH.', source: 'brief §5 (GnRH frequency × 0.5). LH synthesis has no GnRH term of its own here (only the receptors’ state), so the condition scales it by hand, and FSH synthesis with it; the GnRH drive of FSH synthesis stays near 1 at this drive' },
  { id: 'obesityAromataseFactorFemale', value: 2, unit: 'dimensionless', min: 1, max: 5, group: cond, onlyWith: 'obesity', meaning: 'Peripheral (adipose) aromatase activity in the obesity condition, relative to healthy.', source: 'assumed, as male-hpg obesity (adipose aromatization)' },
];
