/**
 * Transdermal progesterone cream; reference 1 = 80 mg a day on the skin.
 * Kinetics: a skin depot released first-order into one serum compartment,
 *   ds/dt = −ka·s,   dp/dt = A·ka·s − ke·p   (p: progesterone added to serum, ng/mL),
 * with A set so that daily use averages the measured serum level.
 * Acts: as the body's own progesterone. Serum levels stay near follicular
 * values (Du et al. 2013); saliva overstates them (O'Leary et al. 2000), which
 * the model does not represent.
 */
import type { ParameterDefinition } from '../../../parameter';
import type { FemaleAgent } from './shared';

const PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'progesteroneCreamMeanLevel', value: 0.52, unit: 'ng/mL', min: 0.05, max: 5, group: 'agents', meaning: 'Mean serum progesterone added by daily use of 80 mg cream.', source: 'Du et al. 2013 (Menopause 20:1169): 80 mg/day cream gives serum AUC₀₋₂₄ 12.4 ng·h/mL, a mean of 0.52 ng/mL' },
  { id: 'progesteroneCreamReleaseHours', value: 8, unit: 'h', min: 1, max: 48, group: 'agents', meaning: 'Time constant of release from the skin (1/ka).', source: 'calibrated: with the 5-h serum half-life of oral progesterone (assumed) the serum peak comes 8–9 h after an application (Du et al. 2013)' },
];

export const FEMALE_PROGESTERONE_CREAM: FemaleAgent = {
  source: {
    constants: { kaP4Cream: '1/progesteroneCreamReleaseHours', keP4Cream: 'log(2)/oralProgesteroneHalfLifeHours' },
    states: {
      p4CreamSkin: { label: 'Progesterone cream in the skin', unit: 'doses' },
      p4CreamSerum: { label: 'Progesterone from cream in serum', unit: 'ng/mL' },
    },
    inputs: { p4CreamInfusion: { perDose: '1/24' } },
    derivatives: {
      p4CreamSkin: 'p4CreamInfusion - kaP4Cream*p4CreamSkin',
      // One dose a day delivers progesteroneCreamMeanLevel·ke·24 ng/mL·h in all, so daily use averages that level.
      p4CreamSerum: 'progesteroneCreamMeanLevel*keP4Cream*24*kaP4Cream*p4CreamSkin - keP4Cream*p4CreamSerum',
    },
    bolus: { p4CreamSkin: '1' },
    signals: { sP4: 'pos(p4CreamSerum)' },
    equivalentInfusionHours: '24',
  },
  parameters: PARAMETERS,
};
