/**
 * Tamoxifen: a SERM, daily by mouth.
 * Kinetics: one compartment, half-life ~5–7 days, so steady state takes ~4 weeks:
 *   dx/dt = −k·x,  estrogen-receptor antagonist load = L_tam·x
 * (x in mean amounts of the reference regimen).
 * Acts: blocks the estrogen receptor at hypothalamus and pituitary.
 */
import { chainAgent, param } from './chain-agent';
import { rateFromHalfLife } from './agent-module';
import { TAMOXIFEN_PARAMETERS } from '../model/male-hpg/definition/agents/tamoxifen';

const k = (p: Record<string, number>): number => rateFromHalfLife(24 * param(p, 'tamoxifenHalfLifeDays'));

export const TAMOXIFEN = chainAgent({
  id: 'tamoxifen',
  states: [{ id: 'tamoxifenPlasma', label: 'Tamoxifen in plasma', unit: 'mean amounts of the reference regimen' }],
  parameters: TAMOXIFEN_PARAMETERS,
  rates: (p) => [k(p)],
  referenceAmount: (p) => k(p) * 24,
  referenceInfusionRate: (p) => k(p),
  effect: (p) => {
    const scale = param(p, 'tamoxifenMeanLoad');
    return (chain, y, s) => { s.erAntagonistLoad += scale * chain.amount(y, 0); };
  },
});
