/**
 * Turns the day-based schedule of a scenario (the file's edge) into model time
 * in hours. Models read regimens and conditions only through these helpers, so
 * the rules live in one place:
 *
 *   interval I  = everyHours, or everyDays · 24            (h; null for an infusion)
 *   from        = fromDay · 24                             (h)
 *   until       = min(untilDay ?? days, days) · 24         (h; exclusive, clipped to the window)
 *   bolus times = from + k·I for k = 0, 1, … while t < until
 *
 * Since until ≤ days · 24, every bolus time lies inside the simulated window
 * (t < days · 24: a dose at the last instant could have no effect anyway).
 * Times are computed as from + k·I rather than by repeated addition, so they
 * do not drift over thousands of doses.
 */
import { assertNever } from '../assert-never';
import type { ConditionEntry, Regimen } from './types';
import type { ConditionId } from '../model/ids';

const HOURS_PER_DAY = 24;

/** A regimen's schedule in hours. */
export interface RegimenHours {
  /** Hours between boluses; null for an infusion. */
  readonly intervalHours: number | null;
  /** Start, hours from t = 0. */
  readonly fromHours: number;
  /** End (exclusive), hours: untilDay, defaulting to and clipped at the end of the simulation. */
  readonly untilHours: number;
}

/** The bolus interval in hours, or null for an infusion. Throws for a bolus regimen without one. */
export function bolusIntervalHours(regimen: Regimen): number | null {
  switch (regimen.mode) {
    case 'infusion':
      return null;
    case 'bolus': {
      const hours = regimen.everyHours ?? (regimen.everyDays === undefined ? undefined : regimen.everyDays * HOURS_PER_DAY);
      if (hours === undefined || !Number.isFinite(hours) || hours <= 0) {
        throw new Error(`bolus regimen of ${regimen.agent} needs a positive interval (everyDays or everyHours)`);
      }
      return hours;
    }
    default:
      return assertNever(regimen.mode, 'regimen mode');
  }
}

/** A regimen's interval, start and (exclusive, clipped) end in hours, for a simulation of `days` days. */
export function normalizeRegimen(regimen: Regimen, days: number): RegimenHours {
  const endDay = Math.min(regimen.untilDay ?? days, days);
  return {
    intervalHours: bolusIntervalHours(regimen),
    fromHours: regimen.fromDay * HOURS_PER_DAY,
    untilHours: endDay * HOURS_PER_DAY,
  };
}

/** How many boluses a regimen gives within a `days`-day simulation (0 for an infusion). */
export function bolusCount(regimen: Regimen, days: number): number {
  const { intervalHours, fromHours, untilHours } = normalizeRegimen(regimen, days);
  if (intervalHours === null || untilHours <= fromHours) return 0;
  // Closed form, then nudged so it agrees exactly with the test t = from + k·I < until
  // (the division can land one off when (until − from) is a multiple of I).
  let n = Math.ceil((untilHours - fromHours) / intervalHours);
  while (n > 0 && fromHours + (n - 1) * intervalHours >= untilHours) n--;
  while (fromHours + n * intervalHours < untilHours) n++;
  return n;
}

/** Bolus times in hours from t = 0: from + k·I while t < until (see the file header). Empty for an infusion. */
export function bolusTimesHours(regimen: Regimen, days: number): number[] {
  const n = bolusCount(regimen, days);
  if (n === 0) return [];
  const { intervalHours, fromHours } = normalizeRegimen(regimen, days);
  const interval = intervalHours ?? 0; // not null here: n > 0 only for boluses
  return Array.from({ length: n }, (_, k) => fromHours + k * interval);
}

/** The condition's id, whichever way the entry is written. */
export function conditionId(entry: ConditionEntry): ConditionId {
  return typeof entry === 'string' ? entry : entry.id;
}

/** The day a condition starts: 0 for a bare id (present at the pre-treatment steady state), else `fromDay`. */
export function conditionOnsetDay(entry: ConditionEntry): number {
  return typeof entry === 'string' ? 0 : entry.fromDay;
}
