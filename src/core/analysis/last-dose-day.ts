/** The day of a scenario's last dose, for metrics that count from it. */
import type { AgentId } from '../model/ids';
import type { Scenario } from '../scenario/types';
import { bolusTimesHours, normalizeRegimen } from '../scenario/regimen-schedule';

/**
 * Day of the last dose (bolus) or end of the last infusion of the agents `include` accepts
 * (every agent by default), or null when none of them is given.
 */
export function lastDoseDay(scenario: Scenario, include: (agent: AgentId) => boolean = () => true): number | null {
  let last: number | null = null;
  for (const regimen of scenario.regimens) {
    if (!include(regimen.agent)) continue;
    let hours: number | null;
    if (regimen.mode === 'infusion') {
      const { fromHours, untilHours } = normalizeRegimen(regimen, scenario.days);
      hours = untilHours > fromHours ? untilHours : null;
    } else {
      const times = bolusTimesHours(regimen, scenario.days);
      hours = times.length > 0 ? times[times.length - 1]! : null;
    }
    if (hours !== null) last = Math.max(last ?? 0, hours / 24);
  }
  return last;
}
