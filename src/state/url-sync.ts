/**
 * Keeps the location hash and the scenario in step: the page URL always holds
 * the current scenario (`#s=1.…`, see core/scenario/url-codec.ts), so copying
 * the address shares the exact scenario (rewritten 250 ms after the last
 * edit, so a drag does not rewrite it on every step). Opening such a link (or pasting one
 * into the address bar) restores it; a damaged or outdated link is reported,
 * the good scenario already shown is kept, and the address bar is set back to
 * it, so copying the address never re-shares the broken link.
 */
import { getModel } from '../core/model/registry';
import { decodeScenarioHash, encodeScenarioHash } from '../core/scenario/url-codec';
import type { AppStore } from './store';
import { defaultCursorDay } from './slices/view-slice';

/** The parts of `window` this module uses (tests pass a fake). */
export interface UrlHost {
  readonly location: { readonly hash: string; readonly href: string };
  readonly history: { replaceState(data: unknown, unused: string, url?: string): void };
  addEventListener(type: 'hashchange', listener: () => void): void;
  removeEventListener(type: 'hashchange', listener: () => void): void;
}

/** Applies the scenario of the current hash, if any. True when the hash held one and it was applied. */
export function applyHash(store: AppStore, hash: string): boolean {
  const decoded = decodeScenarioHash(hash, getModel);
  if (decoded === null) return false;
  const state = store.getState();
  if (!decoded.ok) {
    state.notify('error', `This link could not be opened: ${decoded.message}. Showing “${state.scenario.name}” instead.`);
    return false;
  }
  const ok = state.applyScenario(decoded.scenario, { presetId: null, message: `Opened the shared scenario “${decoded.scenario.name}”.` });
  if (ok) store.getState().setCursorDay(defaultCursorDay(decoded.scenario.days));
  return ok;
}

/** How long the URL waits after the last edit before it is rewritten, ms (a drag rewrites it once). */
export const URL_WRITE_DELAY_MS = 250;

/** Connects the store to the URL; returns a function that disconnects. */
export function connectUrlSync(store: AppStore, host: UrlHost): () => void {
  let written = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = (): void => {
    const hash = encodeScenarioHash(store.getState().scenario);
    if (hash === written) return;
    written = hash;
    const base = host.location.href.split('#')[0] ?? '';
    host.history.replaceState(null, '', `${base}${hash}`);
  };
  const onHashChange = (): void => {
    if (host.location.hash === written) return;
    clearTimeout(timer);
    applyHash(store, host.location.hash);
    // Whether the link opened or not, the address must show the scenario on screen: after a damaged
    // link the scenario is unchanged, so without this the broken hash would stay for "copy link" to re-share.
    written = host.location.hash;
    write();
  };
  applyHash(store, host.location.hash);
  write();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.scenario === previous.scenario) return;
    clearTimeout(timer);
    timer = setTimeout(write, URL_WRITE_DELAY_MS);
  });
  host.addEventListener('hashchange', onHashChange);
  return () => {
    clearTimeout(timer);
    unsubscribe();
    host.removeEventListener('hashchange', onHashChange);
  };
}
