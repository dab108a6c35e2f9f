/**
 * Plumbing shared by the stores that keep one versioned JSON envelope under a
 * localStorage key (named saves in saved-scenarios.ts, lesson progress in
 * lesson-progress.ts): reading the key without throwing, copying unreadable
 * data to a backup key before it is replaced, and naming why the browser
 * refused a write. Each store words its own messages and checks its own
 * contents.
 */

/** What a key holds: nothing, text that is not JSON, or JSON with its `format` tag (if any). */
export type StoredJson =
  | { readonly kind: 'absent' }
  | { readonly kind: 'refused'; readonly error: unknown }
  | { readonly kind: 'not-json'; readonly raw: string }
  | { readonly kind: 'json'; readonly raw: string; readonly value: unknown; readonly format: unknown };

/** Reads and parses `key`. Never throws: a browser that refuses the read gives 'refused'. */
export function readStoredJson(storage: Storage, key: string): StoredJson {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch (error) {
    return { kind: 'refused', error };
  }
  if (raw === null) return { kind: 'absent' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'not-json', raw };
  }
  const format = typeof value === 'object' && value !== null ? (value as { format?: unknown }).format : undefined;
  return { kind: 'json', raw, value, format };
}

/** How a format tag reads in a message: the tag, or "no format tag". */
export function describeFormat(format: unknown): string {
  return typeof format === 'string' ? format : 'no format tag';
}

/** Whether a storage write failed because the site's storage is full. */
export function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22);
}

/** Why the browser refused a write, to end a sentence ("Not saved: …"). */
export function writeRefusal(error: unknown): string {
  return isQuotaError(error) ? 'the browser’s storage for this site is full' : `the browser refused to store it (${String(error)})`;
}

/** Copies unreadable data to `backupKey` before it is replaced; null, or in a few words why that failed. */
export function backUp(storage: Storage, backupKey: string, raw: string): string | null {
  try {
    storage.setItem(backupKey, raw);
    return null;
  } catch (error) {
    return isQuotaError(error) ? 'storage is full' : String(error);
  }
}
