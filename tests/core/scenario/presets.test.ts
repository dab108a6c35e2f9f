/** Every preset is a valid scenario file that runs, with a description of what to look for. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET, PRESETS, findPreset } from '../../../src/core/scenario/presets';
import { parseScenario } from '../../../src/core/scenario/validate';
import { serializeScenario } from '../../../src/core/scenario/serialize';
import { MODELS } from '../../../src/core/model/registry';
import { simulate } from '../../../src/core/simulate';
import { EXOGENOUS_ANDROGENS } from '../../../src/core/analysis/recovery-metrics';

describe('presets', () => {
  it('have unique ids and include the default', () => {
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
    expect(findPreset(DEFAULT_PRESET.id)).toBe(DEFAULT_PRESET);
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s is a valid file, round-trips, and runs to finite outputs', (_id, preset) => {
    expect(preset.lookFor.length).toBeGreaterThan(40);
    const parsed = parseScenario(JSON.parse(serializeScenario(preset.scenario)), (id) => MODELS[id]);
    expect(parsed.ok && parsed.warnings).toEqual([]);
    if (!parsed.ok) return;
    expect(parsed.scenario).toEqual(preset.scenario);
    const result = simulate(parsed.scenario);
    for (const id of result.outputIds) for (const v of result.series[id]!) expect(Number.isFinite(v) && v >= 0).toBe(true);
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s focuses on a few outputs of its own model', (_id, preset) => {
    const outputs = MODELS[preset.scenario.model].outputs.map((o) => o.id);
    expect(preset.focus.length).toBeGreaterThan(0);
    expect(preset.focus.length).toBeLessThanOrEqual(7);
    expect(new Set(preset.focus).size).toBe(preset.focus.length);
    for (const id of preset.focus) expect(outputs, id).toContain(id);
    // Presets that give a man testosterone show what the testes still make beside serum testosterone.
    if (outputs.includes('ownTestosterone') && preset.scenario.regimens.some((r) => EXOGENOUS_ANDROGENS.includes(r.agent))) expect(preset.focus).toEqual(expect.arrayContaining(['testosterone', 'ownTestosterone']));
  });

  it('cover every agent and every condition of the full model', () => {
    const agents = new Set(PRESETS.flatMap((p) => p.scenario.regimens.map((r) => r.agent)));
    const conditions = new Set(PRESETS.flatMap((p) => p.scenario.subject.conditions.map((c) => (typeof c === 'string' ? c : c.id))));
    for (const agent of ['testosterone-cypionate', 'gonadorelin', 'gnrh-agonist', 'clomiphene', 'enclomiphene', 'tamoxifen', 'anastrozole', 'hcg']) expect(agents.has(agent as never), agent).toBe(true);
    for (const c of ['orchiectomy', 'gnrh-deficiency', 'obesity']) expect(conditions.has(c as never), c).toBe(true);
  });
});
