/**
 * Testosterone pellet: subcutaneous implant, one set per `fromDay`.
 * Kinetics: release from the implant decays with a half-life of ~2.5 months,
 *   dx/dt = −k·x,  androgen input = k·x  (Handelsman 1992).
 * Amounts are hours of baseline testicular secretion.
 */
import type { AgentSource } from '../../../model-source';
import type { ParameterDefinition } from '../../../parameter';

/** Parameters of this agent (ids unique across the model). */
export const TESTOSTERONE_PELLET_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'pelletReleaseHalfLifeDays', value: 75, unit: 'd', min: 30, max: 150, meaning: 'Half-life of testosterone release from the implant.', source: 'brief §3 (~2.5 months; Handelsman 1992)', group: 'agents' },
  { id: 'pelletInitialRelease', value: 1.5, unit: '× baseline secretion', min: 0.2, max: 5, meaning: 'Release rate just after implantation, as a multiple of healthy testicular output.', source: 'calibrated: serum T 0.7–1.5× for ~3 months (Handelsman 1992)', group: 'agents' },
];

export const TESTOSTERONE_PELLET_SOURCE: AgentSource = {
  constants: { kPellet: 'log(2)/(24*pelletReleaseHalfLifeDays)' },
  states: { pelletImplant: { label: 'Testosterone left in the implant', unit: 'h of baseline secretion' } },
  // An infusion of 1 spreads one implant's content over six months.
  inputs: { pelletInfusion: { perDose: 'pelletInitialRelease/kPellet/(180*24)' } },
  derivatives: { pelletImplant: 'pelletInfusion - kPellet*pelletImplant' },
  bolus: { pelletImplant: 'pelletInitialRelease/kPellet' },
  signals: { sAndrogen: 'kPellet*pelletImplant' },
  equivalentInfusionHours: '(pelletInitialRelease/kPellet)/(pelletInitialRelease/kPellet/(180*24))',
};
