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

const k = (p: Record<string, number>): number => rateFromHalfLife(param(p, 'hcgHalfLifeHours'));

export const HCG = chainAgent({
  id: 'hcg',
  states: [{ id: 'hcgPlasma', label: 'hCG in plasma', unit: 'mean amounts of the reference regimen' }],
  parameters: [
    { id: 'hcgHalfLifeHours', value: 24, unit: 'h', min: 8, max: 48, meaning: 'Slow-phase elimination half-life of hCG.', source: 'brief §3 (~24 h)', group: 'agents' },
    { id: 'hcgMeanSignal', value: 1.5, unit: 'baseline LH', min: 0.05, max: 20, meaning: 'Mean LH-receptor signal of the reference regimen, in units of baseline LH.', source: 'assumed: reference hCG keeps testicular testosterone near normal during TRT', group: 'agents' },
  ],
  rates: (p) => [k(p)],
  referenceAmount: (p) => k(p) * 48,
  referenceInfusionRate: (p) => k(p),
  effect: (p) => {
    const scale = param(p, 'hcgMeanSignal');
    return (chain, y, s) => { s.lhReceptorSignal += scale * chain.amount(y, 0); };
  },
});
