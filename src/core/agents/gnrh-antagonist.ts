/**
 * GnRH antagonist depot (degarelix-like), monthly.
 * Kinetics: first-order release from the depot, load following release:
 *   dx/dt = −k·x,   b = k·x   (receptor-load units).
 * Acts: occupies the GnRH receptor without signalling, so LH and FSH fall
 * within hours and there is no flare (Tornøe 2007).
 */
import { chainAgent, param } from './chain-agent';
import { rateFromHalfLife } from './agent-module';
import { GNRH_ANTAGONIST_PARAMETERS } from '../model/male-hpg/definition/agents/gnrh-antagonist';

const k = (p: Record<string, number>): number => rateFromHalfLife(24 * param(p, 'antagonistReleaseHalfLifeDays'));

export const GNRH_ANTAGONIST = chainAgent({
  id: 'gnrh-antagonist',
  states: [{ id: 'antagonistDepot', label: 'GnRH antagonist depot', unit: 'receptor load × h' }],
  parameters: GNRH_ANTAGONIST_PARAMETERS,
  rates: (p) => [k(p)],
  referenceAmount: (p) => param(p, 'antagonistPeakLoad') / k(p),
  referenceInfusionRate: (p) => param(p, 'antagonistPeakLoad') / k(p) / (28 * 24),
  effect: () => (chain, y, s) => { s.gnrhAntagonistLoad += chain.outflow(y); },
});
