/** `--sweep` in-process (src/cli/run-sweep.ts via runScenarioText): CSV and JSON, and bad options → exit 2. */
import { describe, expect, it } from 'vitest';
import { runScenarioText } from '../../src/cli/run-scenario';

/** Weekly testosterone for 6 weeks, then recovery; daily outputs. */
const scenario = JSON.stringify({
  format: 'gonadostat-scenario/1', name: 'short TRT stop', model: 'male-hpg', days: 150,
  regimens: [{ agent: 'testosterone-cypionate', dose: 1, everyDays: 7, fromDay: 0, untilDay: 42 }],
  output: { everyHours: 24 },
});
const smith = JSON.stringify({ format: 'gonadostat-scenario/1', name: 'classic', model: 'smith-1980', days: 2, output: { everyHours: 6 } });

describe('--sweep sensitivity', () => {
  const sweep = { kind: 'sensitivity', metric: 'testosterone.to90Days', parameters: ['leydigCapacityHalfLifeDays', 'peripheralAromatizationShare'] } as const;

  it('prints the tornado rows as CSV, largest swing first, noting clipping', () => {
    const outcome = runScenarioText(scenario, { format: 'csv', metrics: false, sweep: { ...sweep, fraction: 0.25 } });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const lines = outcome.text.trimEnd().split('\n');
    expect(lines[0]).toBe('parameter,low,high,metricLow,metricHigh,swing,notes');
    expect(lines).toHaveLength(3);
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(Number(rows[0]![5])).toBeGreaterThanOrEqual(Number(rows[1]![5]));
    const aromatization = rows.find((r) => r[0] === 'peripheralAromatizationShare')!;
    expect(aromatization.slice(1, 3)).toEqual(['0.6', '0.95']);
    expect(aromatization[6]).toBe('high clipped to range');
  });

  it('prints JSON with the base value and the rows', () => {
    const outcome = runScenarioText(scenario, { format: 'json', metrics: false, sweep });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const json = JSON.parse(outcome.text);
    expect(json).toMatchObject({ format: 'gonadostat-sensitivity/1', metric: 'testosterone.to90Days', fraction: 0.2, failedRuns: 0 });
    expect(json.base.value).toBeGreaterThan(0);
    expect(json.rows).toHaveLength(2);
  });

  it.each([
    [{ ...sweep, metric: 'testosteron.to90Days' }, /^--metric: unknown output 'testosteron'/],
    [{ ...sweep, metric: 'fsh.to90Days' }, /^--metric: unknown statistic 'to90Days'/],
    [{ ...sweep, parameters: ['leydigCapacityHalfLife'] }, /^--parameters: unknown parameter 'leydigCapacityHalfLife'.*did you mean 'leydigCapacityHalfLifeDays'/],
  ])('rejects %j with a one-line message', (bad, message) => {
    const outcome = runScenarioText(scenario, { format: 'csv', metrics: false, sweep: bad });
    expect(outcome).toEqual({ ok: false, message: expect.stringMatching(message) });
  });
});

describe('--sweep uncertainty', () => {
  it('prints day plus p5, p50, p95 per output; the same seed prints the same bands', () => {
    const options = { format: 'csv', metrics: false, sweep: { kind: 'uncertainty', samples: 6, seed: 4 } } as const;
    const outcome = runScenarioText(smith, options);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const lines = outcome.text.trimEnd().split('\n');
    expect(lines[0]).toBe('day,gnrh_p5,gnrh_p50,gnrh_p95,lh_p5,lh_p50,lh_p95,testosterone_p5,testosterone_p50,testosterone_p95');
    expect(lines).toHaveLength(1 + 9);
    expect(runScenarioText(smith, options)).toEqual(outcome);
    const other = runScenarioText(smith, { ...options, sweep: { ...options.sweep, seed: 5 } });
    expect(other.ok && other.text).not.toBe(outcome.text);
  });

  it('prints JSON with the seed, the sampled parameters and the bands', () => {
    const outcome = runScenarioText(smith, { format: 'json', metrics: false, sweep: { kind: 'uncertainty', samples: 4, seed: 1, parameters: ['h'] } });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const json = JSON.parse(outcome.text);
    expect(json).toMatchObject({ format: 'gonadostat-uncertainty/1', seed: 1, samples: 4, succeeded: 4, parameters: ['h'] });
    expect(json.day).toHaveLength(9);
    expect(Object.keys(json.bands)).toEqual(['gnrh', 'lh', 'testosterone']);
  });
});
