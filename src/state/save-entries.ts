/**
 * Sorting the stored save entries into those that can be opened and those
 * that could not be read. Nothing is filtered away: an entry with no name, a
 * save time that is not text, a scenario that no longer validates, or an
 * entry that is not even an object is listed under "could not be read", with
 * the reason, its raw JSON for export, and an id to delete it by. It stays in
 * storage, untouched, until the user deletes it.
 */
import type { ModelCatalogue } from '../core/scenario/catalogue';
import { summarizeIssues } from '../core/scenario/issue';
import { hasVisibleCharacter } from '../core/scenario/schema';
import type { Scenario } from '../core/scenario/types';
import { parseScenario } from '../core/scenario/validate';

/** A save that reads back as a valid scenario. */
export interface SavedScenario {
  readonly name: string;
  /** ISO 8601 time of saving. */
  readonly savedAt: string;
  readonly scenario: Scenario;
}

/** A stored entry that could not be read: kept in storage, listed with its problem, exportable. */
export interface UnreadableSave {
  /** Identifies the entry for deletion: its JSON text as stored. */
  readonly id: string;
  /** The save's name if it has one, else "Save N" (its place in the list). */
  readonly label: string;
  readonly problem: string;
  /** The entry as stored, for export. */
  readonly raw: unknown;
}

/** The stored entries, sorted. */
export interface SortedEntries {
  readonly saves: SavedScenario[];
  readonly unreadable: UnreadableSave[];
}

/** The JSON text that identifies a stored entry. */
export function entryId(entry: unknown): string {
  return JSON.stringify(entry) ?? 'undefined';
}

/** The name of a readable save entry, or undefined (used to replace a save of the same name). */
export function readableName(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return undefined;
  const name = (entry as { name?: unknown }).name;
  return typeof name === 'string' && hasVisibleCharacter(name) ? name : undefined;
}

function problemsOf(entry: unknown, catalogue: ModelCatalogue): { problem: string } | { save: SavedScenario } {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    return { problem: `the stored entry is ${entry === null ? 'null' : Array.isArray(entry) ? 'a list' : `a ${typeof entry}`}, not a save` };
  }
  const { name, savedAt, scenario } = entry as { name?: unknown; savedAt?: unknown; scenario?: unknown };
  const problems: string[] = [];
  if (typeof name !== 'string' || !hasVisibleCharacter(name)) problems.push('it has no name');
  if (typeof savedAt !== 'string') problems.push('its save time is missing');
  const parsed = parseScenario(scenario, catalogue);
  if (!parsed.ok) problems.push(scenario === undefined ? 'it holds no scenario' : `its scenario is not valid: ${summarizeIssues(parsed.errors, parsed.errorCount)}`);
  if (problems.length > 0 || !parsed.ok) return { problem: problems.join('; ') };
  return { save: { name: name as string, savedAt: savedAt as string, scenario: parsed.scenario } };
}

/** Sorts stored entries into readable saves and unreadable ones (see the file header). */
export function sortEntries(entries: readonly unknown[], catalogue: ModelCatalogue): SortedEntries {
  const saves: SavedScenario[] = [];
  const unreadable: UnreadableSave[] = [];
  entries.forEach((entry, index) => {
    const outcome = problemsOf(entry, catalogue);
    if ('save' in outcome) saves.push(outcome.save);
    else unreadable.push({ id: entryId(entry), label: readableName(entry) ?? `Save ${index + 1}`, problem: outcome.problem, raw: entry });
  });
  return { saves, unreadable };
}
