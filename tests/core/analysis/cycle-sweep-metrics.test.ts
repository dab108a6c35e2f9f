/**
 * Sweep metrics of a cycling model (src/core/analysis/run-metric.ts): the
 * rhythm's ovulations, cycle length and the days from the last dose to the
 * first ovulation, read from the run's cycle metrics, with censoring when the
 * window ends first; only the female model has them.
 */
import { describe, expect, it } from 'vitest';
import { availableMetrics, defaultMetric, evaluateMetric, parseMetricId, type MetricSpec } from '../../../src/core/analysis/run-metric';
import { simulate } from '../../../src/core/simulate';
import { femaleScenario, pillPack } from '../../../src/core/scenario/build';
import type { Scenario } from '../../../src/core/scenario/types';

const spec = (id: string): MetricSpec => {
  const s = parseMetricId(id, 'female-hpg');
  if ('error' in s) throw new Error(s.error);
  return s;
};
const measure = (id: string, scenario: Scenario) => {
  const r = simulate(scenario);
  return evaluateMetric(spec(id), scenario, r.days, r.series);
};

describe('cycle metrics as sweep metrics', () => {
  it('are offered first, and by default the first ovulation after the last dose, for the female model only', () => {
    const ids = availableMetrics('female-hpg').map((m) => m.id);
    expect(ids.slice(0, 3)).toEqual(['cycle.ovulations', 'cycle.lengthDays', 'cycle.toOvulationDays']);
    expect(defaultMetric('female-hpg')).toBe('cycle.toOvulationDays');
    expect(defaultMetric('male-hpg')).toBe('testosterone.to90Days');
    expect(availableMetrics('male-hpg').some((m) => m.id.startsWith('cycle.'))).toBe(false);
    expect(parseMetricId('cycle.ovulations', 'male-hpg')).toHaveProperty('error');
    expect(parseMetricId('cycle.nadir', 'female-hpg')).toEqual({ error: "unknown statistic 'nadir' in metric 'cycle.nadir' (for cycle: ovulations, lengthDays, toOvulationDays)" });
  });

  it('count a natural cycle’s ovulations and measure its length (the reference period, 28.33 d)', () => {
    const natural = femaleScenario('natural', 90, []);
    expect(measure('cycle.ovulations', natural)).toEqual({ value: 3, censored: false });
    const length = measure('cycle.lengthDays', natural);
    expect(length.censored).toBe(false);
    expect(length.value).toBeCloseTo(28.33, 1);
  });

  it('time the first ovulation after one pack of the pill, and censor it when the window ends first', () => {
    const after = measure('cycle.toOvulationDays', femaleScenario('one pack', 60, [pillPack(0)]));
    expect(after.censored).toBe(false);
    // The last pill is on day 20; ovulation returns within a few weeks.
    expect(after.value).toBeGreaterThan(5);
    expect(after.value).toBeLessThan(30);
    const short = measure('cycle.toOvulationDays', femaleScenario('one pack, short window', 25, [pillPack(0)]));
    expect(short).toEqual({ value: 25 - 20, censored: true });
    expect(measure('cycle.lengthDays', femaleScenario('one pack, short window', 25, [pillPack(0)]))).toEqual({ value: 25, censored: true });
  });
});
