/**
 * A state that never lies (src/state/scenario-title.ts and the scenario
 * slice): an edit renames the scenario "Edited from: …" and drops its stale
 * description, so the heading, the recovery tables, a pinned run and a saved
 * or shared file all describe what is plotted; an edit back to the preset's
 * own settings restores the preset; loading a preset shows its focus series.
 */
import { describe, expect, it } from 'vitest';
import { findPreset } from '../../src/core/scenario/presets';
import { SCENARIO_LIMITS } from '../../src/core/scenario/limits';
import { editedName, EDITED_PREFIX, sameRun } from '../../src/state/scenario-title';
import { hiddenForFocus } from '../../src/state/selectors';
import { readyStore } from './helpers';

describe('scenario titles', () => {
  it('name an edit after what it was edited from, once', () => {
    expect(editedName('Healthy baseline')).toBe('Edited from: Healthy baseline');
    expect(editedName('Edited from: Healthy baseline')).toBe('Edited from: Healthy baseline');
    expect(editedName('x'.repeat(300)).length).toBe(SCENARIO_LIMITS.maxNameLength);
  });

  it('compare runs without their names and descriptions', () => {
    const preset = findPreset('healthy-baseline')!.scenario;
    expect(sameRun(preset, { ...preset, name: 'Other', description: 'words' })).toBe(true);
    expect(sameRun(preset, { ...preset, days: 100 })).toBe(false);
  });
});

describe('the store after an edit', () => {
  it('reads "Edited from: <preset>" everywhere the run is named, and hides the preset note', async () => {
    const store = await readyStore();
    store.getState().loadPreset('healthy-baseline');
    await store.getState().simulateCurrent();
    store.getState().pin();
    expect(store.getState().pinned?.label).toBe('Healthy baseline');
    store.getState().toggleAgent('clomiphene', true);
    await store.getState().simulateCurrent();
    const state = store.getState();
    expect(state.scenario.name).toBe(`${EDITED_PREFIX}Healthy baseline`);
    expect(state.presetEdited).toBe(true);
    expect(state.presetId).toBe('healthy-baseline');
    expect(state.result?.scenario.name).toBe('Edited from: Healthy baseline');
    store.getState().pin();
    expect(store.getState().pinned?.label).toBe('Edited from: Healthy baseline');
  });

  it('keeps the name through further edits, and restores the preset when the edit is undone', async () => {
    const store = await readyStore();
    store.getState().loadPreset('trt-weekly');
    const preset = findPreset('trt-weekly')!;
    store.getState().setDays(200);
    store.getState().toggleAgent('hcg', true);
    expect(store.getState().scenario.name).toBe(`Edited from: ${preset.title}`);
    store.getState().toggleAgent('hcg', false);
    store.getState().setDays(preset.scenario.days);
    expect(store.getState().scenario).toBe(preset.scenario);
    expect(store.getState().presetEdited).toBe(false);
  });

  it('drops the description of an opened scenario once it is edited', async () => {
    const store = await readyStore();
    const scenario = { ...findPreset('castration')!.scenario, name: 'From a file', description: 'LH rises after castration.' };
    store.getState().loadScenarioText(JSON.stringify(scenario), 'a file');
    expect(store.getState().scenario.description).toBe('LH rises after castration.');
    store.getState().setDays(60);
    expect(store.getState().scenario.name).toBe('Edited from: From a file');
    expect(store.getState().scenario.description).toBeUndefined();
  });

  it('does not call a change that changes nothing an edit', async () => {
    const store = await readyStore();
    store.getState().loadScenarioText(JSON.stringify({ ...findPreset('castration')!.scenario, name: 'Mine' }), 'a file');
    store.getState().setDays(store.getState().scenario.days);
    expect(store.getState().scenario.name).toBe('Mine');
    expect(store.getState().presetEdited).toBe(false);
  });

  it('shows a preset\u2019s focus series when it is loaded', async () => {
    const store = await readyStore();
    store.getState().setSeriesVisible('sperm', false);
    store.getState().loadPreset('clomiphene-obesity');
    const preset = findPreset('clomiphene-obesity')!;
    expect(store.getState().hiddenSeries).toEqual(hiddenForFocus('male-hpg', preset.focus));
    expect(store.getState().hiddenSeries).not.toContain('estradiol');
    expect(store.getState().hiddenSeries).toContain('gnrh');
  });
});
