import { describe, expect, it } from 'vitest';
import { runScenarioText } from '../../src/cli/run-scenario';

const smith = {
  format: 'gonadostat-scenario/1', name: 'Classic, weekly testosterone', model: 'smith-1980', days: 14,
  subject: { conditions: [] },
  regimens: [{ agent: 'testosterone-cypionate', dose: 1, everyDays: 7, fromDay: 0 }],
  parameters: {}, output: { everyHours: 12 },
};

describe('runScenarioText', () => {
  it('prints CSV with a day column and one column per output, one row per output time', () => {
    const outcome = runScenarioText(JSON.stringify(smith), { format: 'csv', metrics: false });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const lines = outcome.text.trimEnd().split('\n');
    expect(lines[0]).toBe('day,gnrh,lh,testosterone');
    expect(lines).toHaveLength(1 + 14 * 2 + 1);
    expect(lines[1]!.startsWith('0,')).toBe(true);
    for (const line of lines.slice(1)) {
      const cells = line.split(',').map(Number);
      expect(cells).toHaveLength(4);
      for (const v of cells) expect(Number.isFinite(v) && v >= 0).toBe(true);
    }
  });

  it('prints JSON with metadata, parameters used, solver statistics and recovery metrics', () => {
    const outcome = runScenarioText(JSON.stringify(smith), { format: 'json', metrics: false });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const json = JSON.parse(outcome.text);
    expect(json.format).toBe('gonadostat-result/1');
    expect(json.model.id).toBe('smith-1980');
    expect(json.parameters.c).toBe(100);
    expect(json.solver.steps).toBeGreaterThan(0);
    expect(json.series.day).toHaveLength(29);
    expect(json.series.testosterone).toHaveLength(29);
    expect(json.recovery.metrics.map((m: { output: string }) => m.output)).toEqual(['testosterone', 'lh']);
  });

  it('prints a metrics table with --metrics', () => {
    const outcome = runScenarioText(JSON.stringify(smith), { format: 'csv', metrics: true });
    expect(outcome.ok && outcome.text).toMatch(/days to 90%/);
  });

  it.each([
    ['malformed JSON', 'not JSON at all', /JSON/],
    ['negative days', JSON.stringify({ ...smith, days: -1 }), /^days: /],
    ['unknown agent', JSON.stringify({ ...smith, regimens: [{ agent: 'aspirin', dose: 1, everyDays: 1 }] }), /^regimens\[0\]\.agent: /],
    ['agent the model lacks', JSON.stringify({ ...smith, regimens: [{ agent: 'clomiphene', dose: 1, everyDays: 1 }] }), /regimens\[0\]\.agent: .*smith-1980/],
    ['parameter out of range', JSON.stringify({ ...smith, parameters: { c: -5 } }), /^parameters\.c: /],
    ['unknown field', JSON.stringify({ ...smith, extra: 1 }), /extra/],
  ])('rejects %s with a one-line message naming the field', (_label, text, message) => {
    const outcome = runScenarioText(text, { format: 'csv', metrics: false });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toMatch(message);
    expect(outcome.message).not.toContain('\n');
  });
});

describe('runScenarioText with the full model', () => {
  const stop = {
    format: 'gonadostat-scenario/1', name: 'TRT then stop', model: 'male-hpg', days: 300,
    regimens: [{ agent: 'testosterone-cypionate', dose: 1, everyDays: 7, untilDay: 120 }],
  };
  it('prints the ten outputs of the male model', () => {
    const outcome = runScenarioText(JSON.stringify(stop), { format: 'csv', metrics: false });
    expect(outcome.ok && outcome.text.split('\n')[0]).toBe('day,gnrh,lh,fsh,testosterone,estradiol,inhibinB,itt,leydig,sperm,ownTestosterone');
  });
  it('reports recovery metrics after the last injection, in JSON and as a table', () => {
    const json = runScenarioText(JSON.stringify(stop), { format: 'json', metrics: false });
    expect(json.ok).toBe(true);
    if (!json.ok) return;
    const recovery = JSON.parse(json.text).recovery;
    expect(recovery.fromDay).toBe(119);
    const t = recovery.metrics.find((m: { output: string }) => m.output === 'testosterone');
    expect(t.nadir).toBeLessThan(0.9);
    expect(t.nadirDay).toBeGreaterThan(119);
    expect(t.to90Days).toBeGreaterThan(0);
    const table = runScenarioText(JSON.stringify(stop), { format: 'csv', metrics: true });
    expect(table.ok && table.text).toMatch(/Testosterone\s+\d+%/);
  });
});

describe('runScenarioText with explicit GH pulses', () => {
  const pulsed = {
    format: 'gonadostat-scenario/1', name: 'GH pulses for 3 days', model: 'gh-igf1', days: 3,
    output: { everyHours: 0.05 }, options: { ghPulses: true },
  };
  it('runs them and counts the pulses in the metrics table and the JSON', () => {
    const table = runScenarioText(JSON.stringify(pulsed), { format: 'csv', metrics: true });
    expect(table.ok && table.text).toMatch(/GH pulses from the pituitary in the last 24 h: 8,/);
    const json = runScenarioText(JSON.stringify(pulsed), { format: 'json', metrics: false });
    expect(json.ok).toBe(true);
    if (!json.ok) return;
    expect(JSON.parse(json.text).ghMetrics.pulses).toMatchObject({ kind: 'counted', perDay: 8 });
  });
  it.each([
    ['on a model without GH pulses', { ...pulsed, model: 'male-hpg' }, /^options\.ghPulses: model 'male-hpg' has no explicit GH pulse mode/],
    ['beyond their window', { ...pulsed, days: 20 }, /^options\.ghPulses: explicit GH pulses are limited to 14 days \(this scenario runs 20\)/],
    ['GnRH pulses on the GH axis', { ...pulsed, options: { gnrhPulses: true } }, /^options\.gnrhPulses: model 'gh-igf1' has no explicit GnRH pulse mode/],
  ])('refuses them %s, naming the field', (_label, scenario, message) => {
    const outcome = runScenarioText(JSON.stringify(scenario), { format: 'csv', metrics: false });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(message);
  });
});
