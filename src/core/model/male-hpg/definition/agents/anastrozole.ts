/**
 * Anastrozole: aromatase inhibitor; reference ~1 mg/day-equivalent.
 * Kinetics: one compartment, half-life ~50 h (brief §3):
 *   dx/dt = −k·x   (x in mean amounts of the reference regimen)
 * Acts: inhibits aromatase,
 *   inhibition = I_max·x / (x + IC₅₀)
 * so estradiol falls, estrogen feedback eases, LH and testosterone rise.
 */
import type { AgentSource } from '../../../model-source';
import type { ParameterDefinition } from '../../../parameter';

/** Parameters of this agent (ids unique across the model). */
export const ANASTROZOLE_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'anastrozoleHalfLifeHours', value: 50, unit: 'h', min: 30, max: 80, meaning: 'Elimination half-life of anastrozole.', source: 'brief §3 (~50 h)', group: 'agents' },
  { id: 'aromataseMaxInhibition', value: 0.659, unit: 'fraction', min: 0.3, max: 1, meaning: 'Largest fraction of aromatase activity that the inhibitor can block.', source: 'assumed', group: 'agents' },
  { id: 'anastrozoleHalfEffect', value: 0.223, unit: 'mean amounts', min: 0.01, max: 10, meaning: 'Plasma level (in mean levels of the reference regimen) giving half of the maximal inhibition.', source: 'calibrated: E2 −25–45% at 1 mg/day in older men (Leder 2004)', group: 'agents' },
];

export const ANASTROZOLE_SOURCE: AgentSource = {
  constants: { kAnastrozole: 'log(2)/anastrozoleHalfLifeHours' },
  states: { anastrozolePlasma: { label: 'Anastrozole in plasma', unit: 'mean amounts of the reference regimen' } },
  inputs: { anastrozoleInfusion: { perDose: 'kAnastrozole' } },
  derivatives: { anastrozolePlasma: 'anastrozoleInfusion - kAnastrozole*anastrozolePlasma' },
  bolus: { anastrozolePlasma: 'kAnastrozole*24' },
  signals: { sAI: 'aromataseMaxInhibition*anastrozolePlasma/(anastrozolePlasma + anastrozoleHalfEffect)' },
  equivalentInfusionHours: 'kAnastrozole*24/kAnastrozole',
};
