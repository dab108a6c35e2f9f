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
  { id: 'tamoxifenHalfLifeDays', value: 6, unit: 'd', min: 3, max: 14, meaning: 'Elimination half-life of tamoxifen.', source: 'Tamoxifen (Nolvadex) Swiss product information, Pharmacokinetics: terminal half-life ~7 days (N-desmethyltamoxifen ~14 days), steady state after ~4 weeks; DrugBank: 5–7 days', group: 'agents' },
  { id: 'tamoxifenMeanLoad', value: 1.78, unit: 'receptor load', min: 0.05, max: 20, meaning: 'Mean estrogen-receptor antagonist load of the reference daily dose at steady state.', source: 'Calibrated, weakly (the load nearly saturates the receptor: ±20% moves LH by 3%): tamoxifen 20 mg daily for 6 weeks raises LH 1.77-fold in 13 normal men (Spijkstra 1988 JCEM 66:355: 5.7 → 10.1 U/L; model 1.63) and FSH ~1.6-fold in oligospermic men (Clin Endocrinol ~1980: 4.9 → 7.7 IU/L; target 1.4 → model 1.13)', group: 'agents' },
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
