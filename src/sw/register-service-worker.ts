/**
 * Registers the service worker (built by scripts/service-worker-plugin.ts as
 * /sw.js) so the app works offline after the first visit. Production builds
 * only: the dev server and vitest never register it, so a stale cache cannot
 * hide a code change while developing.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const register = (): void => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }).catch((error: unknown) => {
      console.warn(`Offline use is not available: ${error instanceof Error ? error.message : String(error)}`);
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
