/**
 * What to tell a user when a view fails to render (ViewBoundary.tsx). The
 * usual cause after a deploy is a lazily loaded chunk that no longer exists:
 * the browser then reports a failed dynamic import or a module served as an
 * HTML page, in words that differ between browsers.
 */

/** Browser messages for a script chunk that could not be loaded (Chromium, Firefox, Safari). */
const CHUNK_FAILURE = /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Failed to fetch|MIME type|Loading chunk/i;

/** True when the error says a piece of the app's code could not be loaded. */
export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && CHUNK_FAILURE.test(`${error.name}: ${error.message}`);
}

/** One or two sentences for the user: what happened and what reloading will do. */
export function describeViewError(error: unknown): string {
  if (isChunkLoadError(error)) {
    return 'Part of Gonadostat could not be loaded: a newer version has probably been published since this page was opened. Reload to get it; your scenario is kept in the address.';
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Something went wrong while showing it (${detail.slice(0, 300)}). The rest of the page still works; reloading usually helps, and your scenario is kept in the address.`;
}
