/**
 * Combined oral contraceptive; reference 1 = one active pill a day (30 µg
 * ethinylestradiol + 150 µg levonorgestrel), taken 21 days with a 7-day break.
 * Kinetics: one compartment each (x in mean amounts of the daily regimen),
 *   dx_EE/dt = −k_EE·x_EE,   dx_LNG/dt = −k_LNG·x_LNG.
 * Acts through the receptor signals, not serum estradiol or progesterone
 * (neither is measured as such): ethinylestradiol as an estrogen-receptor
 * agonist (pg/mL estradiol-equivalent) and levonorgestrel as a
 * progesterone-receptor agonist (ng/mL progesterone-equivalent). The progestin
 * slows GnRH pulses, brakes LH synthesis and stops follicle growth, so no surge
 * comes; in the break both fall away and FSH recovers (van Heusden & Fauser 1999).
 */
import type { ParameterDefinition } from '../../../parameter';
import type { FemaleAgent } from './shared';

const PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'ethinylestradiolHalfLifeHours', value: 17, unit: 'h', min: 6, max: 36, group: 'agents', meaning: 'Elimination half-life of ethinylestradiol.', source: 'assumed: combined-pill labels give ethinylestradiol terminal half-lives of roughly 13–27 h (not re-checked here)' },
  { id: 'levonorgestrelHalfLifeHours', value: 30, unit: 'h', min: 10, max: 60, group: 'agents', meaning: 'Elimination half-life of levonorgestrel.', source: 'assumed: combined-pill labels give levonorgestrel terminal half-lives of roughly 24–36 h (not re-checked here)' },
  { id: 'cocEstrogenE2Equivalent', value: 60, unit: 'pg/mL E2-equivalent', min: 0, max: 200, group: 'agents', meaning: 'Estrogen-receptor activation by the pill’s ethinylestradiol at its mean level, as the estradiol level that would give it.', source: 'assumed: enough to hold FSH down with the progestin and below this model’s positive-feedback threshold (~200 pg/mL), as 20–30 µg ethinylestradiol pills do' },
  { id: 'cocProgestinP4Equivalent', value: 12, unit: 'ng/mL P4-equivalent', min: 0, max: 50, group: 'agents', meaning: 'Progesterone-receptor activation by the pill’s levonorgestrel at its mean level, as the progesterone level that would give it.', source: 'calibrated: a mid-luteal progesterone level, which in this model blocks the surge and follicle growth for all 21 pill days while FSH recovers in the 7-day break (van Heusden & Fauser 1999, Contraception 59:237)' },
];

export const FEMALE_COMBINED_ORAL_CONTRACEPTIVE: FemaleAgent = {
  source: {
    constants: { kEE: 'log(2)/ethinylestradiolHalfLifeHours', kLNG: 'log(2)/levonorgestrelHalfLifeHours' },
    states: {
      ethinylestradiol: { label: 'Ethinylestradiol in plasma', unit: 'mean amounts of the daily regimen' },
      levonorgestrel: { label: 'Levonorgestrel in plasma', unit: 'mean amounts of the daily regimen' },
    },
    inputs: { eeInfusion: { perDose: 'kEE' }, lngInfusion: { perDose: 'kLNG' } },
    derivatives: {
      ethinylestradiol: 'eeInfusion - kEE*ethinylestradiol',
      levonorgestrel: 'lngInfusion - kLNG*levonorgestrel',
    },
    bolus: { ethinylestradiol: 'kEE*24', levonorgestrel: 'kLNG*24' },
    signals: { sErAgonist: 'cocEstrogenE2Equivalent*pos(ethinylestradiol)', sPrAgonist: 'cocProgestinP4Equivalent*pos(levonorgestrel)' },
    equivalentInfusionHours: '24',
  },
  parameters: PARAMETERS,
};
