/**
 * Subject conditions of `female-hpg` (brief §5) as factors that scale parts
 * of the model. Each factor is 1 in the healthy woman; a condition sets one
 * or more of them from the parameter record. Outputs stay in clinical units
 * and are compared with the healthy reference cycle.
 */
import type { ParameterDefinition, ParameterValues } from '../parameter';
import { assertNever } from '../../assert-never';

/** Conditions of the female model. */
export const FEMALE_CONDITION_IDS = ['perimenopause', 'menopause', 'oophorectomy', 'pcos-like', 'hypothalamic-amenorrhea', 'obesity'] as const;
export type FemaleConditionId = (typeof FEMALE_CONDITION_IDS)[number];

/** Type guard for a female condition id. */
export function isFemaleConditionId(value: string): value is FemaleConditionId {
  return (FEMALE_CONDITION_IDS as readonly string[]).includes(value);
}

/** Multipliers the right-hand side reads; all 1 in the healthy woman. */
export interface FemaleFactors {
  /** Ovarian reserve: scales recruitment of follicles into antral stage 1. */
  reserve: number;
  /** Ovarian output at all (0 after oophorectomy): follicles, corpus luteum, ovarian hormones. */
  ovary: number;
  /** Theca androgen output. */
  theca: number;
  /** Pituitary LH synthesis. */
  lhSynthesis: number;
  /** Pituitary FSH synthesis. */
  fshSynthesis: number;
  /** GnRH pulse frequency. */
  gnrhFrequency: number;
  /** Aromatase activity outside the follicles (peripheral estradiol). */
  aromatase: number;
}

/** Factors of a healthy woman. */
export function healthyFactors(): FemaleFactors {
  return { reserve: 1, ovary: 1, theca: 1, lhSynthesis: 1, fshSynthesis: 1, gnrhFrequency: 1, aromatase: 1 };
}

const cond = 'conditions' as const;

/** Parameters that only matter with a condition. */
export const CONDITION_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'perimenopauseReserve', value: 0.6, unit: 'fraction', min: 0.05, max: 0.9, group: cond, meaning: 'Ovarian reserve (follicle recruitment) in the perimenopause condition, relative to a young woman.', source: 'calibrated: the early transition (FSH up, estradiol kept, cycles a little shorter); the brief’s 0.3 stops this model’s cycles (the late transition). Slow version: Margolskee & Selgrade 2013 (J Theor Biol 326:21)' },
  { id: 'pcosThecaFactor', value: 3, unit: 'dimensionless', min: 1, max: 6, group: cond, meaning: 'Theca androgen output in the pcos-like condition, relative to healthy.', source: 'Hendrix 2014 (Bull Math Biol 76:136), Graham 2017: raised ovarian androgen; calibrated: testosterone about twice normal' },
  { id: 'pcosLhSynthesisFactor', value: 1.5, unit: 'dimensionless', min: 1, max: 4, group: cond, meaning: 'Pituitary LH synthesis in the pcos-like condition, relative to healthy.', source: 'brief §5 (raised LH); calibrated: LH/FSH ratio above 2' },
  { id: 'pcosFrequencyFactor', value: 2, unit: 'dimensionless', min: 1, max: 3, group: cond, meaning: 'GnRH pulse frequency in the pcos-like condition, relative to healthy (persistently rapid pulses, which favour LH over FSH).', source: 'Eagleson 2000 (JCEM 85:4047): persistent rapid LH (GnRH) pulse frequency in PCOS; calibrated: at ≤ 1.85 this model keeps ovulating (shorter cycles), at 2 it settles into anovulation' },
  { id: 'amenorrheaGnrhDrive', value: 0.5, unit: 'dimensionless', min: 0.1, max: 1, group: cond, meaning: 'GnRH drive in hypothalamic amenorrhea, relative to healthy: scales GnRH pulse frequency and the GnRH-dependent synthesis of LH and FSH.', source: 'brief §5 (GnRH frequency × 0.5); synthesis scaled too because GynCycle’s synthesis terms assume normal tonic GnRH' },
  { id: 'obesityAromataseFactorFemale', value: 2, unit: 'dimensionless', min: 1, max: 5, group: cond, meaning: 'Peripheral (adipose) aromatase activity in the obesity condition, relative to healthy.', source: 'assumed, as male-hpg obesity (adipose aromatization)' },
];

/** The factors of a subject with these conditions. */
export function conditionFactors(conditions: readonly FemaleConditionId[], p: ParameterValues): FemaleFactors {
  const f = healthyFactors();
  const v = (id: string): number => {
    const x = p[id];
    if (x === undefined) throw new Error(`missing parameter ${id}`);
    return x;
  };
  for (const c of conditions) {
    switch (c) {
      case 'perimenopause':
        f.reserve = Math.min(f.reserve, v('perimenopauseReserve'));
        break;
      case 'menopause':
        f.reserve = 0;
        break;
      case 'oophorectomy':
        f.reserve = 0;
        f.ovary = 0;
        break;
      case 'pcos-like':
        f.theca *= v('pcosThecaFactor');
        f.lhSynthesis *= v('pcosLhSynthesisFactor');
        f.gnrhFrequency *= v('pcosFrequencyFactor');
        break;
      case 'hypothalamic-amenorrhea': {
        // Less GnRH: slower pulses, and less of the tonic GnRH drive of gonadotropin synthesis
        // that GynCycle's constant synthesis terms take for granted.
        const drive = v('amenorrheaGnrhDrive');
        f.gnrhFrequency *= drive;
        f.lhSynthesis *= drive;
        f.fshSynthesis *= drive;
        break;
      }
      case 'obesity':
        f.aromatase *= v('obesityAromataseFactorFemale');
        break;
      default:
        assertNever(c, 'female condition');
    }
  }
  return f;
}
