/**
 * CJC-1295 with drug affinity complex (DAC): a GHRH(1–29) analogue that binds
 * albumin covalently and so lasts about a week. Reference dose 1 = 2.1 mg
 * subcutaneously once a week (30 µg/kg for 70 kg, the lowest dose of Teichman
 * 2006; the trial gave 30–60 µg/kg weekly or every two weeks). Kinetics:
 * half-life 5.8–8.1 days (Teichman 2006, JCEM 91:799). Acts: adds its plasma
 * level × relative potency to the GHRH-receptor signal, continuously, so it
 * raises the GH trough (Ionescu & Frohman 2006); the potency is calibrated.
 */
import type { ParameterDefinition } from '../../../parameter';
import { injectionAgent } from './injection-kinetics';

/** Parameters of this agent (ids unique across the model). */
export const CJC_1295_DAC_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'cjcDacDoseMicrograms', value: 2100, unit: 'µg', min: 100, max: 20000, meaning: 'Reference dose (dose 1).', source: 'Teichman 2006 (JCEM 91:799): 30 µg/kg, the lowest of its single doses (30–250 µg/kg; range from the brief), for 70 kg', group: 'agents' },
  { id: 'cjcDacHalfLifeDays', value: 7, unit: 'd', min: 4, max: 12, meaning: 'Plasma half-life.', source: 'Teichman 2006: 5.8–8.1 days', group: 'agents' },
  { id: 'cjcDacAbsorptionHours', value: 12, unit: 'h', min: 1, max: 48, meaning: 'Absorption half-life from the injection site.', source: 'Assumed: not located; albumin-bound drug leaves a subcutaneous site over about a day', group: 'agents' },
  { id: 'cjcDacVolumeLitres', value: 5, unit: 'L', min: 2, max: 20, meaning: 'Volume of distribution (albumin-bound: near plasma volume).', source: 'Assumed: plasma plus some interstitial albumin', group: 'agents' },
  { id: 'cjcDacPotency', value: 0.00045, unit: 'GHRH-equivalents per unit', min: 0.000001, max: 1, meaning: 'GHRH-receptor signal per pg/mL of CJC-1295 (bioavailable), relative to GHRH.', source: 'Calibrated: one 30 µg/kg dose raises mean GH 2–10× for ≥ 6 days and IGF-1 1.5–3× (Teichman 2006; row G4)', group: 'agents' },
];

export const CJC_1295_DAC_SOURCE = injectionAgent({
  name: 'cjcDac',
  label: 'CJC-1295 (DAC)',
  ka: 'log(2)/cjcDacAbsorptionHours',
  ke: 'log(2)/(24*cjcDacHalfLifeDays)',
  levelPerDose: 'cjcDacDoseMicrograms*1000/cjcDacVolumeLitres',
  intervalHours: '168',
  signals: (c) => ({ sGhrh: `cjcDacPotency*${c}` }),
});
