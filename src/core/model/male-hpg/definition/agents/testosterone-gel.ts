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
  { id: 'gelAbsorptionHalfLifeHours', value: 10, unit: 'h', min: 2, max: 24, meaning: 'Half-life of absorption from the skin reservoir.', source: 'AndroGel label: one application delivers testosterone continuously over 24 h; steady state by day 2–3', group: 'agents' },
  { id: 'gelDailyDose', value: 0.77, unit: 'days of baseline secretion', min: 0.1, max: 5, meaning: 'Testosterone absorbed from one daily 50 mg application, as days of healthy testicular output.', source: 'AndroGel label: ~10% of the applied dose absorbed (5 mg of 50 mg); production rate 6.5 mg/day (textbook production-rate table)', group: 'agents' },
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
