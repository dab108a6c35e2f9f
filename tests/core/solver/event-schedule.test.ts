import { describe, expect, it } from 'vitest';
import { scheduleEvents } from '../../../src/core/solver/event-schedule';
import type { CriticalEvent } from '../../../src/core/solver/types';

describe('scheduleEvents', () => {
  it('keeps events in [t0, t1], sorted stably by time, without touching the input', () => {
    const event = (time: number, tag: string) => ({ time, tag, apply: () => {} });
    const input = [event(3, 'a'), event(1, 'b'), event(12, 'late'), event(3, 'c'), event(0, 'start'), event(10, 'end'), event(-1, 'early')];
    const schedule = scheduleEvents(input, 0, 10) as Array<CriticalEvent & { tag: string }>;
    expect(schedule.map((e) => e.tag)).toEqual(['start', 'b', 'a', 'c', 'end']);
    expect(input[0]!.tag).toBe('a');
  });
});
