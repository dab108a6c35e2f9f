/**
 * Tamoxifen: a SERM, daily by mouth.
 * Kinetics: one compartment, half-life ~5–7 days, so steady state takes ~4 weeks:
 *   dx/dt = −k·x,  estrogen-receptor antagonist load = L_tam·x
 * (x in mean amounts of the reference regimen).
 * Acts: blocks the estrogen receptor at hypothalamus and pituitary.
 */
import { chainAgent, param } from './chain-agent';
import { rateFromHalfLife } from './agent-module';

const k = (p: Record<string, number>): number => rateFromHalfLife(24 * param(p, 'tamoxifenHalfLifeDays'));

export const TAMOXIFEN = chainAgent({
  id: 'tamoxifen',
  states: [{ id: 'tamoxifenPlasma', label: 'Tamoxifen in plasma', unit: 'mean amounts of the reference regimen' }],
  parameters: [
    { id: 'tamoxifenHalfLifeDays', value: 6, unit: 'd', min: 3, max: 14, meaning: 'Elimination half-life of tamoxifen.', source: 'brief §3 (5–7 d; steady state ~4 weeks)', group: 'agents' },
    { id: 'tamoxifenMeanLoad', value: 1.5, unit: 'receptor load', min: 0.05, max: 20, meaning: 'Mean estrogen-receptor antagonist load of the reference daily dose at steady state.', source: 'assumed: comparable to clomiphene at the hypothalamus', group: 'agents' },
  ],
  rates: (p) => [k(p)],
  referenceAmount: (p) => k(p) * 24,
  referenceInfusionRate: (p) => k(p),
  effect: (p) => {
    const scale = param(p, 'tamoxifenMeanLoad');
    return (chain, y, s) => { s.erAntagonistLoad += scale * chain.amount(y, 0); };
  },
});
