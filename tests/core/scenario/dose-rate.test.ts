/** The per-agent dose-rate limit (src/core/scenario/dose-rate.ts), on the fake catalogue. */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/core/scenario/validate';
import { rateMultiple } from '../../../src/core/scenario/dose-rate';
import type { Regimen } from '../../../src/core/scenario/types';
import { fakeCatalogue } from './fake-catalogue';

const scenario = (regimens: unknown[], days = 100) => ({ format: 'gonadostat-scenario/1', name: 'rates', model: 'male-hpg', days, regimens });
const errors = (regimens: unknown[], days?: number) => {
  const result = parseScenario(scenario(regimens, days), fakeCatalogue);
  return result.ok ? [] : result.errors;
};
const bolus = (agent: string, dose: number, everyHours: number, extra: object = {}): Regimen =>
  ({ agent, dose, mode: 'bolus', everyHours, fromDay: 0, ...extra }) as Regimen;

describe('rateMultiple', () => {
  it('is dose × reference hours / interval for boluses and the dose for infusions', () => {
    expect(rateMultiple(bolus('hcg', 10, 0.25), 520, 48)).toBe(1920);
    expect(rateMultiple(bolus('hcg', 1, 48), 520, 48)).toBe(1);
    expect(rateMultiple({ agent: 'hcg', dose: 3, mode: 'infusion', fromDay: 0 }, 10, 48)).toBe(3);
  });
  it('is 0 for a regimen that gives one bolus only', () => {
    expect(rateMultiple(bolus('hcg', 10, 0.25, { untilDay: 0.01 }), 520, 48)).toBe(0);
  });
});

describe('the dose-rate limit', () => {
  it('refuses hCG dose 10 every 15 minutes, naming the regimen, the rate, the limit and a way out (issue 13, case 1)', () => {
    const [first, ...rest] = errors([bolus('hcg', 10, 0.25)], 520);
    expect(rest).toEqual([]);
    expect(first?.path).toBe('regimens[0]');
    expect(first?.message).toMatch(/gives 'hcg' at 1920 times its reference rate on average \(limit 20 times\)/);
    expect(first?.message).toMatch(/interval must be at least 24 hours/);
  });

  it('accepts exactly 20 times, and a pump of gonadorelin every 15 minutes at dose 0.05', () => {
    expect(errors([bolus('hcg', 10, 24)])).toEqual([]);
    expect(errors([bolus('gonadorelin', 0.05, 0.25)])).toEqual([]);
  });

  it('adds overlapping regimens of one agent, but not regimens that follow each other', () => {
    const overlapping = errors([
      { agent: 'hcg', dose: 12, mode: 'infusion', fromDay: 0, untilDay: 50 },
      { agent: 'hcg', dose: 12, mode: 'infusion', fromDay: 20 },
    ]);
    expect(overlapping).toEqual([{ path: 'regimens[1]', message: expect.stringMatching(/together with regimens\[0\].*24 times.*from day 20/) }]);
    expect(errors([
      { agent: 'hcg', dose: 12, mode: 'infusion', fromDay: 0, untilDay: 20 },
      { agent: 'hcg', dose: 12, mode: 'infusion', fromDay: 20 },
    ])).toEqual([]);
  });

  it('counts each agent on its own', () => {
    expect(errors([bolus('hcg', 19, 48), { agent: 'clomiphene', dose: 9, mode: 'infusion', fromDay: 0 }])).toEqual([]);
  });
});
