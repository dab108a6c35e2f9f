/**
 * Oral micronized progesterone; reference 1 = 200 mg by mouth at night.
 * Kinetics: first-order absorption into one compartment,
 *   dg/dt = −ka·g,   dp/dt = A·ka·g − ke·p   (p: progesterone added to serum, ng/mL),
 * with ka and ke fixed by the label's time to peak and an assumed half-life,
 * and A scaled so that one dose peaks at the label's Cmax.
 * Acts: as the body's own progesterone (serum progesterone, then the lagged PR
 * signal: no same-day slowing of GnRH pulses, Kim 2018).
 */
import type { ParameterDefinition } from '../../../parameter';
import type { FemaleAgent } from './shared';

const PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'oralProgesteronePeak', value: 38.1, unit: 'ng/mL', min: 5, max: 100, group: 'agents', meaning: 'Serum progesterone peak after one 200 mg dose.', source: 'Prometrium label (via the female model brief): Cmax 38.1 ng/mL at 2.3 h after 200 mg (17.3 after 100 mg, 60.6 after 300 mg)' },
  { id: 'oralProgesteroneAbsorptionPerHour', value: 1, unit: '1/h', min: 0.2, max: 5, group: 'agents', meaning: 'First-order absorption rate of oral progesterone.', source: 'calibrated: with the assumed half-life it puts the peak at 2.3 h after a dose (Prometrium label)' },
  { id: 'oralProgesteroneHalfLifeHours', value: 5, unit: 'h', min: 2, max: 20, group: 'agents', meaning: 'Elimination half-life of progesterone after an oral dose.', source: 'assumed: the brief leaves it to verify; a few hours, so a nightly dose leaves little by the next evening' },
];

export const FEMALE_PROGESTERONE_ORAL: FemaleAgent = {
  source: {
    constants: {
      kaOralP4: 'oralProgesteroneAbsorptionPerHour',
      keOralP4: 'log(2)/oralProgesteroneHalfLifeHours',
      tmaxOralP4: 'log(kaOralP4/keOralP4)/(kaOralP4 - keOralP4)',
      oralP4Scale: 'oralProgesteronePeak*(kaOralP4 - keOralP4)/(kaOralP4*(exp(-keOralP4*tmaxOralP4) - exp(-kaOralP4*tmaxOralP4)))',
    },
    states: {
      oralP4Gut: { label: 'Oral progesterone not yet absorbed', unit: 'doses' },
      oralP4Serum: { label: 'Oral progesterone in serum', unit: 'ng/mL' },
    },
    inputs: { oralP4Infusion: { perDose: '1/24' } },
    derivatives: {
      oralP4Gut: 'oralP4Infusion - kaOralP4*oralP4Gut',
      oralP4Serum: 'oralP4Scale*kaOralP4*oralP4Gut - keOralP4*oralP4Serum',
    },
    bolus: { oralP4Gut: '1' },
    signals: { sP4: 'pos(oralP4Serum)' },
    equivalentInfusionHours: '24',
  },
  parameters: PARAMETERS,
};
