/**
 * hCG: LH-receptor agonist, every other day by injection.
 * Kinetics: one compartment with the slow-phase half-life ~24 h:
 *   dx/dt = −k·x   (x in mean amounts of the reference regimen)
 * Acts: LH-receptor signal on Leydig cells = S_hCG·x (units of baseline LH),
 * bypassing hypothalamus and pituitary; strong repeated stimulation
 * desensitizes the Leydig LH receptor (see the model's Ld state).
 */
import { chainAgent, param } from './chain-agent';
import { rateFromHalfLife } from './agent-module';
import { HCG_PARAMETERS } from '../model/male-hpg/definition/agents/hcg';

const k = (p: Record<string, number>): number => rateFromHalfLife(param(p, 'hcgHalfLifeHours'));

export const HCG = chainAgent({
  id: 'hcg',
  states: [{ id: 'hcgPlasma', label: 'hCG in plasma', unit: 'mean amounts of the reference regimen' }],
  parameters: HCG_PARAMETERS,
  rates: (p) => [k(p)],
  referenceAmount: (p) => k(p) * 48,
  referenceInfusionRate: (p) => k(p),
  effect: (p) => {
    const scale = param(p, 'hcgMeanSignal');
    return (chain, y, s) => { s.lhReceptorSignal += scale * chain.amount(y, 0); };
  },
});
