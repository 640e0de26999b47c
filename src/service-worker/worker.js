/*
 * The service worker that keeps a complete copy of the site for offline use.
 *
 * Not bundled by Astro: src/service-worker/write.mjs puts PRECACHE_MANIFEST (every file the site
 * loads, each with a content revision) in front of this file and writes the result to dist/sw.js.
 *
 * - Install stores every file whose revision is not stored yet, so an update downloads only what changed.
 *   The running version keeps its own files until the new one takes over.
 * - Activate deletes stored files (and caches) the new version no longer lists.
 * - Fetch answers same-origin GET requests for listed files from the store, whatever their query string
 *   (Pagefind asks for pagefind-entry.json?ts=…, the search page for /search/?q=…). Everything else goes
 *   to the network untouched and is never stored. Offline, an unknown page gets the stored 404 page.
 * - A page asks a waiting new version to take over by posting { type: 'SKIP_WAITING' }.
 */
/* global PRECACHE_MANIFEST */

const CACHE_PREFIX = 'sg-';
const PRECACHE = 'sg-precache';
const REVISION_PARAM = '__sg_revision';

/** Address path ("/modules/") to the key its current revision is stored under. */
const storedAs = new Map(
  PRECACHE_MANIFEST.map(({ url, revision }) => [url, new URL(`${url}?${REVISION_PARAM}=${revision}`, self.location.origin).href]),
);

self.addEventListener('install', (event) => {
  event.waitUntil(storeMissingFiles());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHE_PREFIX) && name !== PRECACHE) await caches.delete(name);
      }
      const cache = await caches.open(PRECACHE);
      const current = new Set(storedAs.values());
      for (const request of await cache.keys()) {
        if (!current.has(request.url)) await cache.delete(request);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  // Never answer a POST (or any other method) from the store.
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // Never touch another origin's requests; the browser handles them as if there were no worker.
  if (url.origin !== self.location.origin) return;
  const key = keyFor(url.pathname);
  if (key) event.respondWith(fromStore(request, key));
  else if (request.mode === 'navigate') event.respondWith(fromNetwork(request));
});

/** The stored key for an address path, accepting "/modules", "/modules/" and "/modules/index.html". */
function keyFor(pathname) {
  return (
    storedAs.get(pathname) ??
    (pathname.endsWith('/index.html') ? storedAs.get(pathname.slice(0, -'index.html'.length)) : undefined) ??
    (pathname.endsWith('/') ? undefined : storedAs.get(`${pathname}/`))
  );
}

async function storeMissingFiles() {
  const cache = await caches.open(PRECACHE);
  const stored = new Set((await cache.keys()).map((request) => request.url));
  const missing = [...storedAs].filter(([, key]) => !stored.has(key));
  // A few at a time, so a slow connection is not flooded. One failure fails the install; what was
  // stored stays, so the next attempt fetches only the rest.
  const queue = missing.slice();
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [url, key] = next;
      const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin', redirect: 'follow' });
      if (!response.ok) throw new Error(`Cannot store ${url} for offline use: HTTP ${response.status}`);
      await cache.put(key, await storable(response));
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
}

/** Browsers refuse a redirected response for a navigation, so keep only the final body and headers. */
async function storable(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
}

async function fromStore(request, key) {
  const cache = await caches.open(PRECACHE);
  const stored = await cache.match(key);
  if (stored) return stored;
  return fromNetwork(request);
}

async function fromNetwork(request) {
  try {
    return await fetch(request);
  } catch (error) {
    if (request.mode !== 'navigate') throw error;
    const notFound = await caches.match(storedAs.get('/404.html'));
    if (!notFound) throw error;
    return new Response(notFound.body, { status: 404, statusText: 'Not Found', headers: notFound.headers });
  }
}
