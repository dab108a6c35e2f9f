/**
 * Ipamorelin: a selective ghrelin-receptor (GHS-R) agonist pentapeptide.
 * Reference dose 1 = 200 µg subcutaneously (the seed protocols give 100–300 µg
 * one to three times a day; there is no efficacy trial). Kinetics (Gobburu
 * 1999, Pharm Res 16:1412, IV in healthy men): half-life 2 h, Vss 0.22 L/kg;
 * subcutaneous bioavailability and absorption were not found (assumed).
 * Acts: adds ghrelin-receptor load in proportion to its plasma level (nmol/L);
 * no ACTH/cortisol release (Raun 1998), which the model has no place for anyway.
 */
import type { ParameterDefinition } from '../../../parameter';
import { injectionAgent } from './injection-kinetics';

/** Parameters of this agent (ids unique across the model). */
export const IPAMORELIN_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'ipamorelinDoseMicrograms', value: 200, unit: 'µg', min: 10, max: 3000, meaning: 'Reference dose (dose 1).', source: 'Assumed: the middle of the seed protocols’ 100–300 µg; no efficacy trial', group: 'agents' },
  { id: 'ipamorelinHalfLifeHours', value: 2, unit: 'h', min: 0.7, max: 6, meaning: 'Plasma half-life.', source: 'Gobburu 1999 (Pharm Res 16:1412): 2 h after IV infusion', group: 'agents' },
  { id: 'ipamorelinAbsorptionMinutes', value: 15, unit: 'min', min: 2, max: 40, meaning: 'Absorption half-life from the injection site.', source: 'Assumed: SC absorption not reported; a small peptide, minutes', group: 'agents' },
  { id: 'ipamorelinBioavailability', value: 1, unit: 'fraction', min: 0.05, max: 1, meaning: 'Subcutaneous bioavailability.', source: 'Assumed: not found (brief)', group: 'agents' },
  { id: 'ipamorelinVolumeLitres', value: 15.4, unit: 'L', min: 3, max: 60, meaning: 'Volume of distribution.', source: 'Gobburu 1999: Vss 0.22 L/kg, for 70 kg', group: 'agents' },
  { id: 'ipamorelinMolarMass', value: 711.9, unit: 'g/mol', min: 711, max: 713, meaning: 'Molar mass (C38H49N9O5).', source: 'Chemical formula', group: 'agents' },
  { id: 'ipamorelinGhsPerNmol', value: 4, unit: 'GHS units per nmol/L', min: 0.01, max: 100, meaning: 'Ghrelin-receptor load per nmol/L of plasma ipamorelin.', source: 'Calibrated: a single GH episode that rises with dose (Gobburu 1999: SC50 214 nmol/L, Emax 694 mIU/L/h; row G6)', group: 'agents' },
];

export const IPAMORELIN_SOURCE = injectionAgent({
  name: 'ipamorelin',
  label: 'Ipamorelin',
  ka: 'log(2)/(ipamorelinAbsorptionMinutes/60)',
  ke: 'log(2)/ipamorelinHalfLifeHours',
  // µg / (g/mol) = µmol; × 1000 = nmol; / L = nmol/L
  levelPerDose: 'ipamorelinBioavailability*ipamorelinDoseMicrograms/ipamorelinMolarMass*1000/ipamorelinVolumeLitres',
  intervalHours: '24',
  signals: (c) => ({ sGhs: `ipamorelinGhsPerNmol*${c}` }),
});
