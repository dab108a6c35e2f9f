/**
 * Sermorelin: GHRH(1–29)NH₂, the shortest fully active GHRH fragment, at the
 * GHRH receptor. Reference dose 1 = 2.1 mg subcutaneously at bedtime (30 µg/kg
 * for 70 kg, the Geref dose for GH-deficient children; the brief's value, not
 * verified against the label here). Kinetics: depot → plasma (./injection-kinetics.ts),
 * half-life 11–12 min and SC peak 5–20 min, bioavailability ~6% (Geref label).
 * Acts: adds its plasma level to the GHRH-receptor signal (pg/mL GHRH-equivalent).
 */
import type { ParameterDefinition } from '../../../parameter';
import { injectionAgent } from './injection-kinetics';

/** Parameters of this agent (ids unique across the model). */
export const SERMORELIN_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'sermorelinDoseMicrograms', value: 2100, unit: 'µg', min: 50, max: 5000, meaning: 'Reference dose (dose 1).', source: 'Geref (sermorelin) pediatric dose 30 µg/kg at bedtime (brief; label not re-read) for a 70 kg adult', group: 'agents' },
  { id: 'sermorelinHalfLifeMinutes', value: 11.5, unit: 'min', min: 8, max: 30, meaning: 'Plasma half-life.', source: 'Geref label: 11–12 min after IV or SC dosing', group: 'agents' },
  { id: 'sermorelinAbsorptionMinutes', value: 4, unit: 'min', min: 1, max: 7, meaning: 'Absorption half-life from the injection site.', source: 'Geref label: SC peak at 5–20 min; with the 11.5-min half-life, 4 min puts the model’s peak at ~10 min', group: 'agents' },
  { id: 'sermorelinBioavailability', value: 0.06, unit: 'fraction', min: 0.01, max: 1, meaning: 'Subcutaneous bioavailability.', source: 'Geref label: ~6%', group: 'agents' },
  { id: 'sermorelinVolumeLitres', value: 15, unit: 'L', min: 3, max: 50, meaning: 'Volume of distribution.', source: 'Assumed: not located; ~0.2 L/kg, as for the small peptide ipamorelin (Gobburu 1999: Vss 0.22 L/kg)', group: 'agents' },
];

export const SERMORELIN_SOURCE = injectionAgent({
  name: 'sermorelin',
  label: 'Sermorelin',
  ka: 'log(2)/(sermorelinAbsorptionMinutes/60)',
  ke: 'log(2)/(sermorelinHalfLifeMinutes/60)',
  // µg per L × 1000 = pg/mL
  levelPerDose: 'sermorelinBioavailability*sermorelinDoseMicrograms*1000/sermorelinVolumeLitres',
  intervalHours: '24',
  signals: (c) => ({ sGhrh: c }),
});
