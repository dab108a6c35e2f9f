/**
 * GnRH antagonist depot (degarelix-like), monthly.
 * Kinetics: first-order release from the depot, load following release:
 *   dx/dt = −k·x,   b = k·x   (receptor-load units).
 * Acts: occupies the GnRH receptor without signalling, so LH and FSH fall
 * within hours and there is no flare (Tornøe 2007).
 */
import { chainAgent, param } from './chain-agent';
import { rateFromHalfLife } from './agent-module';

const k = (p: Record<string, number>): number => rateFromHalfLife(24 * param(p, 'antagonistReleaseHalfLifeDays'));

export const GNRH_ANTAGONIST = chainAgent({
  id: 'gnrh-antagonist',
  states: [{ id: 'antagonistDepot', label: 'GnRH antagonist depot', unit: 'receptor load × h' }],
  parameters: [
    { id: 'antagonistReleaseHalfLifeDays', value: 20, unit: 'd', min: 2, max: 60, meaning: 'Half-life of release from the monthly depot.', source: 'assumed: degarelix forms a slowly releasing depot (Tornøe 2007)', group: 'agents' },
    { id: 'antagonistPeakLoad', value: 60, unit: 'receptor load', min: 1, max: 1000, meaning: 'Antagonist receptor load just after a reference depot injection.', source: 'calibrated: castrate-level testosterone within days', group: 'agents' },
  ],
  rates: (p) => [k(p)],
  referenceAmount: (p) => param(p, 'antagonistPeakLoad') / k(p),
  referenceInfusionRate: (p) => param(p, 'antagonistPeakLoad') / k(p) / (28 * 24),
  effect: () => (chain, y, s) => { s.gnrhAntagonistLoad += chain.outflow(y); },
});
