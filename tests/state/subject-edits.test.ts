/** Condition onset days and the explicit-pulse options (GnRH, GH), edited through the store like any other field. */
import { describe, expect, it } from 'vitest';
import { readyStore } from './helpers';
import { PULSE_OUTPUT_EVERY_HOURS } from '../../src/state/scenario-edits';
import { SCENARIO_LIMITS } from '../../src/core/scenario/limits';

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

  it('turns explicit GH pulses on for the GH axis, with outputs fine enough to draw them, and back off', async () => {
    const store = await readyStore();
    expect(store.getState().setModel('gh-igf1')).toBe(true);
    expect(store.getState().setDays(15)).toBe(true);
    // 15 days is beyond the GH pulse window (14).
    expect(store.getState().setExplicitPulses(true)).toBe(false);
    expect(store.getState().issues.some((i) => i.path === 'options.ghPulses' && /limited to 14 days/.test(i.message))).toBe(true);
    expect(store.getState().setDays(3)).toBe(true);
    expect(store.getState().setExplicitPulses(true)).toBe(true);
    expect(store.getState().scenario.options).toEqual({ ghPulses: true });
    expect(store.getState().scenario.output.everyHours).toBe(PULSE_OUTPUT_EVERY_HOURS);
    expect(store.getState().setExplicitPulses(false)).toBe(true);
    expect(store.getState().scenario.options).toBeUndefined();
    expect(store.getState().scenario.output.everyHours).toBe(SCENARIO_LIMITS.defaultOutputEveryHours);
  });

  it('gives back the output spacing a scenario had before explicit pulses were turned on', async () => {
    const store = await readyStore();
    store.getState().loadPreset('gh-ipamorelin-modgrf');
    const spacing = store.getState().scenario.output.everyHours;
    expect(spacing).toBeGreaterThan(PULSE_OUTPUT_EVERY_HOURS);
    expect(store.getState().setDays(3)).toBe(true);
    expect(store.getState().setExplicitPulses(true)).toBe(true);
    expect(store.getState().scenario.output.everyHours).toBe(PULSE_OUTPUT_EVERY_HOURS);
    expect(store.getState().setExplicitPulses(false)).toBe(true);
    expect(store.getState().scenario.output.everyHours).toBe(spacing);
  });

  it('drops GnRH pulses when the model changes to the GH axis, which has its own', async () => {
    const store = await readyStore();
    store.getState().setDays(14);
    expect(store.getState().setExplicitPulses(true)).toBe(true);
    expect(store.getState().setModel('gh-igf1')).toBe(true);
    expect(store.getState().scenario.options).toBeUndefined();
  });
});
