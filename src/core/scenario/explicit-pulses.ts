/**
 * Whether a scenario asks for explicit pulses. Each pulsing model has its own
 * option (`gnrhPulses`, `ghPulses`; see PULSE_OPTIONS) and validation refuses
 * an option the scenario's model does not have, so for a validated scenario
 * "any option on" means "its model's pulse mode on".
 */
import { PULSE_OPTIONS } from '../model/ids';
import type { Scenario } from './types';

/** True when the scenario turns on an explicit-pulse option. */
export function explicitPulses(scenario: Pick<Scenario, 'options'>): boolean {
  return PULSE_OPTIONS.some((option) => scenario.options?.[option] === true);
}
