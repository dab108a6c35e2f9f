/**
 * Testosterone gel: daily transdermal application.
 * Kinetics: a skin reservoir absorbed with a half-life of hours,
 *   dx/dt = −k·x,  androgen input = k·x,
 * which gives a nearly steady serum level. Amounts are hours of baseline secretion.
 */
import type { AgentSource } from '../../../model-source';
import type { ParameterDefinition } from '../../../parameter';

/** Parameters of this agent (ids unique across the model). */
export const TESTOSTERONE_GEL_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'gelAbsorptionHalfLifeHours', value: 16, unit: 'h', min: 2, max: 24, meaning: 'Half-life of absorption from the skin reservoir.', source: 'assumed: nearly steady serum T on daily gel', group: 'agents' },
  { id: 'gelDailyDose', value: 1.2, unit: 'days of baseline secretion', min: 0.1, max: 5, meaning: 'Testosterone absorbed from one daily application, as days of healthy testicular output.', source: 'calibrated: gel restores T to the normal range (Wiehle 2014)', group: 'agents' },
];

export const TESTOSTERONE_GEL_SOURCE: AgentSource = {
  constants: { kGel: 'log(2)/gelAbsorptionHalfLifeHours' },
  states: { gelSkin: { label: 'Testosterone in the skin reservoir', unit: 'h of baseline secretion' } },
  inputs: { gelInfusion: { perDose: 'gelDailyDose' } },
  derivatives: { gelSkin: 'gelInfusion - kGel*gelSkin' },
  bolus: { gelSkin: 'gelDailyDose*24' },
  signals: { sAndrogen: 'kGel*gelSkin' },
  equivalentInfusionHours: 'gelDailyDose*24/gelDailyDose',
};
