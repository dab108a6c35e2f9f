/**
 * Testosterone gel: daily transdermal application. Reference dose 1 = 50 mg
 * of testosterone (5 g of a 1% gel) a day, of which ~10% is absorbed (AndroGel
 * label): ~5 mg a day, about three quarters of a man's own production (6.5 mg
 * a day).
 * Kinetics: a skin reservoir absorbed with a half-life of hours,
 *   dx/dt = −k·x,  androgen input = k·x,
 * which gives a nearly steady serum level. Amounts are hours of baseline secretion.
 */
import type { AgentSource } from '../../../model-source';
import type { ParameterDefinition } from '../../../parameter';

/** Parameters of this agent (ids unique across the model). */
export const TESTOSTERONE_GEL_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'gelAbsorptionHalfLifeHours', value: 10, unit: 'h', min: 2, max: 24, meaning: 'Half-life of absorption from the skin reservoir.', source: 'Assumed: 10 h keeps serum T nearly flat over the day, as the AndroGel 1% label describes one application delivering T continuously over 24 h. No validation value depends on it (docs/row-sensitivity.md)', group: 'agents' },
  { id: 'gelDailyDose', value: 0.77, unit: 'days of baseline secretion', min: 0.1, max: 5, meaning: 'Testosterone absorbed from one daily 50 mg application, as days of healthy testicular output.', source: 'AndroGel 1% label, Clinical Pharmacology: ~10% of the applied dose is absorbed (5 mg of 50 mg); a man produces ~6.5 mg T a day (textbook production-rate table; MCR 516 L/m²/day, Saez 1972 J Clin Invest 51:1226): 5/6.5 = 0.77', group: 'agents' },
];

export const TESTOSTERONE_GEL_SOURCE: AgentSource = {
  constants: { kGel: 'log(2)/gelAbsorptionHalfLifeHours' },
  states: { gelSkin: { label: 'Testosterone in the skin reservoir', unit: 'h of baseline secretion' } },
  inputs: { gelInfusion: { perDose: 'gelDailyDose' } },
  derivatives: { gelSkin: 'gelInfusion - kGel*gelSkin' },
  bolus: { gelSkin: 'gelDailyDose*24' },
  signals: { sAndrogen: 'kGel*gelSkin' },
  equivalentInfusionHours: '24',
};
