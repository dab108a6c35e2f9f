/**
 * hCG: LH-receptor agonist, every other day by injection.
 * Kinetics: one compartment with the slow-phase half-life ~24 h:
 *   dx/dt = −k·x   (x in mean amounts of the reference regimen)
 * Acts: LH-receptor signal on Leydig cells = S_hCG·x (units of baseline LH),
 * bypassing hypothalamus and pituitary; strong repeated stimulation
 * desensitizes the Leydig LH receptor (see the model's Ld state).
 */
import type { AgentSource } from '../../../model-source';
import type { ParameterDefinition } from '../../../parameter';

/** Parameters of this agent (ids unique across the model). */
export const HCG_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'hcgHalfLifeHours', value: 24, unit: 'h', min: 8, max: 48, meaning: 'Slow-phase elimination half-life of hCG.', source: 'brief §3 (~24 h)', group: 'agents' },
  { id: 'hcgMeanSignal', value: 1.5, unit: 'baseline LH', min: 0.05, max: 20, meaning: 'Mean LH-receptor signal of the reference regimen, in units of baseline LH.', source: 'assumed: reference hCG keeps testicular testosterone near normal during TRT', group: 'agents' },
];

export const HCG_SOURCE: AgentSource = {
  constants: { kHcg: 'log(2)/hcgHalfLifeHours' },
  states: { hcgPlasma: { label: 'hCG in plasma', unit: 'mean amounts of the reference regimen' } },
  inputs: { hcgInfusion: { perDose: 'kHcg' } },
  derivatives: { hcgPlasma: 'hcgInfusion - kHcg*hcgPlasma' },
  bolus: { hcgPlasma: 'kHcg*48' },
  signals: { sHcg: 'hcgMeanSignal*hcgPlasma' },
  equivalentInfusionHours: 'kHcg*48/kHcg',
};
