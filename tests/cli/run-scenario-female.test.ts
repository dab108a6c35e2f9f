/** `npm run sim` on a female-hpg scenario: CSV relative to the cycle mean, cycle metrics in the table and the JSON. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runScenarioText } from '../../src/cli/run-scenario';

const natural = readFileSync(new URL('../../docs/examples/natural-cycle.json', import.meta.url), 'utf8');
const pill = readFileSync(new URL('../../docs/examples/combined-pill.json', import.meta.url), 'utf8');
const letrozole = readFileSync(new URL('../../docs/examples/letrozole-cycle.json', import.meta.url), 'utf8');

describe('runScenarioText with the female model', () => {
  it('prints the cycle metrics instead of recovery metrics: three ovulations ~28.3 days apart in 90 days', () => {
    const outcome = runScenarioText(natural, { format: 'csv', metrics: true });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.text).toMatch(/^3 ovulations; cycle length 28\.\d+ days on average\./);
    expect(outcome.text).toContain('LH peak IU/L');
  });

  it('says in the JSON what 1 means and gives the cycle metrics; the pill has no ovulation', () => {
    const outcome = runScenarioText(pill, { format: 'json', metrics: false });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const json = JSON.parse(outcome.text) as { relativeTo: string; cycle: { ovulations: unknown[] }; recovery?: unknown };
    expect(json.relativeTo).toMatch(/reference cycle/);
    expect(json.cycle.ovulations).toHaveLength(0);
    expect(json.recovery).toBeUndefined();
  });

  it('prints the model’s known limit for the scenario on stderr (letrozole in the PCOS-like subject), and none for the natural cycle', () => {
    const file = JSON.parse(natural) as { subject: { conditions: unknown[] }; regimens: unknown[] };
    file.subject.conditions = ['pcos-like'];
    file.regimens = [{ agent: 'letrozole', dose: 1, mode: 'bolus', everyDays: 1, fromDay: 40, untilDay: 45 }];
    const outcome = runScenarioText(JSON.stringify(file), { format: 'csv', metrics: true });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.warning).toMatch(/^model limit: In women with PCOS letrozole restores ovulation at least as often as clomiphene/);
    // The JSON carries it too.
    const json = runScenarioText(JSON.stringify(file), { format: 'json', metrics: false });
    expect(json.ok && (JSON.parse(json.text) as { modelLimits: { id: string }[] }).modelLimits.map((l) => l.id)).toEqual(['pcos-letrozole']);
    const plain = runScenarioText(natural, { format: 'csv', metrics: true });
    expect(plain.ok && plain.warning).toBeUndefined();
  });

  it('says how long after the last dose the first ovulation came, in the table and the JSON (brief §7)', () => {
    const table = runScenarioText(letrozole, { format: 'csv', metrics: true });
    expect(table.ok && table.text).toMatch(/^First ovulation after the last dose \(day 6\.0\): 1\d\.\d days later\.$/m);
    const json = runScenarioText(letrozole, { format: 'json', metrics: false });
    const after = json.ok && (JSON.parse(json.text) as { cycle: { afterLastDose: { lastDoseDay: number; daysToFirstOvulation: number } } }).cycle.afterLastDose;
    expect(after && after.lastDoseDay).toBe(6);
    expect(after && after.daysToFirstOvulation).toBeGreaterThan(8);
    expect(after && after.daysToFirstOvulation).toBeLessThan(12);
    // Without doses there is nothing to count from.
    const plain = runScenarioText(natural, { format: 'json', metrics: false });
    expect(plain.ok && (JSON.parse(plain.text) as { cycle: Record<string, unknown> }).cycle).not.toHaveProperty('afterLastDose');
    // The pill's window ends in its break: no ovulation after the last pill within it.
    const pillTable = runScenarioText(pill, { format: 'csv', metrics: true });
    expect(pillTable.ok && pillTable.text).toContain('No ovulation after the last dose (day 76.0) within the simulated window.');
  });
});
