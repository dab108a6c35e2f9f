/**
 * Subcutaneous testosterone pellet for women; reference 1 = one 75 mg implant
 * (a woman's dose, not the man's 1200 mg of `male-hpg`; the agent card says so).
 * Kinetics: a depot released first-order into a serum compartment that rises
 * over days, as the estradiol pellet (./estradiol-pellet.ts),
 *   dd/dt = −k_rel·d,   dx/dt = A·k_rise·d − k_rise·x   (x: testosterone added to serum, ng/mL),
 * so after one implant x(t) = A·k_rise/(k_rise − k_rel)·(e^(−k_rel·t) − e^(−k_rise·t)), highest at
 * t* = ln(k_rise/k_rel)/(k_rise − k_rel). A is set so that this peak is `testosteronePelletPeakFemale`.
 * Acts: as the cream, on the androgen-receptor signal (androgens blunt
 * progesterone's slowing of GnRH pulses, Eagleson 2000; the GnRH brake and FSH
 * restraint shared with male-hpg, slight at these levels) and, aromatized in
 * peripheral tissue, on estradiol (+3.6 pg/mL per ng/mL).
 */
import type { ParameterDefinition } from '../../../parameter';
import type { FemaleAgent } from './shared';

const PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'testosteronePelletPeakFemale', value: 2.2, unit: 'ng/mL', min: 0.5, max: 6, group: 'agents', meaning: 'Highest serum testosterone added by one 75 mg implant (reached after about 11 days).', source: 'Int J Gynaecol Obstet 1982 (20:387): after a 75 mg implant serum testosterone peaks at 2.5 ± 1.6 ng/mL within two weeks; less the ~0.3 ng/mL a woman makes herself (the model’s own mean is 0.36)' },
  { id: 'testosteronePelletReleaseHalfLifeDays', value: 35, unit: 'd', min: 10, max: 120, group: 'agents', meaning: 'Half-life of release from the implant.', source: 'calibrated: testosterone is back to its pre-implant level by weeks 17–18 (Int J Gynaecol Obstet 1982, 20:387); with a 35-day half-life the added testosterone falls from its peak to a tenth (~0.2 ng/mL) by week 17' },
  { id: 'testosteronePelletRiseDays', value: 4, unit: 'd', min: 0.5, max: 14, group: 'agents', meaning: 'Time constant of the rise of serum testosterone after implantation.', source: 'assumed, as for the estradiol pellet: the peak is reached within two weeks (Int J Gynaecol Obstet 1982, 20:387)' },
];

export const FEMALE_TESTOSTERONE_PELLET: FemaleAgent = {
  source: {
    constants: {
      kRelTPellet: 'log(2)/(24*testosteronePelletReleaseHalfLifeDays)',
      kRiseTPellet: '1/(24*testosteronePelletRiseDays)',
      tPeakTPellet: 'log(kRiseTPellet/kRelTPellet)/(kRiseTPellet - kRelTPellet)',
      aTPellet: 'testosteronePelletPeakFemale*(kRiseTPellet - kRelTPellet)/(kRiseTPellet*(exp(-kRelTPellet*tPeakTPellet) - exp(-kRiseTPellet*tPeakTPellet)))',
    },
    states: {
      tPelletDepot: { label: 'Testosterone implant', unit: 'implants' },
      tPelletSerum: { label: 'Testosterone from the implant in serum', unit: 'ng/mL' },
    },
    inputs: { tPelletInfusion: { perDose: '1/(112*24)' } },
    derivatives: {
      tPelletDepot: 'tPelletInfusion - kRelTPellet*tPelletDepot',
      tPelletSerum: 'aTPellet*kRiseTPellet*tPelletDepot - kRiseTPellet*tPelletSerum',
    },
    bolus: { tPelletDepot: '1' },
    signals: { sT: 'pos(tPelletSerum)' },
    equivalentInfusionHours: '112*24',
  },
  parameters: PARAMETERS,
};
