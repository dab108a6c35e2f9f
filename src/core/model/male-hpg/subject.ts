/**
 * The subject's condition factors, switched by conditions (at day 0 or at an
 * onset day). The right-hand side reads them; events change them in place.
 */
import type { ConditionId } from '../ids';
import type { ParameterValues } from '../parameter';
import { assertNever } from '../../assert-never';

/** Multipliers of the healthy subject (all 1) changed by conditions. */
export interface SubjectFactors {
  /** Hypothalamic GnRH secretion (0 in GnRH deficiency). */
  hypothalamus: number;
  /** Testes present (0 after orchiectomy: no testicular T, E2, inhibin B, ITT, sperm). */
  testes: number;
  /** Aromatase activity (raised in obesity). */
  aromatase: number;
  /** Leydig steroidogenic response to LH (weaker with aging). */
  leydigResponse: number;
  /** Maximal Leydig capacity (reduced in primary hypogonadism). */
  leydigCapacity: number;
  /** Sertoli-cell function (reduced in primary hypogonadism). */
  sertoli: number;
  /** Leydig steroidogenic enzyme activity (the subject knob `leydigSteroidogenesis`; 0 = sex-steroid synthesis blocked). */
  steroidogenesis: number;
}

/** The healthy subject. */
export function healthySubject(): SubjectFactors {
  return { hypothalamus: 1, testes: 1, aromatase: 1, leydigResponse: 1, leydigCapacity: 1, sertoli: 1, steroidogenesis: 1 };
}

/**
 * The scenario's subject before conditions: healthy except for subject knobs
 * among the parameters (`leydigSteroidogenesis`), which describe this man, not
 * the model, so outputs stay relative to a healthy man.
 */
export function scenarioSubject(p: ParameterValues): SubjectFactors {
  return { ...healthySubject(), steroidogenesis: p['leydigSteroidogenesis'] ?? 1 };
}

/** Applies one condition to the factors in place. */
export function applyCondition(f: SubjectFactors, id: ConditionId, p: ParameterValues): void {
  switch (id) {
    case 'orchiectomy':
      f.testes = 0;
      return;
    case 'gnrh-deficiency':
      f.hypothalamus = 0;
      return;
    case 'primary-hypogonadism':
      f.leydigCapacity = p['hypogonadismLeydigCapacity']!;
      f.sertoli = p['hypogonadismSertoliFunction']!;
      return;
    case 'obesity':
      f.aromatase *= p['obesityAromataseFactor']!;
      return;
    case 'aging':
      f.leydigResponse = p['agingLeydigResponse']!;
      f.aromatase *= p['agingAromataseFactor']!;
      return;
    default:
      assertNever(id, 'condition');
  }
}
