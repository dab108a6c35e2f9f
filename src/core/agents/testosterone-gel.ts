/**
 * Testosterone gel: daily transdermal application.
 * Kinetics: a skin reservoir absorbed with a half-life of hours,
 *   dx/dt = −k·x,  androgen input = k·x,
 * which gives a nearly steady serum level. Amounts are hours of baseline secretion.
 */
import { chainAgent, param } from './chain-agent';
import { rateFromHalfLife } from './agent-module';
import { TESTOSTERONE_GEL_PARAMETERS } from '../model/male-hpg/definition/agents/testosterone-gel';

export const TESTOSTERONE_GEL = chainAgent({
  id: 'testosterone-gel',
  states: [{ id: 'gelSkin', label: 'Testosterone in the skin reservoir', unit: 'h of baseline secretion' }],
  parameters: TESTOSTERONE_GEL_PARAMETERS,
  rates: (p) => [rateFromHalfLife(param(p, 'gelAbsorptionHalfLifeHours'))],
  referenceAmount: (p) => param(p, 'gelDailyDose') * 24,
  referenceInfusionRate: (p) => param(p, 'gelDailyDose'),
  effect: () => (chain, y, s) => { s.androgenRate += chain.outflow(y); },
});
