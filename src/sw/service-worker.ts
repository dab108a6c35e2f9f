/**
 * The service worker: makes Gonadostat work with no network after the first
 * visit (a classroom with flaky Wi-Fi). Built by
 * scripts/service-worker-plugin.ts into /sw.js, which defines the list of
 * files to precache (every built file: index.html, the hashed JS and CSS, the
 * worker chunks, the icons and manifest) and a cache version derived from
 * their contents.
 *
 *   install   precache every file into `gonadostat-<version>`, then take over
 *             at once (skipWaiting): the files are content-hashed, so an old
 *             page keeps working with the chunks it already loaded;
 *   activate  delete every other `gonadostat-*` cache, claim open pages;
 *   fetch     same-origin GETs cache-first (network on a miss, stored for next
 *             time); page navigations get the cached index.html, so any
 *             `?present=1`, `?embed=1` or `#s=…` address opens offline.
 */
/// <reference lib="webworker" />

declare const __PRECACHE__: readonly string[];
declare const __CACHE_VERSION__: string;

const sw = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'gonadostat-';
const CACHE = `${PREFIX}${__CACHE_VERSION__}`;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(__PRECACHE__.map((path) => new URL(path, sw.registration.scope).toString())))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => sw.clients.claim()),
  );
});

async function fromCacheOrNetwork(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  if (request.mode === 'navigate') {
    const page = await cache.match(new URL('index.html', sw.registration.scope).toString(), { ignoreVary: true });
    if (page !== undefined) return page;
  }
  // ignoreVary: module scripts send an Origin header that the precache requests did not,
  // and servers that answer with `Vary: Origin` would otherwise turn every hit into a miss.
  const hit = await cache.match(request, { ignoreVary: true });
  if (hit !== undefined) return hit;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== sw.location.origin) return;
  event.respondWith(fromCacheOrNetwork(request));
});
