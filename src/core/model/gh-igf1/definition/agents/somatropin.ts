/**
 * Somatropin (recombinant human GH), the contrast: it adds GH to the blood
 * instead of asking the pituitary for it. Reference dose 1 = 1 mg (3 IU)
 * subcutaneously once a day (assumed: within adult replacement doses of
 * 0.2–1 mg/day). Kinetics: absorption from the injection site is slow (SC peak
 * 4–6 h), elimination fast (IV half-life ~18 min; both from an rhGH
 * pharmacokinetic study cited in the brief), so serum exogenous GH follows the
 * absorption rate: GH_exo = input/k1 with input = F·D·ka·A/V (ng/mL/h).
 * Acts: adds to serum GH, which drives IGF-1 and somatostatin; so the
 * pituitary's own GH falls (Bermann 1994, mechanism).
 */
import type { AgentSource } from '../../../model-source';
import type { ParameterDefinition } from '../../../parameter';

/** Parameters of this agent (ids unique across the model). */
export const SOMATROPIN_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'somatropinDoseMicrograms', value: 1000, unit: 'µg', min: 50, max: 10000, meaning: 'Reference dose (dose 1).', source: 'Assumed: a contrast dose at the top of adult replacement (0.2–1 mg/day)', group: 'agents' },
  { id: 'somatropinAbsorptionHours', value: 2.5, unit: 'h', min: 0.5, max: 12, meaning: 'Absorption half-life from the injection site.', source: 'rhGH pharmacokinetic study (brief): SC peak at 4–6 h. The model has one absorption compartment, so GH from a dose is highest at the injection and halves every 2.5 h; 2.5 h puts the mean absorption time (3.6 h) near the measured peak, whose delay the model does not show', group: 'agents' },
  { id: 'somatropinBioavailability', value: 0.7, unit: 'fraction', min: 0.3, max: 1, meaning: 'Subcutaneous bioavailability.', source: 'Assumed: ~70%, as recalled for SC somatropin (not re-read)', group: 'agents' },
  { id: 'somatropinVolumeLitres', value: 5, unit: 'L', min: 2, max: 20, meaning: 'Volume GH distributes in.', source: 'Assumed: about plasma volume plus a little (GH is a 22 kDa protein)', group: 'agents' },
];

export const SOMATROPIN_SOURCE: AgentSource = {
  constants: { somatropinKa: 'log(2)/somatropinAbsorptionHours' },
  exact: {
    somatropinDepot: { label: 'Somatropin at the injection site', unit: 'reference doses', rate: 'somatropinKa', input: 'somatropinInfusion' },
  },
  inputs: { somatropinInfusion: { perDose: '1/24' } },
  bolus: { somatropinDepot: '1' },
  // ng/mL/h entering plasma: F·D[µg]·1000 ng/µg · ka·A / (V[L]·1000 mL/L)
  signals: { sGhIn: 'somatropinBioavailability*somatropinDoseMicrograms/somatropinVolumeLitres*somatropinKa*somatropinDepot' },
  equivalentInfusionHours: '24',
};
