/**
 * Testosterone pellet: subcutaneous implant, one set per `fromDay`.
 * Kinetics: release from the implant decays with a half-life of ~2.5 months,
 *   dx/dt = −k·x,  androgen input = k·x  (Handelsman 1992).
 * Amounts are hours of baseline testicular secretion.
 */
import { chainAgent, param } from './chain-agent';
import { rateFromHalfLife } from './agent-module';

export const TESTOSTERONE_PELLET = chainAgent({
  id: 'testosterone-pellet',
  states: [{ id: 'pelletImplant', label: 'Testosterone left in the implant', unit: 'h of baseline secretion' }],
  parameters: [
    { id: 'pelletReleaseHalfLifeDays', value: 75, unit: 'd', min: 30, max: 150, meaning: 'Half-life of testosterone release from the implant.', source: 'brief §3 (~2.5 months; Handelsman 1992)', group: 'agents' },
    { id: 'pelletInitialRelease', value: 1.5, unit: '× baseline secretion', min: 0.2, max: 5, meaning: 'Release rate just after implantation, as a multiple of healthy testicular output.', source: 'calibrated: serum T 0.7–1.5× for ~3 months (Handelsman 1992)', group: 'agents' },
  ],
  rates: (p) => [rateFromHalfLife(24 * param(p, 'pelletReleaseHalfLifeDays'))],
  referenceAmount: (p) => param(p, 'pelletInitialRelease') / rateFromHalfLife(24 * param(p, 'pelletReleaseHalfLifeDays')),
  referenceInfusionRate: (p) => param(p, 'pelletInitialRelease') / rateFromHalfLife(24 * param(p, 'pelletReleaseHalfLifeDays')) / (180 * 24),
  effect: () => (chain, y, s) => { s.androgenRate += chain.outflow(y); },
});
