/**
 * The parameter record of `female-hpg`, one entry per parameter (value, unit,
 * meaning, plausible range, source), in the order of the loop: hypothalamus,
 * GnRH receptor, LH and FSH, ovary, ovarian hormones, receptor signals,
 * conditions.
 */
import type { ParameterDefinition } from '../../parameter';
import { GNRH_RECEPTOR_PARAMETERS, GONADOTROPIN_PARAMETERS, HYPOTHALAMUS_PARAMETERS } from './hypothalamus-pituitary';
import { FOLLICLE_PARAMETERS, OVARY_PARAMETERS } from './ovary';
import { SIGNAL_PARAMETERS, STEROID_PARAMETERS } from './steroids';
import { FEMALE_CONDITION_PARAMETERS } from '../definition/conditions';

/** Every parameter of the female model. */
export const FEMALE_PARAMETERS: readonly ParameterDefinition[] = [
  ...HYPOTHALAMUS_PARAMETERS,
  ...GNRH_RECEPTOR_PARAMETERS,
  ...GONADOTROPIN_PARAMETERS,
  ...FOLLICLE_PARAMETERS,
  ...OVARY_PARAMETERS,
  ...STEROID_PARAMETERS,
  ...SIGNAL_PARAMETERS,
  ...FEMALE_CONDITION_PARAMETERS,
];
