/**
 * The service worker: makes Gonadostat work with no network after the first
 * visit (a classroom with flaky Wi-Fi), and lets a new deploy arrive without
 * ever blanking a page that is open. Built by scripts/service-worker-plugin.ts
 * into /sw.js, which defines the list of files to precache (every built file:
 * index.html, the hashed JS and CSS, the worker chunks, the icons and
 * manifest) and a cache version derived from their contents.
 *
 *   install   precache every file into `gonadostat-<version>`; a file that
 *             comes back as an HTML page where an asset was expected fails
 *             the install (a half-finished deploy), to be retried later.
 *             Then WAIT: open pages keep the worker, and the files, they
 *             started with. The page shows "a new version is ready — reload"
 *             (src/sw/register-service-worker.ts); its Reload button sends
 *             SKIP_WAITING, which activates this worker.
 *   activate  note the pages open now (they run the previous version), claim
 *             them, and keep the previous caches until none of those pages is
 *             left: an old page opening a lazily loaded view still finds its
 *             chunk.
 *   fetch     same-origin GETs from this version's cache, then from any older
 *             version's cache, then the network. Page navigations get this
 *             version's index.html, so any `?present=1`, `?embed=1` or `#s=…`
 *             address opens offline. A network answer is stored only when it
 *             is what was asked for: never an HTML page (a host's fallback
 *             for a missing file) under the address of a script or style.
 */
/// <reference lib="webworker" />

declare const __PRECACHE__: readonly string[];
declare const __CACHE_VERSION__: string;

const sw = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'gonadostat-';
const CACHE = `${PREFIX}${__CACHE_VERSION__}`;
/** Where the worker keeps its own notes (outside the `gonadostat-` caches): the pages of the previous version. */
const META_CACHE = 'gonadostat:service-worker';
const LEGACY_CLIENTS_KEY = 'legacy-clients';

/** Messages pages send. */
type PageMessage = { readonly type: 'SKIP_WAITING' } | { readonly type: 'PAGE_LOADED' };

const inScope = (path: string): string => new URL(path, sw.registration.scope).toString();

/** True when a response is an HTML page but the request was not for a page. */
function isStrayHtml(request: Request, response: Response): boolean {
  if (request.mode === 'navigate') return false;
  const path = new URL(request.url).pathname;
  if (path.endsWith('/') || path.endsWith('.html')) return false;
  return (response.headers.get('content-type') ?? '').includes('text/html');
}

async function precache(): Promise<void> {
  const cache = await caches.open(CACHE);
  await Promise.all(
    __PRECACHE__.map(async (path) => {
      const request = new Request(inScope(path), { cache: 'reload' });
      const response = await fetch(request);
      if (!response.ok || isStrayHtml(request, response)) throw new Error(`precache: ${path} is not available (${response.status})`);
      await cache.put(request, response);
    }),
  );
}

async function readLegacyClients(): Promise<string[]> {
  const meta = await caches.open(META_CACHE);
  const stored = await meta.match(LEGACY_CLIENTS_KEY);
  return stored === undefined ? [] : ((await stored.json()) as string[]);
}

async function writeLegacyClients(ids: readonly string[]): Promise<void> {
  const meta = await caches.open(META_CACHE);
  await meta.put(LEGACY_CLIENTS_KEY, new Response(JSON.stringify(ids), { headers: { 'content-type': 'application/json' } }));
}

/** Deletes the caches of earlier versions once no page that was open at activation is left. */
async function pruneOldCaches(): Promise<void> {
  const legacy = await readLegacyClients();
  const open = new Set((await sw.clients.matchAll({ type: 'window', includeUncontrolled: true })).map((c) => c.id));
  if (legacy.some((id) => open.has(id))) return;
  const keys = await caches.keys();
  await Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key)));
  if (legacy.length > 0) await writeLegacyClients([]);
}

sw.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const open = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
      await writeLegacyClients(open.map((c) => c.id));
      await sw.clients.claim();
      await pruneOldCaches();
    })(),
  );
});

sw.addEventListener('message', (event) => {
  const message = event.data as PageMessage | null;
  if (message?.type === 'SKIP_WAITING') event.waitUntil(sw.skipWaiting());
  else if (message?.type === 'PAGE_LOADED') event.waitUntil(pruneOldCaches());
});

/** This version's copy, else an earlier version's (an old page's chunk), else undefined. */
async function fromCaches(request: Request): Promise<Response | undefined> {
  // ignoreVary: module scripts send an Origin header that the precache requests did not,
  // and servers that answer with `Vary: Origin` would otherwise turn every hit into a miss.
  const current = await (await caches.open(CACHE)).match(request, { ignoreVary: true });
  if (current !== undefined) return current;
  const older = (await caches.keys()).filter((key) => key.startsWith(PREFIX) && key !== CACHE).reverse();
  for (const key of older) {
    const hit = await (await caches.open(key)).match(request, { ignoreVary: true });
    if (hit !== undefined) return hit;
  }
  return undefined;
}

async function respond(request: Request): Promise<Response> {
  if (request.mode === 'navigate') {
    const page = await (await caches.open(CACHE)).match(inScope('index.html'), { ignoreVary: true });
    if (page !== undefined) return page;
  }
  const hit = await fromCaches(request);
  if (hit !== undefined) return hit;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic' && !isStrayHtml(request, response)) {
    await (await caches.open(CACHE)).put(request, response.clone());
  }
  return response;
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== sw.location.origin) return;
  event.respondWith(respond(request));
});
