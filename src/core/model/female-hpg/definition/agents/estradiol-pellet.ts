/**
 * Subcutaneous estradiol pellet; reference 1 = one 50 mg implant.
 * Kinetics: a depot released first-order over years into a serum compartment
 * that rises over about two weeks,
 *   dd/dt = −k_rel·d,   dx/dt = A·k_rel·d − k_rise·x   (x: estradiol added to serum, pg/mL),
 * A scaled so that a fresh implant holds `estradiolPelletLevel`.
 * Acts: as the body's own estradiol; FSH and LH fall over weeks.
 */
import type { ParameterDefinition } from '../../../parameter';
import type { FemaleAgent } from './shared';

const PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'estradiolPelletLevel', value: 190, unit: 'pg/mL', min: 30, max: 400, group: 'agents', meaning: 'Serum estradiol added by a fresh 50 mg implant once it has risen (about two weeks).', source: 'Int J Gynaecol Obstet 1982 (via the female model brief): 25–75 mg implants give 190 ± 35 pg/mL by week 2' },
  { id: 'estradiolPelletReleaseHalfLifeDays', value: 900, unit: 'd', min: 60, max: 3000, group: 'agents', meaning: 'Half-life of release from the implant.', source: 'calibrated: estradiol ~150 pg/mL at week 46 after 190 at week 2 (Int J Gynaecol Obstet 1982, via the brief) is a fall of 21% in 44 weeks' },
  { id: 'estradiolPelletRiseDays', value: 4, unit: 'd', min: 0.5, max: 14, group: 'agents', meaning: 'Time constant of the rise of serum estradiol after implantation.', source: 'assumed: the level is reached by week 2 (Int J Gynaecol Obstet 1982, via the brief)' },
];

export const FEMALE_ESTRADIOL_PELLET: FemaleAgent = {
  source: {
    constants: {
      kRelE2Pellet: 'log(2)/(24*estradiolPelletReleaseHalfLifeDays)',
      kRiseE2Pellet: '1/(24*estradiolPelletRiseDays)',
    },
    states: {
      e2PelletDepot: { label: 'Estradiol implant', unit: 'implants' },
      e2PelletSerum: { label: 'Estradiol from the implant in serum', unit: 'pg/mL' },
    },
    inputs: { e2PelletInfusion: { perDose: '1/(180*24)' } },
    derivatives: {
      e2PelletDepot: 'e2PelletInfusion - kRelE2Pellet*e2PelletDepot',
      e2PelletSerum: 'estradiolPelletLevel*kRiseE2Pellet*e2PelletDepot - kRiseE2Pellet*e2PelletSerum',
    },
    bolus: { e2PelletDepot: '1' },
    signals: { sE2: 'pos(e2PelletSerum)' },
    equivalentInfusionHours: '180*24',
  },
  parameters: PARAMETERS,
};
