// @vitest-environment happy-dom
/**
 * Issue 13, case 4: stored saves without a string name or savedAt were
 * filtered out of the list and deleted on the next Save or Delete. Here each
 * field of a stored save is corrupted in turn (src/state/save-entries.ts and
 * saved-scenarios.ts): every corrupted entry is listed as "could not be read"
 * with its problem, can be exported as stored, survives saving and deleting
 * other saves byte for byte, and goes only when the user deletes it.
 */
import { describe, expect, it } from 'vitest';
import { getModel } from '../../src/core/model/registry';
import { DEFAULT_PRESET } from '../../src/core/scenario/presets';
import { toCanonicalJson } from '../../src/core/scenario/serialize';
import { deleteSave, deleteUnreadableSave, readSaves, SAVES_KEY, saveScenario } from '../../src/state/saved-scenarios';
import { sortEntries } from '../../src/state/save-entries';
import { MemoryStorage, readyStore } from './helpers';

const now = new Date('2026-03-04T05:06:07Z');
const scenario = DEFAULT_PRESET.scenario;
const good = { name: 'Good', savedAt: '2026-01-01T00:00:00.000Z', scenario: toCanonicalJson(scenario) };

/** Values that break a field: missing, the wrong type, empty or invisible. */
const BROKEN_VALUES: readonly [string, unknown][] = [
  ['missing', undefined],
  ['null', null],
  ['a number', 42],
  ['an object', { nested: true }],
  ['a list', ['x']],
  ['empty text', ''],
  ['a zero-width space', '\u200b'],
];

/** Each stored entry with one field broken (or the entry itself replaced). */
const CORRUPTED: readonly [string, unknown][] = [
  ...BROKEN_VALUES.map(([what, value]): [string, unknown] => [`the entry is ${what}`, value]),
  ...(['name', 'savedAt', 'scenario'] as const).flatMap((field) =>
    BROKEN_VALUES.filter(([, value]) => !(field === 'savedAt' && typeof value === 'string')).map(([what, value]): [string, unknown] => {
      const entry: Record<string, unknown> = { name: `Broken ${field}`, savedAt: '2026-02-02T00:00:00.000Z', scenario: toCanonicalJson({ ...scenario, days: 77 }) };
      if (value === undefined) delete entry[field];
      else entry[field] = value;
      return [`${field} is ${what}`, entry];
    }),
  ),
  ['the scenario no longer validates', { name: 'Outdated', savedAt: '2026-02-02T00:00:00.000Z', scenario: { ...toCanonicalJson(scenario) as object, days: -1 } }],
];

function storedWith(entry: unknown): MemoryStorage {
  const storage = new MemoryStorage();
  storage.setItem(SAVES_KEY, JSON.stringify({ format: 'gonadostat-saves/1', saves: [good, entry] }));
  return storage;
}

/** The corrupted entry as it sits in storage now (JSON round trip drops `undefined`). */
const storedEntries = (storage: MemoryStorage): unknown[] => (JSON.parse(storage.getItem(SAVES_KEY)!) as { saves: unknown[] }).saves;

describe.each(CORRUPTED)('a stored save where %s', (_what, corrupted) => {
  const asStored: unknown = JSON.parse(JSON.stringify([corrupted]))[0];

  it('is listed as could not be read, with its problem and its stored JSON for export', () => {
    const snapshot = readSaves(storedWith(corrupted), getModel);
    expect(snapshot.saves.map((s) => s.name)).toEqual(['Good']);
    expect(snapshot.unreadable).toHaveLength(1);
    expect(snapshot.unreadable[0]!.problem).not.toBe('');
    expect(snapshot.unreadable[0]!.raw).toEqual(asStored);
    expect(snapshot.unreadable[0]!.label).not.toBe('');
  });

  it('survives saving another scenario and deleting another save, untouched', () => {
    const storage = storedWith(corrupted);
    expect(saveScenario(storage, getModel, 'New', { ...scenario, days: 30 }, now).ok).toBe(true);
    expect(saveScenario(storage, getModel, 'Good', { ...scenario, days: 31 }, now).ok).toBe(true);
    expect(deleteSave(storage, getModel, 'New').ok).toBe(true);
    expect(storedEntries(storage)).toContainEqual(asStored);
    expect(readSaves(storage, getModel).unreadable.map((u) => u.raw)).toEqual([asStored]);
  });

  it('goes only when the user deletes it', () => {
    const storage = storedWith(corrupted);
    const [entry] = readSaves(storage, getModel).unreadable;
    const outcome = deleteUnreadableSave(storage, getModel, entry!.id);
    expect(outcome.ok && outcome.snapshot.unreadable).toEqual([]);
    expect(readSaves(storage, getModel).saves.map((s) => s.name)).toEqual(['Good']);
  });
});

describe('sortEntries', () => {
  it('labels unnamed entries by their place and names every problem', () => {
    const { unreadable } = sortEntries([good, { savedAt: 5 }], getModel);
    expect(unreadable).toEqual([{ id: '{"savedAt":5}', label: 'Save 2', problem: 'it has no name; its save time is missing; it holds no scenario', raw: { savedAt: 5 } }]);
  });
});

describe('through the store', () => {
  it('lists, keeps and deletes an unreadable save', async () => {
    const storage = storedWith({ name: 'Broken', scenario: toCanonicalJson(scenario) });
    const store = await readyStore({ storage });
    expect(store.getState().saves.unreadable.map((u) => u.label)).toEqual(['Broken']);
    expect(store.getState().saveAs('Another')).toBe(true);
    expect(store.getState().saves.unreadable.map((u) => u.label)).toEqual(['Broken']);
    expect(store.getState().deleteUnreadableSave(store.getState().saves.unreadable[0]!.id)).toBe(true);
    expect(store.getState().saves.unreadable).toEqual([]);
    expect(store.getState().saves.saves.map((s) => s.name)).toEqual(['Good', 'Another']);
  });
});
