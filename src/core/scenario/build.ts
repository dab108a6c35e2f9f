/** Terse builders for complete `gonadostat-scenario/1` objects of the male-hpg model (presets and lessons). */
import type { ConditionEntry, Regimen, Scenario } from './types';

/** A male-hpg scenario with defaults for what a preset or lesson leaves out (no conditions, no overrides, 6-hourly output). */
export function maleScenario(
  name: string,
  days: number,
  regimens: readonly Regimen[],
  extra: { readonly conditions?: readonly ConditionEntry[]; readonly everyHours?: number; readonly description?: string } = {},
): Scenario {
  return {
    format: 'gonadostat-scenario/1',
    name,
    ...(extra.description === undefined ? {} : { description: extra.description }),
    model: 'male-hpg',
    days,
    subject: { conditions: extra.conditions ?? [] },
    regimens,
    parameters: {},
    output: { everyHours: extra.everyHours ?? 6 },
  };
}

/** A female-hpg scenario (outputs every 2 h, so an LH surge is resolved). */
export function femaleScenario(
  name: string,
  days: number,
  regimens: readonly Regimen[],
  extra: { readonly conditions?: readonly ConditionEntry[]; readonly everyHours?: number } = {},
): Scenario {
  return {
    format: 'gonadostat-scenario/1', name, model: 'female-hpg', days, subject: { conditions: extra.conditions ?? [] }, regimens,
    parameters: {}, output: { everyHours: extra.everyHours ?? 2 },
  };
}

/** One pack of the combined pill: a pill a day for 21 days from `fromDay` (then the 7-day break). */
export function pillPack(fromDay: number): Regimen {
  return { agent: 'combined-oral-contraceptive', dose: 1, mode: 'bolus', everyDays: 1, fromDay, untilDay: fromDay + 21 };
}

/** Weekly testosterone cypionate at the reference dose, from `fromDay`, until `untilDay` (exclusive) if given. */
export function weeklyTestosterone(untilDay?: number, fromDay = 0): Regimen {
  return { agent: 'testosterone-cypionate', dose: 1, mode: 'bolus', everyDays: 7, fromDay, ...(untilDay === undefined ? {} : { untilDay }) };
}

/** A bolus regimen of `agent` at `dose` every `everyDays` from `fromDay` (until `untilDay` if given). */
export function every(agent: Regimen['agent'], everyDays: number, fromDay: number, untilDay?: number, dose = 1): Regimen {
  return { agent, dose, mode: 'bolus', everyDays, fromDay, ...(untilDay === undefined ? {} : { untilDay }) };
}

/** A gh-igf1 (somatotropic axis) scenario with defaults for what a preset or lesson leaves out (6-hourly output). */
export function ghScenario(
  name: string,
  days: number,
  regimens: readonly Regimen[],
  extra: { readonly conditions?: readonly ConditionEntry[]; readonly everyHours?: number } = {},
): Scenario {
  return { ...maleScenario(name, days, regimens, extra), model: 'gh-igf1' };
}
