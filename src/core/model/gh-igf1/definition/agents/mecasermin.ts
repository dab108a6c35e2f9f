/**
 * Mecasermin (recombinant human IGF-1), the feedback probe: it raises IGF-1
 * without GH, so the brake IGF-1 puts on GH can be seen on its own (Bermann
 * 1994 infused rhIGF-I in healthy men). Reference dose 1 = 120 µg/kg (8.4 mg
 * for 70 kg) subcutaneously twice a day (assumed: the top of the Increlex
 * range as recalled, not re-read). Kinetics: a subcutaneous depot absorbed
 * over hours into serum IGF-1, where it is bound and cleared like the body's
 * own (the model's IGF-1 turnover). Acts: adds to serum IGF-1 (µg/L per h).
 */
import type { AgentSource } from '../../../model-source';
import type { ParameterDefinition } from '../../../parameter';

/** Parameters of this agent (ids unique across the model). */
export const MECASERMIN_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'mecaserminAbsorptionHours', value: 3, unit: 'h', min: 0.5, max: 12, meaning: 'Absorption half-life from the injection site.', source: 'Assumed: SC IGF-1 peaks a few hours after injection', group: 'agents' },
  { id: 'mecaserminIgfPerDose', value: 250, unit: 'µg/L', min: 5, max: 2000, meaning: 'Serum IGF-1 added by one reference dose once absorbed (before clearance).', source: 'Calibrated: given continuously, the reference regimen raises IGF-1 about as the rhIGF-I infusion of Bermann 1994 did (JCI 94:138: 163 → 452 µg/L, ×2.8); the model’s is ×3.1 on day 5 (row G12)', group: 'agents' },
];

export const MECASERMIN_SOURCE: AgentSource = {
  constants: { mecaserminKa: 'log(2)/mecaserminAbsorptionHours' },
  exact: {
    mecaserminDepot: { label: 'Mecasermin at the injection site', unit: 'reference doses', rate: 'mecaserminKa', input: 'mecaserminInfusion' },
  },
  inputs: { mecaserminInfusion: { perDose: '1/12' } },
  bolus: { mecaserminDepot: '1' },
  signals: { sIgfIn: 'mecaserminIgfPerDose*mecaserminKa*mecaserminDepot' },
  equivalentInfusionHours: '12',
};
