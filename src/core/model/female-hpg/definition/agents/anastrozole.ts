/**
 * Anastrozole in the female model: the male model's kinetics (one compartment,
 * half-life ~50 h, ../../../male-hpg/definition/agents/anastrozole.ts) with the
 * inhibition a woman's whole-body aromatization shows:
 *   inhibition = I_max,F·x/(x + IC₅₀,F)
 * In men the testes' own estradiol and the rising testosterone limit the net
 * fall (I_max 0.66 there); in postmenopausal women 1 mg daily blocks ~97% of
 * whole-body aromatization (Geisler 1996) and leaves 10–15% of plasma
 * estradiol, which sets the half-effect level IC₅₀,F here.
 */
import { parametersById, type ParameterDefinition } from '../../../parameter';
import { ANASTROZOLE_PARAMETERS, ANASTROZOLE_SOURCE } from '../../../male-hpg/definition/agents/anastrozole';
import type { FemaleAgent } from './shared';

const PARAMETERS: readonly ParameterDefinition[] = [
  ...parametersById(ANASTROZOLE_PARAMETERS, 'anastrozoleHalfLifeHours'),
  { id: 'anastrozoleHalfEffectFemale', value: 0.11, unit: 'mean amounts', min: 0.01, max: 10, group: 'agents', meaning: 'Plasma anastrozole (in mean levels of the 1 mg daily regimen) giving half of the largest block of a woman’s peripheral aromatase.', source: 'calibrated: after months of 1 mg daily, postmenopausal women keep 0.151 (Geisler et al. 2002, J Clin Oncol 20:751: −84.9%) and 0.101 (Dixon et al. 2008, J Clin Oncol 26:1671) of their plasma estradiol; model 0.127 (0.208 with the male model’s 0.223). In men that level is fitted jointly with a net ceiling of 0.659 and with letrozole given as four doses of anastrozole, so it is barely identified there (±20% moves the male anchors ~4%); in women, where the block is nearly complete, it is. Prediction it was not fitted to: letrozole 2.5 mg, whose parameters were set before, leaves 0.058 (Dixon 2008: 0.059; Geisler 2002: 0.048)' },
  { id: 'anastrozoleMaxInhibitionFemale', value: 0.97, unit: 'fraction', min: 0.5, max: 1, group: 'agents', meaning: 'Largest fraction of a woman’s peripheral aromatase activity that anastrozole blocks (the follicles’ share follows from it through ovarianInhibitorShift).', source: 'Geisler 1996 (Br J Cancer 74:1286): 1 mg anastrozole daily inhibits whole-body aromatization by 96.7% in postmenopausal women' },
];

export const FEMALE_ANASTROZOLE: FemaleAgent = {
  source: { ...ANASTROZOLE_SOURCE, signals: { sAI: 'anastrozoleMaxInhibitionFemale*anastrozolePlasma/(anastrozolePlasma + anastrozoleHalfEffectFemale)' } },
  parameters: PARAMETERS,
};
