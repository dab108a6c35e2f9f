/**
 * GnRH antagonist depot (degarelix-like), monthly.
 * Kinetics: first-order release from the depot, load following release:
 *   dx/dt = −k·x,   b = k·x   (receptor-load units).
 * Acts: occupies the GnRH receptor without signalling, so LH and FSH fall
 * within hours and there is no flare (Tornøe 2007).
 */
import type { AgentSource } from '../../../model-source';
import type { ParameterDefinition } from '../../../parameter';

/** Parameters of this agent (ids unique across the model). */
export const GNRH_ANTAGONIST_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'antagonistReleaseHalfLifeDays', value: 20, unit: 'd', min: 2, max: 60, meaning: 'Half-life of release from the monthly depot.', source: 'assumed: degarelix forms a slowly releasing depot (Tornøe 2007)', group: 'agents' },
  { id: 'antagonistPeakLoad', value: 60, unit: 'receptor load', min: 1, max: 1000, meaning: 'Antagonist receptor load just after a reference depot injection.', source: 'calibrated: castrate-level testosterone within days', group: 'agents' },
];

export const GNRH_ANTAGONIST_SOURCE: AgentSource = {
  constants: { kAntagonist: 'log(2)/(24*antagonistReleaseHalfLifeDays)' },
  states: { antagonistDepot: { label: 'GnRH antagonist depot', unit: 'receptor load × h' } },
  inputs: { antagonistInfusion: { perDose: 'antagonistPeakLoad/kAntagonist/(28*24)' } },
  derivatives: { antagonistDepot: 'antagonistInfusion - kAntagonist*antagonistDepot' },
  bolus: { antagonistDepot: 'antagonistPeakLoad/kAntagonist' },
  signals: { sAntagonist: 'kAntagonist*antagonistDepot' },
  equivalentInfusionHours: '(antagonistPeakLoad/kAntagonist)/(antagonistPeakLoad/kAntagonist/(28*24))',
};
