/** Condition onset days and the explicit-pulse option, edited through the store like any other field. */
import { describe, expect, it } from 'vitest';
import { readyStore } from './helpers';

describe('subject edits', () => {
  it('moves a condition’s onset to a later day and back to the start', async () => {
    const store = await readyStore();
    expect(store.getState().setCondition('orchiectomy', true)).toBe(true);
    expect(store.getState().setConditionOnset('orchiectomy', 10)).toBe(true);
    expect(store.getState().scenario.subject.conditions).toEqual([{ id: 'orchiectomy', fromDay: 10 }]);
    expect(store.getState().setConditionOnset('orchiectomy', 0)).toBe(true);
    expect(store.getState().scenario.subject.conditions).toEqual(['orchiectomy']);
  });

  it('refuses an onset beyond the simulated days and keeps the last good scenario', async () => {
    const store = await readyStore();
    store.getState().setCondition('obesity', true);
    const before = store.getState().scenario;
    expect(store.getState().setConditionOnset('obesity', before.days + 5)).toBe(false);
    expect(store.getState().scenario).toBe(before);
    expect(store.getState().issues[0]?.path).toMatch(/^subject\.conditions\[0\]\.fromDay/);
  });

  it('turns explicit GnRH pulses on only within the model’s pulse window', async () => {
    const store = await readyStore();
    // The default scenario runs 547 days: too long for explicit pulses.
    expect(store.getState().setExplicitPulses(true)).toBe(false);
    expect(store.getState().issues.some((i) => i.path.includes('gnrhPulses'))).toBe(true);
    expect(store.getState().setDays(14)).toBe(true);
    expect(store.getState().setExplicitPulses(true)).toBe(true);
    expect(store.getState().scenario.options).toEqual({ gnrhPulses: true });
    expect(store.getState().setExplicitPulses(false)).toBe(true);
    expect(store.getState().scenario.options).toBeUndefined();
  });
});
