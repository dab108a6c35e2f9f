/**
 * Tamoxifen: a SERM, daily by mouth.
 * Kinetics: one compartment, half-life ~5–7 days, so steady state takes ~4 weeks:
 *   dx/dt = −k·x,  estrogen-receptor antagonist load = L_tam·x
 * (x in mean amounts of the reference regimen).
 * Acts: blocks the estrogen receptor at hypothalamus and pituitary.
 */
import type { AgentSource } from '../../../model-source';
import type { ParameterDefinition } from '../../../parameter';

/** Parameters of this agent (ids unique across the model). */
export const TAMOXIFEN_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'tamoxifenHalfLifeDays', value: 6, unit: 'd', min: 3, max: 14, meaning: 'Elimination half-life of tamoxifen.', source: 'brief §3 (5–7 d; steady state ~4 weeks)', group: 'agents' },
  { id: 'tamoxifenMeanLoad', value: 1.78, unit: 'receptor load', min: 0.05, max: 20, meaning: 'Mean estrogen-receptor antagonist load of the reference daily dose at steady state.', source: 'assumed: comparable to clomiphene at the hypothalamus', group: 'agents' },
];

export const TAMOXIFEN_SOURCE: AgentSource = {
  constants: { kTamoxifen: 'log(2)/(24*tamoxifenHalfLifeDays)' },
  states: { tamoxifenPlasma: { label: 'Tamoxifen in plasma', unit: 'mean amounts of the reference regimen' } },
  inputs: { tamoxifenInfusion: { perDose: 'kTamoxifen' } },
  derivatives: { tamoxifenPlasma: 'tamoxifenInfusion - kTamoxifen*tamoxifenPlasma' },
  bolus: { tamoxifenPlasma: 'kTamoxifen*24' },
  signals: { sErAntagonist: 'tamoxifenMeanLoad*tamoxifenPlasma' },
  equivalentInfusionHours: 'kTamoxifen*24/kTamoxifen',
};
