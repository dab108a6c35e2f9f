/**
 * Regression tests for issue 13 ("Robustness"), cases 1–3, against the real
 * models: valid scenarios that used to fail after integrating, input that
 * froze validation, and input that was silently accepted.
 */
import { describe, expect, it } from 'vitest';
import { MODELS } from '../../../src/core/model/registry';
import { parseScenario, parseScenarioText } from '../../../src/core/scenario/validate';
import { formatIssue } from '../../../src/core/scenario/issue';
import { simulate } from '../../../src/core/simulate';

const catalogue = (id: keyof typeof MODELS) => MODELS[id];
const base = { format: 'gonadostat-scenario/1', name: 'hostile', model: 'male-hpg', days: 7 };

function valid(input: unknown) {
  const parsed = parseScenario(input, catalogue);
  if (!parsed.ok) throw new Error(parsed.errors.map(formatIssue).join('; '));
  return parsed.scenario;
}

describe('case 1: every valid scenario runs to completion', () => {
  it.each([
    [7, 0.07],
    [33, 1.1],
  ])('%s days reported every %s h runs, its last row exactly on the last day', (days, everyHours) => {
    const result = simulate(valid({ ...base, days, output: { everyHours } }));
    expect(result.days[result.days.length - 1]).toBe(days);
  });

  it('refuses hCG dose 10 every 15 minutes for 520 days up front, naming the regimen and the limit', () => {
    const parsed = parseScenario({ ...base, days: 520, regimens: [{ agent: 'hcg', dose: 10, everyHours: 0.25 }] }, catalogue);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map(formatIssue)).toEqual([expect.stringMatching(/^regimens\[0\]: dose 10 every 0\.25 hours gives 'hcg' at 1920 times .*\(limit 20 times\)/)]);
  });

  it('runs the densest hCG schedule it accepts (49,920 boluses at 20 times the reference rate) within the step budget', () => {
    const scenario = valid({ ...base, days: 520, regimens: [{ agent: 'hcg', dose: (20 * 0.25) / 48, everyHours: 0.25 }], output: { everyHours: 24 } });
    const result = simulate(scenario);
    expect(result.stats.events).toBe(49_920);
    for (const id of result.outputIds) expect(result.series[id]!.every(Number.isFinite)).toBe(true);
  }, 30_000);
});

describe('case 2: validation cost is linear and bounded', () => {
  it('reads a 1 MB file of 75,000 unknown parameters in well under a second, listing 20 problems and counting all', () => {
    const parameters: Record<string, number> = {};
    for (let i = 0; i < 75_000; i++) parameters[`lh${i}`] = 1;
    const text = JSON.stringify({ ...base, parameters });
    expect(text.length).toBeLessThan(1_000_000);
    const started = performance.now();
    const parsed = parseScenarioText(text, catalogue);
    const elapsedMs = performance.now() - started;
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toHaveLength(20);
    expect(parsed.errorCount).toBe(75_000);
    // It took 7–15 s before (one "did you mean" search per key); now 20 searches. A wide margin for a loaded machine.
    expect(elapsedMs).toBeLessThan(1500);
  });

  it('keeps the message about a 10 MB key within 2,000 characters', () => {
    const parsed = parseScenario({ ...base, parameters: { ['x'.repeat(10_000_000)]: 1 } }, catalogue);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(formatIssue(parsed.errors[0]!).length).toBeLessThanOrEqual(2000);
  });
});

describe('case 3: nothing is silently accepted', () => {
  it('refuses __proto__, constructor and prototype keys by name', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const parsed = parseScenarioText(`{"format":"gonadostat-scenario/1","name":"x","model":"male-hpg","days":10,"parameters":{"${key}":{"lhHalfLifeHours":5}}}`, catalogue);
      expect(parsed.ok ? [] : parsed.errors.map(formatIssue)).toEqual([expect.stringContaining(`parameters.${key}: '${key}' is not allowed`)]);
    }
  });

  it('reports a key given twice instead of letting the last one win', () => {
    const parsed = parseScenarioText('{"format":"gonadostat-scenario/1","name":"x","model":"male-hpg","days":10,"days":20}', catalogue);
    expect(parsed.ok ? [] : parsed.errors.map(formatIssue)).toEqual([expect.stringMatching(/^days: this field is given more than once/)]);
  });

  it('refuses a name that is only a zero-width space, or holds control characters', () => {
    for (const name of ['\u200b', '\u200b \u2060', 'evil\u001b[2Jname']) {
      const parsed = parseScenario({ ...base, name }, catalogue);
      expect(parsed.ok ? [] : parsed.errors.map((e) => e.path)).toEqual(['name']);
    }
    expect(parseScenario({ ...base, name: 'Ünïcödé — 名前 ✓' }, catalogue).ok).toBe(true);
  });

  it('refuses escape codes in a description but keeps its line breaks and tabs', () => {
    const escape = parseScenario({ ...base, description: 'look\u001b]8;;http://x\u0007here' }, catalogue);
    expect(escape.ok ? [] : escape.errors.map((e) => e.path)).toEqual(['description']);
    expect(parseScenario({ ...base, description: 'line one\n\tline two\r\n' }, catalogue).ok).toBe(true);
  });
});
