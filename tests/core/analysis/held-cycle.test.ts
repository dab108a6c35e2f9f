import { describe, expect, it } from 'vitest';
import { heldCycle } from '../../../src/core/analysis/held-cycle';
import type { Scenario } from '../../../src/core/scenario/types';

const scenario = (model: Scenario['model'], conditions: Scenario['subject']['conditions'] = []): Scenario =>
  ({ format: 'gonadostat-scenario/1', name: 'h', model, days: 60, subject: { conditions }, regimens: [], parameters: {}, output: { everyHours: 2 } }) as Scenario;

describe('held cycle (researcher panel of a cycling model)', () => {
  it('gives a healthy woman’s cycle of about 29 days, stable by its Floquet multipliers', () => {
    const cycle = heldCycle(scenario('female-hpg'))!;
    expect(cycle.ok).toBe(true);
    if (!cycle.ok) return;
    expect(cycle.periodDays).toBeGreaterThan(26);
    expect(cycle.periodDays).toBeLessThan(32);
    expect(cycle.follicularDays + cycle.lutealDays).toBeCloseTo(cycle.periodDays, 6);
    expect(cycle.stability.ok).toBe(true);
    if (!cycle.stability.ok) return;
    expect(cycle.stability.verdict).toBe('stable');
    expect(Math.abs(cycle.stability.trivial.abs - 1)).toBeLessThan(0.01);
    expect(cycle.stability.multipliers[0]!.abs).toBeLessThan(1);
  }, 30_000);

  it('says why there is none in menopause, and is null for a model without a rhythm', () => {
    const none = heldCycle(scenario('female-hpg', ['menopause']))!;
    expect(none.ok).toBe(false);
    expect(none.conditions).toEqual(['menopause']);
    expect(heldCycle(scenario('male-hpg'))).toBeNull();
  }, 30_000);
});
