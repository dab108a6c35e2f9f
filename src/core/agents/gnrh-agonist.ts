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
import { GNRH_AGONIST_PARAMETERS } from '../model/male-hpg/definition/agents/gnrh-agonist';

const k = (p: Record<string, number>): number => rateFromHalfLife(24 * param(p, 'agonistReleaseHalfLifeDays'));

export const GNRH_AGONIST = chainAgent({
  id: 'gnrh-agonist',
  states: [{ id: 'agonistDepot', label: 'GnRH agonist depot', unit: 'receptor load × h' }],
  parameters: GNRH_AGONIST_PARAMETERS,
  rates: (p) => [k(p)],
  referenceAmount: (p) => param(p, 'agonistPeakLoad') / k(p),
  referenceInfusionRate: (p) => param(p, 'agonistPeakLoad') / k(p) / (28 * 24),
  effect: () => (chain, y, s) => { s.gnrhAgonistLoad += chain.outflow(y); },
});
