/** Metrics of one run (src/core/analysis/run-metric.ts). */
import { describe, expect, it } from 'vitest';
import { availableMetrics, evaluateMetric, parseMetricId, type MetricSpec } from '../../../src/core/analysis/run-metric';
import type { Scenario } from '../../../src/core/scenario/types';

const scenario: Scenario = {
  format: 'gonadostat-scenario/1', name: 'metric', model: 'male-hpg', days: 4,
  subject: { conditions: [] },
  regimens: [{ agent: 'testosterone-cypionate', dose: 1, mode: 'bolus', everyDays: 7, fromDay: 0, untilDay: 1 }],
  parameters: {}, output: { everyHours: 24 },
};
const days = Float64Array.from([0, 1, 2, 3, 4]);
const spec = (id: string): MetricSpec => {
  const parsed = parseMetricId(id, 'male-hpg');
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
};
const value = (id: string, values: number[]) => evaluateMetric(spec(id), scenario, days, { testosterone: Float64Array.from(values) });

describe('parseMetricId', () => {
  it('accepts <output>.<statistic> and names what is wrong otherwise', () => {
    expect(spec('testosterone.to90Days')).toEqual({ id: 'testosterone.to90Days', output: 'testosterone', statistic: 'to90Days' });
    expect(parseMetricId('inhibinB.mean', 'male-hpg')).toMatchObject({ output: 'inhibinB', statistic: 'mean' });
    expect(parseMetricId('cortisol.mean', 'male-hpg')).toEqual({ error: expect.stringContaining("unknown output 'cortisol'") });
    expect(parseMetricId('fsh.to90Days', 'male-hpg')).toEqual({ error: expect.stringContaining("unknown statistic 'to90Days'") });
    expect(parseMetricId('lh', 'male-hpg')).toEqual({ error: expect.stringContaining("unknown statistic ''") });
  });

  it('lists every metric of a model, each parseable', () => {
    const list = availableMetrics('smith-1980');
    expect(list.map((m) => m.id)).toContain('lh.to90Days');
    for (const model of ['smith-1980', 'male-hpg'] as const) {
      for (const m of availableMetrics(model)) expect(parseMetricId(m.id, model)).not.toHaveProperty('error');
    }
  });
});

describe('evaluateMetric', () => {
  it('mean is the trapezoid time-average; final, min and max read the series', () => {
    expect(value('testosterone.mean', [0, 1, 1, 1, 0])).toEqual({ value: 0.75, censored: false });
    expect(value('testosterone.final', [1, 2, 3, 4, 5]).value).toBe(5);
    expect(value('testosterone.min', [3, 2, 5, 1, 4]).value).toBe(1);
    expect(value('testosterone.max', [3, 2, 5, 1, 4]).value).toBe(5);
  });

  it('recovery metrics count from the last testosterone dose (day 0 here)', () => {
    const v = [1, 0.2, 0.4, 0.8, 1];
    expect(value('testosterone.nadir', v).value).toBe(0.2);
    expect(value('testosterone.nadirDay', v).value).toBe(1);
    expect(value('testosterone.to90Days', v)).toEqual({ value: expect.closeTo(3.5, 12), censored: false });
  });

  it('to90Days not within the window is the remaining days, flagged as censored', () => {
    expect(value('testosterone.to90Days', [1, 0.2, 0.3, 0.4, 0.5])).toEqual({ value: 4, censored: true });
  });
});
