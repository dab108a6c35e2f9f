/** `npm run sim` on a female-hpg scenario: CSV relative to the cycle mean, cycle metrics in the table and the JSON. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runScenarioText } from '../../src/cli/run-scenario';

const natural = readFileSync(new URL('../../docs/examples/natural-cycle.json', import.meta.url), 'utf8');
const pill = readFileSync(new URL('../../docs/examples/combined-pill.json', import.meta.url), 'utf8');

describe('runScenarioText with the female model', () => {
  it('prints the cycle metrics instead of recovery metrics: three ovulations ~29.4 days apart in 90 days', () => {
    const outcome = runScenarioText(natural, { format: 'csv', metrics: true });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.text).toMatch(/^3 ovulations; cycle length 29\.\d+ days on average\./);
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
});
