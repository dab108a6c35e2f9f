/**
 * Long-acting GnRH agonist depot (leuprolide-like), monthly.
 * Kinetics: first-order release from the depot; plasma clearance (hours) is
 * far faster than release, so the receptor load follows the release rate:
 *   dx/dt = −k·x,   u_agonist = k·x   (receptor-load units).
 * Acts: continuous GnRH-receptor stimulation → flare, then desensitization
 * and down-regulation (Tornøe 2007).
 */
import { chainAgent, param } from './chain-agent';
import { rateFromHalfLife } from './agent-module';

const k = (p: Record<string, number>): number => rateFromHalfLife(24 * param(p, 'agonistReleaseHalfLifeDays'));

export const GNRH_AGONIST = chainAgent({
  id: 'gnrh-agonist',
  states: [{ id: 'agonistDepot', label: 'GnRH agonist depot', unit: 'receptor load × h' }],
  parameters: [
    { id: 'agonistReleaseHalfLifeDays', value: 14, unit: 'd', min: 2, max: 60, meaning: 'Half-life of release from the monthly depot.', source: 'assumed: one-month depot formulation', group: 'agents' },
    { id: 'agonistPeakLoad', value: 60, unit: 'receptor load', min: 1, max: 500, meaning: 'Receptor load just after a reference depot injection (a potent agonist occupies nearly all receptors).', source: 'assumed: superagonist potency', group: 'agents' },
  ],
  rates: (p) => [k(p)],
  referenceAmount: (p) => param(p, 'agonistPeakLoad') / k(p),
  referenceInfusionRate: (p) => param(p, 'agonistPeakLoad') / k(p) / (28 * 24),
  effect: () => (chain, y, s) => { s.gnrhAgonistLoad += chain.outflow(y); },
});
