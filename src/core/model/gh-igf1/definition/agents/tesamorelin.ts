/**
 * Tesamorelin: GHRH(1–44) stabilized by a trans-3-hexenoyl group. Reference
 * dose 1 = 2 mg subcutaneously once a day (Egrifta label; Falutz 2007). Kinetics
 * (Egrifta label): half-life 26 min in healthy subjects (38 min in HIV), peak
 * at ~9 min. Acts: adds its plasma level × relative potency to the GHRH-receptor
 * signal; the potency is calibrated to the 26-week IGF-1 rise (row G7).
 */
import type { ParameterDefinition } from '../../../parameter';
import { injectionAgent } from './injection-kinetics';

/** Parameters of this agent (ids unique across the model). */
export const TESAMORELIN_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'tesamorelinDoseMicrograms', value: 2000, unit: 'µg', min: 100, max: 5000, meaning: 'Reference dose (dose 1).', source: 'Egrifta label: 2 mg SC once daily (Falutz 2007, NEJM 357:2359)', group: 'agents' },
  { id: 'tesamorelinHalfLifeMinutes', value: 26, unit: 'min', min: 15, max: 60, meaning: 'Plasma half-life.', source: 'Egrifta label: 26 min in healthy subjects, 38 min in HIV', group: 'agents' },
  { id: 'tesamorelinAbsorptionMinutes', value: 2, unit: 'min', min: 0.5, max: 10, meaning: 'Absorption half-life from the injection site.', source: 'Egrifta label: peak ~9 min after SC injection; 2 min puts the model’s plasma peak at ~8 min', group: 'agents' },
  { id: 'tesamorelinBioavailability', value: 0.04, unit: 'fraction', min: 0.01, max: 1, meaning: 'Subcutaneous bioavailability.', source: 'Assumed: < 4% as recalled from the Egrifta label (not re-read)', group: 'agents' },
  { id: 'tesamorelinVolumeLitres', value: 15, unit: 'L', min: 3, max: 700, meaning: 'Volume of distribution.', source: 'Assumed: ~0.2 L/kg as for other small peptides (Gobburu 1999)', group: 'agents' },
  { id: 'tesamorelinPotency', value: 50, unit: 'GHRH-equivalents per unit', min: 0.1, max: 100, meaning: 'GHRH-receptor signal per pg/mL of tesamorelin, relative to GHRH (lumps its unknown bioavailability and volume).', source: 'Calibrated: 2 mg daily raises IGF-1 by +81% at 26 weeks (Falutz 2007; row G7); far above 1 because the assumed bioavailability and volume are uncertain and the model’s pulse-averaged GH loses part of a short pulse to the somatostatin rebound that follows it', group: 'agents' },
];

export const TESAMORELIN_SOURCE = injectionAgent({
  name: 'tesamorelin',
  label: 'Tesamorelin',
  ka: 'log(2)/(tesamorelinAbsorptionMinutes/60)',
  ke: 'log(2)/(tesamorelinHalfLifeMinutes/60)',
  levelPerDose: 'tesamorelinBioavailability*tesamorelinDoseMicrograms*1000/tesamorelinVolumeLitres',
  intervalHours: '24',
  signals: (c) => ({ sGhrh: `tesamorelinPotency*${c}` }),
});
