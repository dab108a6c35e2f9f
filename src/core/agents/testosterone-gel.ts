/**
 * Testosterone gel: daily transdermal application.
 * Kinetics: a skin reservoir absorbed with a half-life of hours,
 *   dx/dt = −k·x,  androgen input = k·x,
 * which gives a nearly steady serum level. Amounts are hours of baseline secretion.
 */
import { chainAgent, param } from './chain-agent';
import { rateFromHalfLife } from './agent-module';

export const TESTOSTERONE_GEL = chainAgent({
  id: 'testosterone-gel',
  states: [{ id: 'gelSkin', label: 'Testosterone in the skin reservoir', unit: 'h of baseline secretion' }],
  parameters: [
    { id: 'gelAbsorptionHalfLifeHours', value: 16, unit: 'h', min: 2, max: 24, meaning: 'Half-life of absorption from the skin reservoir.', source: 'assumed: nearly steady serum T on daily gel', group: 'agents' },
    { id: 'gelDailyDose', value: 1.2, unit: 'days of baseline secretion', min: 0.1, max: 5, meaning: 'Testosterone absorbed from one daily application, as days of healthy testicular output.', source: 'calibrated: gel restores T to the normal range (Wiehle 2014)', group: 'agents' },
  ],
  rates: (p) => [rateFromHalfLife(param(p, 'gelAbsorptionHalfLifeHours'))],
  referenceAmount: (p) => param(p, 'gelDailyDose') * 24,
  referenceInfusionRate: (p) => param(p, 'gelDailyDose'),
  effect: () => (chain, y, s) => { s.androgenRate += chain.outflow(y); },
});
