/**
 * Anastrozole in the female model: the male model's kinetics (one compartment,
 * half-life ~50 h, ../../../male-hpg/definition/agents/anastrozole.ts) with the
 * inhibition a woman's whole-body aromatization shows:
 *   inhibition = I_max,F·x/(x + IC₅₀)
 * In men the testes' own estradiol and the rising testosterone limit the net
 * fall (I_max 0.66 there); in postmenopausal women 1 mg daily blocks ~97% of
 * whole-body aromatization (Geisler 1996).
 */
import { parametersById, type ParameterDefinition } from '../../../parameter';
import { ANASTROZOLE_PARAMETERS, ANASTROZOLE_SOURCE } from '../../../male-hpg/definition/agents/anastrozole';
import type { FemaleAgent } from './shared';

const PARAMETERS: readonly ParameterDefinition[] = [
  ...parametersById(ANASTROZOLE_PARAMETERS, 'anastrozoleHalfLifeHours', 'anastrozoleHalfEffect'),
  { id: 'anastrozoleMaxInhibitionFemale', value: 0.97, unit: 'fraction', min: 0.5, max: 1, group: 'agents', meaning: 'Largest fraction of a woman’s peripheral aromatase activity that anastrozole blocks (the follicles’ share follows from it through ovarianInhibitorShift).', source: 'Geisler 1996 (Br J Cancer 74:1286): 1 mg anastrozole daily inhibits whole-body aromatization by 96.7% in postmenopausal women' },
];

export const FEMALE_ANASTROZOLE: FemaleAgent = {
  source: { ...ANASTROZOLE_SOURCE, signals: { sAI: 'anastrozoleMaxInhibitionFemale*anastrozolePlasma/(anastrozolePlasma + anastrozoleHalfEffect)' } },
  parameters: PARAMETERS,
};
