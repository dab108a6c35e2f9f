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
  { id: 'agonistReleaseHalfLifeDays', value: 7.29, unit: 'd', min: 2, max: 60, meaning: 'Half-life of release from the one-month depot.', source: 'Calibrated: T is still castrate 6 weeks after the last of a short course of monthly depots and back to baseline by 12 weeks (BJU Int series of 59 men: 1.4 and 11.4 vs 12.0 nmol/L; targets 0.12, 0.95 → model 0.13, 0.97). Consistent with the Lupron Depot label (plasma leuprolide ~20 ng/mL at 4 h, 0.36 ng/mL at 4 weeks: ~5 days if one exponential) and the slow sc phases of a triptorelin depot, 7.9–11.3 days (Tornøe 2007 Br J Clin Pharmacol 63:648)', group: 'agents' },
  { id: 'agonistPeakLoad', value: 72.2, unit: 'receptor load', min: 1, max: 500, meaning: 'Receptor load just after a reference depot injection (a potent agonist occupies nearly all receptors).', source: 'Calibrated: T 6 weeks after the last of 4 monthly depots is still castrate (BJU Int series of 59 men: 12% of baseline; model 0.13): the load must stay ≫ 1 for weeks after the last depot. A superagonist is potent enough for this: triptorelin EC50 0.047 ng/mL (Tornøe 2007 Br J Clin Pharmacol 63:648) against leuprolide still at 0.36 ng/mL after 4 weeks (Lupron Depot label)', group: 'agents' },
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
