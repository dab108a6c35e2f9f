/**
 * Testosterone pellet: subcutaneous implant, one set per `fromDay`.
 * Kinetics: release from the implant decays with a half-life of ~2.5 months,
 *   dx/dt = −k·x,  androgen input = k·x  (Handelsman 1992).
 * Amounts are hours of baseline testicular secretion.
 */
import { chainAgent, param } from './chain-agent';
import { rateFromHalfLife } from './agent-module';
import { TESTOSTERONE_PELLET_PARAMETERS } from '../model/male-hpg/definition/agents/testosterone-pellet';

export const TESTOSTERONE_PELLET = chainAgent({
  id: 'testosterone-pellet',
  states: [{ id: 'pelletImplant', label: 'Testosterone left in the implant', unit: 'h of baseline secretion' }],
  parameters: TESTOSTERONE_PELLET_PARAMETERS,
  rates: (p) => [rateFromHalfLife(24 * param(p, 'pelletReleaseHalfLifeDays'))],
  referenceAmount: (p) => param(p, 'pelletInitialRelease') / rateFromHalfLife(24 * param(p, 'pelletReleaseHalfLifeDays')),
  referenceInfusionRate: (p) => param(p, 'pelletInitialRelease') / rateFromHalfLife(24 * param(p, 'pelletReleaseHalfLifeDays')) / (180 * 24),
  effect: () => (chain, y, s) => { s.androgenRate += chain.outflow(y); },
});
