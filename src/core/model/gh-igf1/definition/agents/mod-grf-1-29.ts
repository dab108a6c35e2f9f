/**
 * Modified GRF(1–29) ("CJC-1295 without DAC"): GHRH(1–29) with four amino-acid
 * substitutions that resist cleavage. No human pharmacokinetics were located:
 * every kinetic value here is an ASSUMPTION, flagged as such, and its curves
 * should be read as "a longer-lived sermorelin". Reference dose 1 = 100 µg
 * subcutaneously (the amount named in the seed protocols; no trial).
 * Acts: adds its plasma level to the GHRH-receptor signal, equipotent with GHRH.
 */
import type { ParameterDefinition } from '../../../parameter';
import { injectionAgent } from './injection-kinetics';

/** Parameters of this agent (ids unique across the model). */
export const MOD_GRF_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'modGrfDoseMicrograms', value: 100, unit: 'µg', min: 10, max: 1000, meaning: 'Reference dose (dose 1).', source: 'Assumed: the amount named in the seed protocols; no clinical trial', group: 'agents' },
  { id: 'modGrfHalfLifeMinutes', value: 30, unit: 'min', min: 12, max: 120, meaning: 'Plasma half-life.', source: 'Assumed (no human PK located): longer than sermorelin’s 11–12 min because the substitutions resist DPP-4 cleavage', group: 'agents' },
  { id: 'modGrfAbsorptionMinutes', value: 8, unit: 'min', min: 1, max: 11, meaning: 'Absorption half-life from the injection site.', source: 'Assumed: a little slower than sermorelin (no data)', group: 'agents' },
  { id: 'modGrfBioavailability', value: 0.1, unit: 'fraction', min: 0.01, max: 1, meaning: 'Subcutaneous bioavailability.', source: 'Assumed: somewhat above sermorelin’s ~6% (Geref label) for a cleavage-resistant analogue; no data', group: 'agents' },
  { id: 'modGrfVolumeLitres', value: 15, unit: 'L', min: 3, max: 50, meaning: 'Volume of distribution.', source: 'Assumed: as for sermorelin (~0.2 L/kg)', group: 'agents' },
];

export const MOD_GRF_SOURCE = injectionAgent({
  name: 'modGrf',
  label: 'Modified GRF(1–29)',
  ka: 'log(2)/(modGrfAbsorptionMinutes/60)',
  ke: 'log(2)/(modGrfHalfLifeMinutes/60)',
  levelPerDose: 'modGrfBioavailability*modGrfDoseMicrograms*1000/modGrfVolumeLitres',
  intervalHours: '24',
  signals: (c) => ({ sGhrh: c }),
});
