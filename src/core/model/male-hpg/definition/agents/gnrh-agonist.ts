/**
 * Long-acting GnRH agonist depot (leuprolide-like). Reference dose 1 = one
 * 7.5 mg one-month depot (Lupron Depot, Eligard).
 * Kinetics: first-order release from the depot; plasma clearance (hours) is
 * far faster than release, so the receptor load follows the release rate:
 *   dx/dt = −k·x,   u_agonist = k·x   (receptor-load units).
 * A potent agonist keeps nearly every receptor occupied all month (plasma
 * leuprolide ~20 ng/mL at 4 h, still 0.36 ng/mL at 4 weeks: Lupron Depot label).
 * Acts: tonic GnRH-receptor stimulation → a flare of LH and T for days, then
 * desensitization and loss of gonadotrope responsiveness (no pulses) → castrate T
 * within weeks.
 */
import type { AgentSource } from '../../../model-source';
import type { ParameterDefinition } from '../../../parameter';

/** Parameters of this agent (ids unique across the model). */
export const GNRH_AGONIST_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'agonistReleaseHalfLifeDays', value: 7.29, unit: 'd', min: 2, max: 60, meaning: 'Half-life of release from the one-month depot.', source: 'Lupron Depot label: plasma leuprolide falls from ~20 ng/mL (4 h) to 0.36 ng/mL (4 weeks) while castration holds; triptorelin depot slow phases 8–17 days (Tornøe 2007)', group: 'agents' },
  { id: 'agonistPeakLoad', value: 72.2, unit: 'receptor load', min: 1, max: 500, meaning: 'Receptor load just after a reference depot injection (a potent agonist occupies nearly all receptors).', source: 'Assumed: superagonist potency; any load ≫ 1 gives near-full occupancy for the month (Tornøe 2007: triptorelin EC50 0.047 ng/mL)', group: 'agents' },
];

export const GNRH_AGONIST_SOURCE: AgentSource = {
  constants: { kAgonist: 'log(2)/(24*agonistReleaseHalfLifeDays)' },
  states: { agonistDepot: { label: 'GnRH agonist depot', unit: 'receptor load × h' } },
  inputs: { agonistInfusion: { perDose: 'agonistPeakLoad/kAgonist/(28*24)' } },
  derivatives: { agonistDepot: 'agonistInfusion - kAgonist*agonistDepot' },
  bolus: { agonistDepot: 'agonistPeakLoad/kAgonist' },
  // A depot's load changes over days: the gonadotrope sees it as tonic (no pulse-coded part).
  signals: { sAgonist: 'kAgonist*agonistDepot' },
  equivalentInfusionHours: '28*24',
};
