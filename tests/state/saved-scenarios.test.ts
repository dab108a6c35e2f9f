// @vitest-environment happy-dom
/**
 * Named saves (src/state/saved-scenarios.ts): round trip, full storage,
 * corrupted storage and outdated entries are reported and nothing is lost silently.
 */
import { describe, expect, it } from 'vitest';
import { getModel } from '../../src/core/model/registry';
import { DEFAULT_PRESET } from '../../src/core/scenario/presets';
import { deleteSave, readSaves, SAVES_BACKUP_KEY, SAVES_KEY, saveScenario } from '../../src/state/saved-scenarios';
import { MemoryStorage, readyStore } from './helpers';

const now = new Date('2026-03-04T05:06:07Z');
const scenario = DEFAULT_PRESET.scenario;

describe('saved scenarios', () => {
  it('saves, reads back and deletes, replacing a save of the same name', () => {
    const storage = new MemoryStorage();
    expect(saveScenario(storage, getModel, ' First ', scenario, now).ok).toBe(true);
    expect(saveScenario(storage, getModel, 'Second', { ...scenario, days: 100 }, now).ok).toBe(true);
    const again = saveScenario(storage, getModel, 'First', { ...scenario, days: 50 }, now);
    expect(again.ok && again.snapshot.saves.map((s) => [s.name, s.scenario.days])).toEqual([
      ['Second', 100],
      ['First', 50],
    ]);
    expect(readSaves(storage, getModel).saves[1]?.savedAt).toBe('2026-03-04T05:06:07.000Z');
    const after = deleteSave(storage, getModel, 'Second');
    expect(after.ok && after.snapshot.saves.map((s) => s.name)).toEqual(['First']);
  });

  it('reports a full storage and does not pretend to have saved', () => {
    const storage = new MemoryStorage(300);
    const outcome = saveScenario(storage, getModel, 'Big', scenario, now);
    expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/storage for this site is full/) });
    expect(readSaves(storage, getModel).saves).toEqual([]);
  });

  it('reports corrupted storage, and backs it up before the next save replaces it', () => {
    const storage = new MemoryStorage();
    storage.setItem(SAVES_KEY, '{"format":"gonadostat-saves/1","saves":[{"na');
    expect(readSaves(storage, getModel).problem).toMatch(/corrupted/);
    const outcome = saveScenario(storage, getModel, 'Fresh', scenario, now);
    expect(outcome.ok && outcome.note).toMatch(/kept under/);
    expect(storage.getItem(SAVES_BACKUP_KEY)).toBe('{"format":"gonadostat-saves/1","saves":[{"na');
    expect(readSaves(storage, getModel).saves.map((s) => s.name)).toEqual(['Fresh']);
  });

  it('lists an outdated entry with its problem and keeps it when saving another', () => {
    const storage = new MemoryStorage();
    const old = { name: 'Old', savedAt: '2020-01-01T00:00:00Z', scenario: { format: 'gonadostat-scenario/0', name: 'Old' } };
    storage.setItem(SAVES_KEY, JSON.stringify({ format: 'gonadostat-saves/1', saves: [old] }));
    expect(readSaves(storage, getModel).unreadable).toEqual([{ id: JSON.stringify(old), label: 'Old', problem: expect.stringMatching(/^its scenario is not valid: format: /), raw: old }]);
    saveScenario(storage, getModel, 'New', scenario, now);
    const raw = JSON.parse(storage.getItem(SAVES_KEY)!) as { saves: { name: string }[] };
    expect(raw.saves.map((s) => s.name)).toEqual(['Old', 'New']);
  });

  it('replaces a readable save of the same name, never an unreadable one', () => {
    const storage = new MemoryStorage();
    const broken = { name: 'Same', savedAt: '2020-01-01T00:00:00Z', scenario: { format: 'gonadostat-scenario/0' } };
    storage.setItem(SAVES_KEY, JSON.stringify({ format: 'gonadostat-saves/1', saves: [broken] }));
    saveScenario(storage, getModel, 'Same', scenario, now);
    saveScenario(storage, getModel, 'Same', { ...scenario, days: 40 }, now);
    const raw = JSON.parse(storage.getItem(SAVES_KEY)!) as { saves: unknown[] };
    expect(raw.saves).toHaveLength(2);
    expect(raw.saves[0]).toEqual(broken);
    expect(readSaves(storage, getModel).saves.map((s) => s.scenario.days)).toEqual([40]);
  });

  it('refuses a save name of invisible characters', () => {
    expect(saveScenario(new MemoryStorage(), getModel, '\u200b', scenario, now)).toEqual({ ok: false, message: 'Give the save a name first.' });
  });

  it('says so when there is no storage at all', () => {
    expect(readSaves(null, getModel).problem).toMatch(/does not offer local storage/);
    expect(saveScenario(null, getModel, 'x', scenario, now).ok).toBe(false);
  });

  it('works through the store: save, reload from storage, open', async () => {
    const storage = new MemoryStorage();
    const store = await readyStore({ storage });
    store.getState().setDays(200);
    expect(store.getState().saveAs('Two hundred days')).toBe(true);
    expect(store.getState().status?.kind).toBe('success');
    const reloaded = await readyStore({ storage });
    expect(reloaded.getState().saves.saves.map((s) => s.name)).toEqual(['Two hundred days']);
    expect(reloaded.getState().loadSave('Two hundred days')).toBe(true);
    expect(reloaded.getState().scenario.days).toBe(200);
    expect(reloaded.getState().scenario.name).toBe('Two hundred days');
    expect(reloaded.getState().saveAs('   ')).toBe(false);
  });
});
