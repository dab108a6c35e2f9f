// @vitest-environment happy-dom
/**
 * The app store (src/state/store.ts and slices): edits are validated before
 * they replace the last good scenario, results are derived by one action,
 * compare, reset and file loading behave as the issue asks.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET, PRESETS } from '../../src/core/scenario/presets';
import { serializeScenario } from '../../src/core/scenario/serialize';
import { MODELS } from '../../src/core/model/registry';
import type { Simulator } from '../../src/state/simulator';
import { hiddenForFocus } from '../../src/state/selectors';
import { readyStore } from './helpers';
import { AGENT_INFO, agentReference } from '../../src/core/agents/agent-info';

describe('app store', () => {
  it('opens on the default preset and simulates it', async () => {
    const store = await readyStore();
    const state = store.getState();
    expect(state.scenario).toBe(DEFAULT_PRESET.scenario);
    expect(state.presetId).toBe(DEFAULT_PRESET.id);
    expect(state.result?.scenario).toBe(state.scenario);
    expect(state.running).toBe(false);
    for (const column of Object.values(state.result!.series)) expect(column.every(Number.isFinite)).toBe(true);
  });

  it('switches an agent on with its reference regimen, and off again', async () => {
    const store = await readyStore();
    store.getState().setModel('male-hpg');
    const before = store.getState().scenario.regimens.length;
    expect(store.getState().toggleAgent('hcg', true)).toBe(true);
    const added = store.getState().scenario.regimens.at(-1);
    expect(added).toEqual({ agent: 'hcg', dose: 1, mode: 'bolus', everyDays: 2, fromDay: 0 });
    await store.getState().simulateCurrent();
    expect(store.getState().result?.scenario.regimens).toContainEqual(added);
    expect(store.getState().presetEdited).toBe(true);
    store.getState().toggleAgent('hcg', false);
    expect(store.getState().scenario.regimens).toHaveLength(before);
  });

  it('switches an agent on with the reference regimen of the current model (a woman’s testosterone pellet is 75 mg every 16 weeks)', async () => {
    const store = await readyStore();
    store.getState().setModel('male-hpg');
    store.getState().toggleAgent('testosterone-pellet', true);
    expect(store.getState().scenario.regimens.at(-1)).toEqual({ agent: 'testosterone-pellet', dose: 1, mode: 'bolus', everyDays: 180, fromDay: 0 });
    store.getState().toggleAgent('testosterone-pellet', false);
    store.getState().setModel('female-hpg');
    store.getState().toggleAgent('testosterone-pellet', true);
    expect(store.getState().scenario.regimens.at(-1)).toEqual({ agent: 'testosterone-pellet', dose: 1, mode: 'bolus', everyDays: 112, fromDay: 0 });
    expect(agentReference('testosterone-pellet', 'female-hpg').description).toMatch(/^one 75 mg testosterone implant/);
    expect(agentReference('testosterone-pellet', 'male-hpg').description).toMatch(/^1200 mg/);
    expect(agentReference('hcg', 'female-hpg')).toBe(AGENT_INFO.hcg.reference);
  });

  it('keeps the last good scenario when an edit is out of range, and names the field', async () => {
    const store = await readyStore();
    store.getState().setModel('male-hpg');
    store.getState().toggleAgent('anastrozole', true);
    const good = store.getState().scenario;
    const index = good.regimens.findIndex((r) => r.agent === 'anastrozole');
    expect(store.getState().updateRegimen(index, { dose: 50 })).toBe(false);
    expect(store.getState().scenario).toBe(good);
    expect(store.getState().issues[0]?.path).toBe(`regimens[${index}].dose`);
    expect(store.getState().updateRegimen(index, { dose: 2 })).toBe(true);
    expect(store.getState().issues).toEqual([]);
    expect(store.getState().scenario.regimens[index]?.dose).toBe(2);
  });

  it('switches a regimen to an infusion and back, dropping and restoring the interval', async () => {
    const store = await readyStore();
    store.getState().setModel('male-hpg');
    store.getState().toggleAgent('gonadorelin', true);
    const index = store.getState().scenario.regimens.findIndex((r) => r.agent === 'gonadorelin');
    store.getState().updateRegimen(index, { mode: 'infusion', untilDay: 20 });
    expect(store.getState().scenario.regimens[index]).toEqual({ agent: 'gonadorelin', dose: 1, mode: 'infusion', fromDay: 0, untilDay: 20 });
    store.getState().updateRegimen(index, { mode: 'bolus' });
    // A pump pulse: 2.5 µg (dose 0.025 of the 100 µg reference) every 90 minutes, within the dose-rate limit.
    store.getState().updateRegimen(index, { dose: 0.025, everyHours: 1.5, untilDay: null });
    expect(store.getState().scenario.regimens[index]).toEqual({ agent: 'gonadorelin', dose: 0.025, mode: 'bolus', everyHours: 1.5, fromDay: 0 });
  });

  it('loads every preset', async () => {
    const store = await readyStore();
    for (const preset of PRESETS) {
      expect(store.getState().loadPreset(preset.id)).toBe(true);
      expect(store.getState().presetId).toBe(preset.id);
      expect(serializeScenario(store.getState().scenario)).toBe(serializeScenario(preset.scenario));
    }
    expect(store.getState().loadPreset('no-such-preset')).toBe(false);
    expect(store.getState().status?.kind).toBe('error');
  });

  it('moves the scenario to a model that has an agent, keeping what it supports', async () => {
    const store = await readyStore();
    store.getState().loadPreset('classic-smith');
    expect(store.getState().setModel('male-hpg')).toBe(true);
    expect(store.getState().scenario.model).toBe('male-hpg');
    const agents = MODELS['male-hpg'].agents;
    for (const agent of agents) store.getState().toggleAgent(agent, true);
    expect(store.getState().scenario.regimens.map((r) => r.agent).sort()).toEqual([...agents].sort());
    store.getState().setModel('smith-1980');
    expect(store.getState().scenario.regimens.every((r) => r.agent === 'testosterone-cypionate')).toBe(true);
    expect(store.getState().status?.text).toMatch(/Removed what it does not include: .*Gonadorelin/);
  });

  it('names a scenario moved to another axis for that axis, not as an edit of the old axis’ preset', async () => {
    const store = await readyStore();
    expect(store.getState().presetId).toBe(DEFAULT_PRESET.id);
    store.getState().setModel('gh-igf1');
    expect(store.getState().scenario.name).toBe(`${MODELS['gh-igf1'].name}, untreated`);
    expect(store.getState().presetId).toBeNull();
    expect(store.getState().presetEdited).toBe(false);
    store.getState().toggleAgent('ibutamoren', true);
    store.getState().setModel('male-hpg');
    expect(store.getState().scenario.name).toBe(`${MODELS['male-hpg'].name}, untreated`);
    store.getState().loadPreset('trt-gonadorelin-anastrozole');
    store.getState().setModel('female-hpg');
    // Cypionate's dose 1 is 200 mg for a man, 100 mg for a woman: it does not move; anastrozole does.
    expect(store.getState().scenario.name).toBe(`${MODELS['female-hpg'].name}: Anastrozole`);
    expect(store.getState().status?.text).toMatch(/Testosterone cypionate \(another reference dose there\)/);
    // Choosing the axis it is already on changes nothing.
    const same = store.getState().scenario;
    expect(store.getState().setModel('female-hpg')).toBe(true);
    expect(store.getState().scenario).toBe(same);
  });

  it('pins a run for comparison, and Reset All returns to the default scenario and view', async () => {
    const store = await readyStore();
    const first = store.getState().result!;
    store.getState().pin();
    expect(store.getState().pinned?.result).toBe(first);
    store.getState().setDays(100);
    store.getState().setScale('log');
    store.getState().setSeriesVisible('lh', false);
    await store.getState().simulateCurrent();
    expect(store.getState().pinned?.result).toBe(first);
    store.getState().resetAll();
    await store.getState().simulateCurrent();
    const state = store.getState();
    expect(state.scenario).toBe(DEFAULT_PRESET.scenario);
    expect([state.pinned, state.scale, state.hiddenSeries]).toEqual([null, 'linear', hiddenForFocus(DEFAULT_PRESET.scenario.model, DEFAULT_PRESET.focus)]);
  });

  it('opens a scenario file and reports a broken one, keeping the current scenario', async () => {
    const store = await readyStore();
    const text = serializeScenario({ ...DEFAULT_PRESET.scenario, name: 'From the CLI', days: 60 });
    expect(store.getState().loadScenarioText(text, 'the file “a.json”')).toBe(true);
    expect(store.getState().scenario.name).toBe('From the CLI');
    const kept = store.getState().scenario;
    expect(store.getState().loadScenarioText('{"format": "gonadostat-scenario/1", "name": ', 'the file “b.json”')).toBe(false);
    expect(store.getState().scenario).toBe(kept);
    expect(store.getState().status).toMatchObject({ kind: 'error', text: expect.stringMatching(/b\.json.*not valid JSON.*line 1/) });
    expect(store.getState().loadScenarioText(text.replace('"days": 60', '"days": -4'), 'the file “c.json”')).toBe(false);
    expect(store.getState().status?.text).toMatch(/days: must be greater than 0/);
  });

  it('shows a solver failure and keeps the last good result', async () => {
    let fail = false;
    const inner = (await import('../../src/state/simulator')).createInlineSimulator();
    const simulator: Simulator = {
      run: (s) => (fail ? Promise.resolve({ kind: 'failed', message: 'step budget exhausted at t = 10 h' }) : inner.run(s)),
      dispose: () => inner.dispose(),
    };
    const store = await readyStore({ simulator });
    const good = store.getState().result;
    fail = true;
    store.getState().setDays(90);
    await store.getState().simulateCurrent();
    expect(store.getState().runError).toBe('step budget exhausted at t = 10 h');
    expect(store.getState().result).toBe(good);
    fail = false;
    store.getState().setDays(91);
    await store.getState().simulateCurrent();
    expect(store.getState().runError).toBeNull();
  });

  it('clamps the cursor to the simulated window', async () => {
    const store = await readyStore();
    store.getState().setCursorDay(1e9);
    expect(store.getState().cursorDay).toBe(store.getState().scenario.days);
    store.getState().setCursorDay(-3);
    expect(store.getState().cursorDay).toBe(0);
    store.getState().setCursorDay(40);
    store.getState().setDays(30);
    expect(store.getState().cursorDay).toBe(30);
  });
});
