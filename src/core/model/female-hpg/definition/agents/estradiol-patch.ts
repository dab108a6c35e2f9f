/**
 * Transdermal estradiol patch; reference 1 = one 0.05 mg/day patch worn
 * continuously (an infusion regimen; a bolus is one day's delivery at once).
 * Kinetics: the skin delivers at a steady rate into a serum compartment that
 * follows it with a lag,
 *   dx/dt = input − k·x,   x = estradiol added to serum (pg/mL),
 * so a worn patch holds serum estradiol `estradiolPatchLevel` above the
 * woman's own, and it falls away within a day of removal.
 * Acts: as the body's own estradiol (serum estradiol, then the ER signal):
 * FSH and LH fall, dose-dependently, in a postmenopausal woman.
 */
import type { ParameterDefinition } from '../../../parameter';
import type { FemaleAgent } from './shared';

const PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'estradiolPatchLevel', value: 45, unit: 'pg/mL', min: 10, max: 150, group: 'agents', meaning: 'Serum estradiol added by one 0.05 mg/day patch at steady state.', source: 'assumed: Selby & Peacock 1986 (BMJ 293:1337) saw FSH fall dose-dependently over 0.025–0.1 mg/day with little further fall above 150 pmol/L (41 pg/mL) serum estradiol, which the middle dose reaches; labels of 0.05 mg/day patches give mean increments of this order (not re-checked)' },
  { id: 'estradiolPatchHalfLifeHours', value: 4, unit: 'h', min: 1, max: 24, group: 'agents', meaning: 'Half-life of the fall of patch estradiol after removal (skin depot and clearance together).', source: 'assumed: serum estradiol is back near baseline within a day of removing a patch; the intravenous half-life of estradiol is 1–2 h' },
];

export const FEMALE_ESTRADIOL_PATCH: FemaleAgent = {
  source: {
    constants: { kE2Patch: 'log(2)/estradiolPatchHalfLifeHours' },
    states: { patchEstradiol: { label: 'Estradiol from the patch in serum', unit: 'pg/mL' } },
    inputs: { e2PatchInfusion: { perDose: 'estradiolPatchLevel*kE2Patch' } },
    derivatives: { patchEstradiol: 'e2PatchInfusion - kE2Patch*patchEstradiol' },
    bolus: { patchEstradiol: 'estradiolPatchLevel*kE2Patch*24' },
    signals: { sE2: 'pos(patchEstradiol)' },
    equivalentInfusionHours: '24',
  },
  parameters: PARAMETERS,
};
