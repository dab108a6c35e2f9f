/**
 * Enclomiphene: the pure trans-isomer of clomiphene, a SERM, daily by mouth.
 * Kinetics: one compartment, half-life ~10 h (brief §3):
 *   dx/dt = −k·x,  estrogen-receptor antagonist load = x / x̄,
 * scaled so the reference daily dose gives a mean load `enclomipheneMeanLoad`
 * at steady state (x̄ = mean amount of the reference regimen = dose / (k·24 h)).
 * Acts: blocks the estrogen receptor at hypothalamus and pituitary
 * (disinhibition); effect gone within days of stopping.
 */
import { chainAgent, param } from './chain-agent';
import { rateFromHalfLife } from './agent-module';
import { ENCLOMIPHENE_PARAMETERS } from '../model/male-hpg/definition/agents/enclomiphene';

const k = (p: Record<string, number>): number => rateFromHalfLife(param(p, 'enclomipheneHalfLifeHours'));

export const ENCLOMIPHENE = chainAgent({
  id: 'enclomiphene',
  states: [{ id: 'enclomiphenePlasma', label: 'Enclomiphene in plasma', unit: 'mean loads of the reference regimen' }],
  parameters: ENCLOMIPHENE_PARAMETERS,
  rates: (p) => [k(p)],
  // Amount units are chosen so the steady-state mean amount equals 1; load = amount × meanLoad.
  referenceAmount: (p) => k(p) * 24,
  referenceInfusionRate: (p) => k(p),
  effect: (p) => {
    const scale = param(p, 'enclomipheneMeanLoad');
    return (chain, y, s) => { s.erAntagonistLoad += scale * chain.amount(y, 0); };
  },
});
