/**
 * Long-acting GnRH agonist depot (leuprolide-like), monthly.
 * Kinetics: first-order release from the depot; plasma clearance (hours) is
 * far faster than release, so the receptor load follows the release rate:
 *   dx/dt = −k·x,   u_agonist = k·x   (receptor-load units).
 * Acts: continuous GnRH-receptor stimulation → flare, then desensitization
 * and down-regulation (Tornøe 2007).
 */
import type { AgentSource } from '../../../model-source';
import type { ParameterDefinition } from '../../../parameter';

/** Parameters of this agent (ids unique across the model). */
export const GNRH_AGONIST_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'agonistReleaseHalfLifeDays', value: 14, unit: 'd', min: 2, max: 60, meaning: 'Half-life of release from the monthly depot.', source: 'assumed: one-month depot formulation', group: 'agents' },
  { id: 'agonistPeakLoad', value: 60, unit: 'receptor load', min: 1, max: 500, meaning: 'Receptor load just after a reference depot injection (a potent agonist occupies nearly all receptors).', source: 'assumed: superagonist potency', group: 'agents' },
];

export const GNRH_AGONIST_SOURCE: AgentSource = {
  constants: { kAgonist: 'log(2)/(24*agonistReleaseHalfLifeDays)' },
  states: { agonistDepot: { label: 'GnRH agonist depot', unit: 'receptor load × h' } },
  inputs: { agonistInfusion: { perDose: 'agonistPeakLoad/kAgonist/(28*24)' } },
  derivatives: { agonistDepot: 'agonistInfusion - kAgonist*agonistDepot' },
  bolus: { agonistDepot: 'agonistPeakLoad/kAgonist' },
  signals: { sAgonist: 'kAgonist*agonistDepot' },
  equivalentInfusionHours: '(agonistPeakLoad/kAgonist)/(agonistPeakLoad/kAgonist/(28*24))',
};
