/**
 * Ibutamoren (MK-677): an oral, non-peptide ghrelin-receptor agonist.
 * Reference dose 1 = 25 mg by mouth once a day (Chapman 1996, JCEM 81:4249;
 * Nass 2008, Ann Intern Med 149:601). Its plasma half-life was not retrieved
 * (assumed); once-daily dosing raised 24-h mean GH for the whole day (Chapman
 * 1996). Acts: ghrelin-receptor load in proportion to plasma level; the
 * sustained occupancy partly desensitizes the receptor (Murphy 1998).
 */
import type { ParameterDefinition } from '../../../parameter';
import { injectionAgent } from './injection-kinetics';

/** Parameters of this agent (ids unique across the model). */
export const IBUTAMOREN_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'ibutamorenDoseMilligrams', value: 25, unit: 'mg', min: 1, max: 100, meaning: 'Reference dose (dose 1).', source: 'Chapman 1996 (JCEM 81:4249): 25 mg/day by mouth', group: 'agents' },
  { id: 'ibutamorenHalfLifeHours', value: 5, unit: 'h', min: 2, max: 24, meaning: 'Plasma half-life.', source: 'Assumed: no primary pharmacokinetic source retrieved; web monographs (secondary, not relied on) speak of a ~24-h half-life or duration of action; once-daily dosing keeps 24-h GH raised (Chapman 1996). 5 h keeps a daily peak, as Murphy 1998 measured one', group: 'agents' },
  { id: 'ibutamorenAbsorptionHours', value: 0.7, unit: 'h', min: 0.1, max: 1.9, meaning: 'Absorption half-life from the gut.', source: 'Assumed: an oral drug peaking within 1–2 h', group: 'agents' },
  { id: 'ibutamorenBioavailability', value: 0.6, unit: 'fraction', min: 0.05, max: 1, meaning: 'Oral bioavailability.', source: 'Assumed: not found', group: 'agents' },
  { id: 'ibutamorenVolumeLitres', value: 50, unit: 'L', min: 5, max: 500, meaning: 'Volume of distribution.', source: 'Assumed: a small lipophilic molecule distributing beyond plasma water', group: 'agents' },
  { id: 'ibutamorenMolarMass', value: 528.7, unit: 'g/mol', min: 528, max: 625, meaning: 'Molar mass of the free base (C27H36N4O5S; the mesylate salt is 624.8).', source: 'Chemical formula (PubChem CID 9939050)', group: 'agents' },
  { id: 'ibutamorenGhsPerNmol', value: 10, unit: 'GHS units per nmol/L', min: 0.01, max: 100, meaning: 'Ghrelin-receptor load per nmol/L of plasma ibutamoren.', source: 'Calibrated: 25 mg/day roughly doubles 24-h GH in older adults at 2 weeks (Chapman 1996: +97%; row G9)', group: 'agents' },
];

export const IBUTAMOREN_SOURCE = injectionAgent({
  name: 'ibutamoren',
  label: 'Ibutamoren (MK-677)',
  ka: 'log(2)/ibutamorenAbsorptionHours',
  ke: 'log(2)/ibutamorenHalfLifeHours',
  // mg / (g/mol) = mmol; × 1e6 = nmol; / L = nmol/L
  levelPerDose: 'ibutamorenBioavailability*ibutamorenDoseMilligrams/ibutamorenMolarMass*1000000/ibutamorenVolumeLitres',
  intervalHours: '24',
  signals: (c) => ({ sGhs: `ibutamorenGhsPerNmol*${c}` }),
});
