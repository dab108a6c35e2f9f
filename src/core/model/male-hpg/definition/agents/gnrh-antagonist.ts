/**
 * GnRH antagonist depot (degarelix-like). Reference dose 1 = the monthly
 * maintenance depot (degarelix 80 mg); the 240 mg starting dose is dose 3.
 * Kinetics: first-order release from the depot, load following release:
 *   dx/dt = −k·x,   b = k·x   (receptor-load units),
 * release half-life ~4 weeks (Firmagon label: terminal half-life 28–31 days for
 * 80 mg maintenance, depot-release-limited).
 * Acts: occupies the GnRH receptor without signalling, so LH falls within hours,
 * T within a day, FSH over days, and there is no flare (Klotz 2008).
 */
import type { AgentSource } from '../../../model-source';
import type { ParameterDefinition } from '../../../parameter';

/** Parameters of this agent (ids unique across the model). */
export const GNRH_ANTAGONIST_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'antagonistReleaseHalfLifeDays', value: 28, unit: 'd', min: 2, max: 90, meaning: 'Half-life of release from the depot.', source: 'Firmagon label: median terminal half-life 28–31 days for the 80 mg maintenance dose (53 days after the 240 mg start)', group: 'agents' },
  { id: 'antagonistPeakLoad', value: 92.5, unit: 'receptor load', min: 0.1, max: 1000, meaning: 'Antagonist receptor load just after one 80 mg depot (the 240 mg start is three times this).', source: 'Assumed: large enough that the depot blocks nearly all GnRH receptors for the month; any load ≫ 1 gives the same block, so it was free in the fit but no anchor responds to it. Tornøe 2007 Br J Clin Pharmacol 63:648 (IC50 of degarelix on LH release 1.49 ng/mL) against the 240 mg Cmax of 26.2 ng/mL (Firmagon label) gives a peak load of ~18 for 240 mg, below the model’s; the block is the same. No validation value depends on it (docs/row-sensitivity.md)', group: 'agents' },
];

export const GNRH_ANTAGONIST_SOURCE: AgentSource = {
  constants: { kAntagonist: 'log(2)/(24*antagonistReleaseHalfLifeDays)' },
  states: { antagonistDepot: { label: 'GnRH antagonist depot', unit: 'receptor load × h' } },
  inputs: { antagonistInfusion: { perDose: 'antagonistPeakLoad/kAntagonist/(28*24)' } },
  derivatives: { antagonistDepot: 'antagonistInfusion - kAntagonist*antagonistDepot' },
  bolus: { antagonistDepot: 'antagonistPeakLoad/kAntagonist' },
  signals: { sAntagonist: 'kAntagonist*antagonistDepot' },
  equivalentInfusionHours: '28*24',
};
