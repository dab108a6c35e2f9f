/**
 * Named saves in the browser's localStorage, under one key holding a
 * versioned envelope:
 *
 *   gonadostat:saves = {"format":"gonadostat-saves/1","saves":[{"name","savedAt","scenario"}…]}
 *
 * where each `scenario` is a scenario file's JSON (the CLI's format). Nothing
 * is lost silently: a save is confirmed only after it has been read back and
 * round-trips; a full store (QuotaExceededError) or a corrupted envelope is
 * reported; entries that cannot be read (no name, no save time, a scenario
 * that no longer validates, not a save at all) are listed under "could not be
 * read" with their problem and kept untouched through every later save and
 * delete, until the user exports or deletes them (save-entries.ts); a
 * corrupted envelope is copied to a backup key before the first new save
 * replaces it.
 */
import type { ModelCatalogue } from '../core/scenario/catalogue';
import { serializeScenario, toCanonicalJson } from '../core/scenario/serialize';
import { hasVisibleCharacter } from '../core/scenario/schema';
import type { Scenario } from '../core/scenario/types';
import { entryId, readableName, sortEntries, type SavedScenario, type UnreadableSave } from './save-entries';
import { backUp, describeFormat, readStoredJson, writeRefusal } from './stored-envelope';

export type { SavedScenario, UnreadableSave } from './save-entries';

/** The localStorage key of the envelope. */
export const SAVES_KEY = 'gonadostat:saves';
/** Where a corrupted envelope is kept before it is replaced. */
export const SAVES_BACKUP_KEY = 'gonadostat:saves:backup';
/** Envelope format tag. */
export const SAVES_FORMAT = 'gonadostat-saves/1';
/** Longest save name, characters. */
export const MAX_SAVE_NAME = 80;

/** What the store holds. `problem` is set when the envelope itself cannot be read. */
export interface SavesSnapshot {
  readonly saves: readonly SavedScenario[];
  readonly unreadable: readonly UnreadableSave[];
  readonly problem: string | null;
}

/** The outcome of a write. */
export type SaveOutcome = { readonly ok: true; readonly snapshot: SavesSnapshot; readonly note?: string } | { readonly ok: false; readonly message: string };

/** The stored list as it is: every entry, readable or not. */
type Envelope = { ok: true; entries: unknown[] } | { ok: false; problem: string; raw: string };

function readEnvelope(storage: Storage): Envelope {
  const stored = readStoredJson(storage, SAVES_KEY);
  if (stored.kind === 'refused') return { ok: false, problem: `the browser does not allow reading saved scenarios (${String(stored.error)})`, raw: '' };
  if (stored.kind === 'absent') return { ok: true, entries: [] };
  if (stored.kind === 'not-json') return { ok: false, problem: 'the saved scenarios in this browser are corrupted (not valid JSON)', raw: stored.raw };
  const { raw, value, format } = stored;
  if (format !== SAVES_FORMAT) {
    return { ok: false, problem: `the saved scenarios are in an unknown format (${describeFormat(format)}; this version reads ${SAVES_FORMAT})`, raw };
  }
  const saves = (value as { saves?: unknown }).saves;
  if (!Array.isArray(saves)) return { ok: false, problem: 'the saved scenarios are corrupted (no list of saves)', raw };
  return { ok: true, entries: saves };
}

/** Reads every save. Never throws: problems are in the snapshot. */
export function readSaves(storage: Storage | null, catalogue: ModelCatalogue): SavesSnapshot {
  if (storage === null) return { saves: [], unreadable: [], problem: 'this browser does not offer local storage, so scenarios cannot be saved here (download a scenario file instead)' };
  const envelope = readEnvelope(storage);
  return envelope.ok ? { ...sortEntries(envelope.entries, catalogue), problem: null } : { saves: [], unreadable: [], problem: envelope.problem };
}

function writeEntries(storage: Storage, entries: readonly unknown[]): string | null {
  try {
    storage.setItem(SAVES_KEY, JSON.stringify({ format: SAVES_FORMAT, saves: entries }));
    return null;
  } catch (error) {
    return writeRefusal(error);
  }
}

/**
 * Saves `scenario` under `name` (replacing a save of that name), then reads it
 * back; succeeds only if the stored scenario equals the one given.
 */
export function saveScenario(storage: Storage | null, catalogue: ModelCatalogue, name: string, scenario: Scenario, now: Date): SaveOutcome {
  const trimmed = name.trim();
  if (!hasVisibleCharacter(trimmed)) return { ok: false, message: 'Give the save a name first.' };
  if (trimmed.length > MAX_SAVE_NAME) return { ok: false, message: `A save name can have at most ${MAX_SAVE_NAME} characters.` };
  if (storage === null) return { ok: false, message: `Not saved: ${readSaves(null, catalogue).problem ?? ''}.` };
  const envelope = readEnvelope(storage);
  let note: string | undefined;
  let entries: unknown[];
  if (envelope.ok) entries = envelope.entries;
  else {
    // Keep the unreadable data under a backup key before replacing it, so it is never silently lost.
    const backupFailure = backUp(storage, SAVES_BACKUP_KEY, envelope.raw);
    if (backupFailure !== null) return { ok: false, message: `Not saved: ${envelope.problem}, and it could not be backed up first (${backupFailure}).` };
    entries = [];
    note = `The earlier, unreadable saves were kept under “${SAVES_BACKUP_KEY}” in this browser’s storage.`;
  }
  const entry = { name: trimmed, savedAt: now.toISOString(), scenario: toCanonicalJson(scenario) };
  // Only a readable save of the same name is replaced; entries that could not be read stay.
  const next = [...entries.filter((e) => !(readableName(e) === trimmed && isReadable(e, catalogue))), entry];
  const failure = writeEntries(storage, next);
  if (failure !== null) return { ok: false, message: `Not saved: ${failure}. Delete older saves, or download the scenario as a file.` };
  const back = readSaves(storage, catalogue);
  const stored = back.saves.find((s) => s.name === trimmed);
  if (stored === undefined || serializeScenario(stored.scenario) !== serializeScenario(scenario)) {
    return { ok: false, message: 'Not saved: the browser did not keep the scenario intact. Download it as a file instead.' };
  }
  return note === undefined ? { ok: true, snapshot: back } : { ok: true, snapshot: back, note };
}

function isReadable(entry: unknown, catalogue: ModelCatalogue): boolean {
  return sortEntries([entry], catalogue).saves.length === 1;
}

/** Rewrites the list without the entries `drop` picks; every other entry is kept as stored. */
function deleteWhere(storage: Storage | null, catalogue: ModelCatalogue, drop: (entry: unknown) => boolean): SaveOutcome {
  if (storage === null) return { ok: false, message: 'Local storage is not available.' };
  const envelope = readEnvelope(storage);
  if (!envelope.ok) return { ok: false, message: `Not deleted: ${envelope.problem}.` };
  const failure = writeEntries(storage, envelope.entries.filter((e) => !drop(e)));
  if (failure !== null) return { ok: false, message: `Not deleted: ${failure}.` };
  return { ok: true, snapshot: readSaves(storage, catalogue) };
}

/** Deletes the readable save called `name`; entries that could not be read are kept. */
export function deleteSave(storage: Storage | null, catalogue: ModelCatalogue, name: string): SaveOutcome {
  return deleteWhere(storage, catalogue, (e) => readableName(e) === name && isReadable(e, catalogue));
}

/** Deletes one entry that could not be read, by its id (UnreadableSave.id). */
export function deleteUnreadableSave(storage: Storage | null, catalogue: ModelCatalogue, id: string): SaveOutcome {
  let deleted = false;
  // Only the first entry with this id: two identical broken entries are deleted one at a time.
  return deleteWhere(storage, catalogue, (e) => {
    if (deleted || entryId(e) !== id || isReadable(e, catalogue)) return false;
    deleted = true;
    return true;
  });
}
