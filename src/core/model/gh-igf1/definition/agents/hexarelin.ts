/**
 * Hexarelin: a potent peptidyl ghrelin-receptor agonist whose GH response fades
 * with repeated use. Reference dose 1 = 1.5 µg/kg (105 µg for 70 kg)
 * subcutaneously; twice a day is the reference regimen (Rahim 1998, JCEM,
 * 16 weeks). Its half-life was not retrieved (assumed); its ACTH, cortisol and
 * prolactin release are outside the model. Acts: ghrelin-receptor load in
 * proportion to plasma level; desensitization is the model's receptor state.
 */
import type { ParameterDefinition } from '../../../parameter';
import { injectionAgent } from './injection-kinetics';

/** Parameters of this agent (ids unique across the model). */
export const HEXARELIN_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'hexarelinDoseMicrograms', value: 105, unit: 'µg', min: 5, max: 1000, meaning: 'Reference dose (dose 1).', source: 'Rahim 1998 (JCEM): 1.5 µg/kg SC twice daily for 16 weeks, for 70 kg', group: 'agents' },
  { id: 'hexarelinHalfLifeMinutes', value: 70, unit: 'min', min: 20, max: 240, meaning: 'Plasma half-life.', source: 'Assumed: not retrieved; GH after a hexarelin dose peaks within 30–60 min and is back within ~3 h, like other peptidyl GHS', group: 'agents' },
  { id: 'hexarelinAbsorptionMinutes', value: 15, unit: 'min', min: 2, max: 19, meaning: 'Absorption half-life from the injection site.', source: 'Assumed: a small peptide, minutes', group: 'agents' },
  { id: 'hexarelinMolarMass', value: 887, unit: 'g/mol', min: 886, max: 888, meaning: 'Molar mass (C47H58N12O6).', source: 'Chemical formula', group: 'agents' },
  { id: 'hexarelinVolumeLitres', value: 15, unit: 'L', min: 3, max: 60, meaning: 'Volume of distribution.', source: 'Assumed: ~0.2 L/kg as for ipamorelin (Gobburu 1999)', group: 'agents' },
  { id: 'hexarelinGhsPerNmol', value: 1000, unit: 'GHS units per nmol/L', min: 1, max: 5000, meaning: 'Ghrelin-receptor load per nmol/L of plasma hexarelin.', source: 'Calibrated: test-dose GH AUC 19.1 µg/L·h before treatment and its fall on twice-daily dosing (Rahim 1998; row G8)', group: 'agents' },
];

export const HEXARELIN_SOURCE = injectionAgent({
  name: 'hexarelin',
  label: 'Hexarelin',
  ka: 'log(2)/(hexarelinAbsorptionMinutes/60)',
  ke: 'log(2)/(hexarelinHalfLifeMinutes/60)',
  levelPerDose: 'hexarelinDoseMicrograms/hexarelinMolarMass*1000/hexarelinVolumeLitres',
  intervalHours: '12',
  signals: (c) => ({ sGhs: `hexarelinGhsPerNmol*${c}` }),
});
