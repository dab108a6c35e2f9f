/**
 * Registers the service worker (built by scripts/service-worker-plugin.ts as
 * /sw.js) so the app works offline after the first visit, and tells the page
 * when a new version has been deployed. Production builds only: the dev server
 * and vitest never register it, so a stale cache cannot hide a code change
 * while developing.
 *
 * Updates (see src/sw/service-worker.ts): a new worker installs beside the one
 * serving this page and waits. The page then shows "a new version is ready —
 * reload" (./update-status.ts). Reload sends SKIP_WAITING to the waiting worker
 * and reloads once it has taken over. Another tab that did not ask keeps
 * running; its controller changes, so it shows the same prompt, and the new
 * worker keeps the old files for it until it has moved on. The page checks for
 * a new version every 30 minutes and whenever it becomes visible again.
 */
import { markUpdateReady } from './update-status';

/** Least time between two update checks, ms. */
const CHECK_INTERVAL_MS = 30 * 60 * 1000;

function watch(registration: ServiceWorkerRegistration): void {
  const container = navigator.serviceWorker;
  let reloadWhenTakenOver = false;
  const activateAndReload = (): void => {
    const waiting = registration.waiting;
    if (waiting === null) {
      window.location.reload();
      return;
    }
    reloadWhenTakenOver = true;
    waiting.postMessage({ type: 'SKIP_WAITING' });
  };
  // A page opened before any worker existed gets its first controller by claim: not an update.
  let hadController = container.controller !== null;
  container.addEventListener('controllerchange', () => {
    if (reloadWhenTakenOver) window.location.reload();
    else if (hadController) markUpdateReady(activateAndReload);
    hadController = true;
  });
  const onWaiting = (): void => {
    if (registration.waiting !== null && container.controller !== null) markUpdateReady(activateAndReload);
  };
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') onWaiting();
    });
  });
  onWaiting();
  container.controller?.postMessage({ type: 'PAGE_LOADED' });

  let lastCheck = Date.now();
  const check = (): void => {
    lastCheck = Date.now();
    registration.update().catch(() => {
      // Offline or the server is down: try again at the next check.
    });
  };
  window.setInterval(check, CHECK_INTERVAL_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && Date.now() - lastCheck > 60_000) check();
  });
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const register = (): void => {
    navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
      .then(watch)
      .catch((error: unknown) => {
        console.warn(`Offline use is not available: ${error instanceof Error ? error.message : String(error)}`);
      });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
