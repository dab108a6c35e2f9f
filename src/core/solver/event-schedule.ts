/**
 * Critical-event schedule: the events that fall in [t0, t1], sorted by time.
 * The sort is stable (ECMAScript 2019 requires Array.prototype.sort to be),
 * so events at equal times keep the order the caller gave them, which matters
 * when, say, an infusion stops and a bolus is given at the same instant.
 */
import type { CriticalEvent } from './types';

/** Events with t0 ≤ time ≤ t1, stably sorted by time. The caller's array is not modified. */
export function scheduleEvents(events: readonly CriticalEvent[], t0: number, t1: number): CriticalEvent[] {
  return events.filter((e) => e.time >= t0 && e.time <= t1).sort((a, b) => a.time - b.time);
}
