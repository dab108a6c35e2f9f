/**
 * Testosterone cypionate: intramuscular oil depot, weekly injection.
 * Kinetics: injection site → absorbing depot → serum (two first-order steps),
 *   dx₀/dt = −k₀·x₀,  dx₁/dt = k₀·x₀ − k₁·x₁,  androgen input = k₁·x₁,
 * which puts the serum peak 2–3 days after a dose (Nankin 1987: peak days 2–5,
 * back by days 13–14). Amounts are hours of baseline testicular secretion.
 * Acts: adds testosterone to serum (and estradiol through aromatase).
 */
import { chainAgent, param } from './chain-agent';
import { rateFromHalfLife } from './agent-module';
import { TESTOSTERONE_CYPIONATE_PARAMETERS } from '../model/male-hpg/definition/agents/testosterone-cypionate';

export const TESTOSTERONE_CYPIONATE = chainAgent({
  id: 'testosterone-cypionate',
  states: [
    { id: 'cypionateSite', label: 'Cypionate at the injection site', unit: 'h of baseline secretion' },
    { id: 'cypionateDepot', label: 'Cypionate absorbing depot', unit: 'h of baseline secretion' },
  ],
  parameters: TESTOSTERONE_CYPIONATE_PARAMETERS,
  rates: (p) => [rateFromHalfLife(24 * param(p, 'cypionateReleaseHalfLifeDays')), rateFromHalfLife(24 * param(p, 'cypionateAbsorptionHalfLifeDays'))],
  referenceAmount: (p) => param(p, 'cypionateDoseWeeks') * 168,
  referenceInfusionRate: (p) => param(p, 'cypionateDoseWeeks'),
  effect: () => (chain, y, s) => { s.androgenRate += chain.outflow(y); },
});
