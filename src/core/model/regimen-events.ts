/**
 * Expands a regimen into the solver's critical events. A model says what a
 * dose does (`bolus`: add to a depot in place) and how an infusion changes its
 * input (`setInfusion`: add a dose-multiple to the running rate; negative on
 * stop). Doses are data; this is the one place they become timed jumps.
 */
import type { CriticalEvent } from '../solver/types';
import type { Regimen } from '../scenario/types';
import { bolusTimesHours, normalizeRegimen } from '../scenario/regimen-schedule';
import { assertNever } from '../assert-never';

/** What a model does when a regimen's agent is given. */
export interface RegimenActions {
  /** Apply one bolus of `dose` (multiple of the reference) to the state in place. */
  bolus(y: Float64Array, dose: number, timeHours: number): void;
  /** Change the running infusion by `deltaDose` (multiple of the reference rate). */
  setInfusion(deltaDose: number, timeHours: number): void;
}

/**
 * Critical events of one regimen over a `days`-long simulation, each with the regimen's
 * `restartStep` (see CriticalEvent; undefined when the agent needs none). Every event has the
 * same three fields, so the solver reads them with one object shape (copying events with
 * `{ ...e, restartStep }` cost 40% of building the somatotropic reference year's problem).
 */
export function regimenEvents(regimen: Regimen, days: number, actions: RegimenActions, restartStep?: number): CriticalEvent[] {
  switch (regimen.mode) {
    case 'bolus':
      return bolusTimesHours(regimen, days).map((time) => ({
        time,
        apply: (y: Float64Array) => actions.bolus(y, regimen.dose, time),
        restartStep,
      }));
    case 'infusion': {
      const { fromHours, untilHours } = normalizeRegimen(regimen, days);
      if (untilHours <= fromHours) return [];
      return [
        { time: fromHours, apply: () => actions.setInfusion(regimen.dose, fromHours), restartStep },
        { time: untilHours, apply: () => actions.setInfusion(-regimen.dose, untilHours), restartStep },
      ];
    }
    default:
      return assertNever(regimen.mode, 'regimen mode');
  }
}
