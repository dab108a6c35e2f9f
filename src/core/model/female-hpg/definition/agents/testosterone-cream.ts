/**
 * Low-dose testosterone cream for women; reference 1 = 10 mg a day on the skin.
 * Kinetics: a skin depot released first-order into serum,
 *   ds/dt = −ka·s,   dx/dt = A·ka·s − ke·x   (x: testosterone added to serum, ng/mL),
 * A set so that daily use averages `testosteroneCreamLevel`.
 * Acts: on the androgen-receptor signal (androgens blunt progesterone's
 * slowing of GnRH pulses, Eagleson 2000; the GnRH brake and FSH restraint
 * shared with male-hpg) and, aromatized, on estradiol; at this dose the
 * cycle is unchanged.
 */
import type { ParameterDefinition } from '../../../parameter';
import type { FemaleAgent } from './shared';

const PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'testosteroneCreamLevel', value: 0.4, unit: 'ng/mL', min: 0.05, max: 5, group: 'agents', meaning: 'Mean serum testosterone added by daily use of 10 mg cream.', source: 'assumed from Goldstat et al. 2003 (Menopause 10:390): 10 mg/day brings testosterone to the top of the female range (about 0.7 ng/mL) with estradiol unchanged; the model’s own mean is 0.36 ng/mL' },
  { id: 'testosteroneCreamReleaseHours', value: 8, unit: 'h', min: 1, max: 48, group: 'agents', meaning: 'Time constant of release from the skin (1/ka).', source: 'assumed, as for progesterone cream (a transdermal peak some hours after application)' },
  { id: 'testosteroneFemaleHalfLifeHours', value: 2, unit: 'h', min: 0.5, max: 8, group: 'agents', meaning: 'Serum half-life of testosterone once absorbed.', source: 'assumed: free testosterone is cleared within hours; the skin depot sets the time course' },
];

export const FEMALE_TESTOSTERONE_CREAM: FemaleAgent = {
  source: {
    constants: { kaTCream: '1/testosteroneCreamReleaseHours', keTCream: 'log(2)/testosteroneFemaleHalfLifeHours' },
    states: {
      tCreamSkin: { label: 'Testosterone cream in the skin', unit: 'doses' },
      tCreamSerum: { label: 'Testosterone from cream in serum', unit: 'ng/mL' },
    },
    inputs: { tCreamInfusion: { perDose: '1/24' } },
    derivatives: {
      tCreamSkin: 'tCreamInfusion - kaTCream*tCreamSkin',
      tCreamSerum: 'testosteroneCreamLevel*keTCream*24*kaTCream*tCreamSkin - keTCream*tCreamSerum',
    },
    bolus: { tCreamSkin: '1' },
    signals: { sT: 'pos(tCreamSerum)' },
    equivalentInfusionHours: '24',
  },
  parameters: PARAMETERS,
};
