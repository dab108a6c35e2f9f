/**
 * Anastrozole: aromatase inhibitor; reference ~1 mg/day-equivalent.
 * Kinetics: one compartment, half-life ~50 h (brief §3):
 *   dx/dt = −k·x   (x in mean amounts of the reference regimen)
 * Acts: inhibits aromatase,
 *   inhibition = I_max·x / (x + IC₅₀)
 * so estradiol falls, estrogen feedback eases, LH and testosterone rise.
 */
import { chainAgent, param } from './chain-agent';
import { rateFromHalfLife } from './agent-module';
import { ANASTROZOLE_PARAMETERS } from '../model/male-hpg/definition/agents/anastrozole';

const k = (p: Record<string, number>): number => rateFromHalfLife(param(p, 'anastrozoleHalfLifeHours'));

export const ANASTROZOLE = chainAgent({
  id: 'anastrozole',
  states: [{ id: 'anastrozolePlasma', label: 'Anastrozole in plasma', unit: 'mean amounts of the reference regimen' }],
  parameters: ANASTROZOLE_PARAMETERS,
  rates: (p) => [k(p)],
  referenceAmount: (p) => k(p) * 24,
  referenceInfusionRate: (p) => k(p),
  effect: (p) => {
    const maxInhibition = param(p, 'aromataseMaxInhibition');
    const halfEffect = param(p, 'anastrozoleHalfEffect');
    return (chain, y, s) => {
      const x = chain.amount(y, 0);
      s.aromataseInhibition += (maxInhibition * x) / (x + halfEffect);
    };
  },
});
