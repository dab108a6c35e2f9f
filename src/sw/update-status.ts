/**
 * Whether a new version of the app is waiting, as a tiny external store that
 * React reads with useSyncExternalStore (src/ui/UpdatePrompt.tsx). The service
 * worker registration (./register-service-worker.ts) writes it; nothing here
 * touches the service worker API, so it runs anywhere (tests, dev server).
 */

/** 'none': this page runs the newest version it knows of; 'ready': a newer one is waiting for a reload. */
export type UpdateState = 'none' | 'ready';

let state: UpdateState = 'none';
let apply: () => void = () => window.location.reload();
const listeners = new Set<() => void>();

/** The current state (useSyncExternalStore's getSnapshot). */
export function getUpdateState(): UpdateState {
  return state;
}

/** Calls `listener` on every change; returns the unsubscribe function. */
export function subscribeToUpdates(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Records that a new version is ready; `applyUpdate` will then run `how` (activate it and reload). */
export function markUpdateReady(how: () => void): void {
  apply = how;
  if (state === 'ready') return;
  state = 'ready';
  for (const listener of listeners) listener();
}

/** Moves this page to the newest version: activates the waiting one if any, then reloads. */
export function applyUpdate(): void {
  apply();
}
