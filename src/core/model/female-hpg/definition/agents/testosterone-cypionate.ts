/**
 * Testosterone cypionate for women and trans men: the male model's intramuscular
 * depot (../../../male-hpg/definition/agents/testosterone-cypionate.ts), the same
 * release and absorption, restated in two ways:
 * - dose 1 is 100 mg once a week, a masculinizing regimen (Hembree et al. 2017,
 *   JCEM 102:3869: 50–100 mg weekly), half the man's reference of 200 mg;
 * - the depot's output, in the male model's units (a healthy man's testosterone),
 *   is added to serum testosterone in ng/mL through `maleReferenceTestosterone`.
 * Acts through the androgen-receptor signal (the GnRH brake shared with male-hpg,
 * and the blunting of progesterone's slowing of GnRH pulses) and, aromatized in
 * peripheral tissue, on estradiol.
 */
import { TESTOSTERONE_CYPIONATE_PARAMETERS, TESTOSTERONE_CYPIONATE_SOURCE } from '../../../male-hpg/definition/agents/testosterone-cypionate';
import type { FemaleAgent } from './shared';

/** A woman's dose 1 in the male reference's 200 mg units. */
const SHARE = '0.5';

export const FEMALE_TESTOSTERONE_CYPIONATE: FemaleAgent = {
  source: {
    ...TESTOSTERONE_CYPIONATE_SOURCE,
    inputs: { cypionateInfusion: { perDose: `${SHARE}*cypionateDoseWeeks` } },
    bolus: { cypionateSite: `${SHARE}*cypionateDoseWeeks*168` },
    signals: { sT: 'maleReferenceTestosterone*kCypAbsorb*cypionateDepot' },
  },
  parameters: TESTOSTERONE_CYPIONATE_PARAMETERS,
};
