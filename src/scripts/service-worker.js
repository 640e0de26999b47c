/*
 * The service worker that keeps a complete copy of the site for offline use.
 *
 * Not bundled by Astro: scripts/write-service-worker.mjs puts PRECACHE_MANIFEST (every file the site
 * loads, each with a content revision: the start of its SHA-256) in front of this file and writes the
 * result to dist/sw.js.
 *
 * - Nothing is stored, or served from the store, unless its content matches the revision the manifest
 *   gives it. A host can send a file cut short with status 200 (a deploy still copying files): such a
 *   file is never stored, and is fetched again later. A stored copy is checked again before this
 *   worker first serves it, so a damaged one is dropped and fetched afresh from the host.
 * - Install stores every file whose revision is not stored yet, so an update downloads only what
 *   changed. One file that cannot be stored fails the install (so no incomplete copy ever takes
 *   over); what was stored stays, and the next visit fetches only the rest. The page says so.
 * - The files of an older version are kept while a tab opened under that version may still ask for
 *   them (its search loads index files by name), and deleted once no such tab is left.
 * - Fetch answers same-origin GET requests for listed files from the store, whatever their query string
 *   (Pagefind asks for pagefind-entry.json?ts=…, the search page for /search/?q=…). Other requests go
 *   to the network and are never stored; offline, or when the host no longer has an older version's
 *   file, a stored copy from that version answers. Offline, an unknown page gets the stored 404 page.
 * - A page asks a waiting new version to take over by posting { type: 'SKIP_WAITING' }.
 *
 * Workbox could do the hashing and the precaching, but its runtime is several times the size of this
 * file and it checks revisions only by key, not by content, so it would not catch a file cut short.
 */
/* global PRECACHE_MANIFEST */

const CACHE_PREFIX = 'sg-';
const PRECACHE = 'sg-precache';
const REVISION_PARAM = '__sg_revision';

/** Address path ("/modules/") to the key its current revision is stored under. */
const storedAs = new Map(PRECACHE_MANIFEST.map(({ url, revision }) => [url, keyOf(url, revision)]));
/** Stored key to the revisions its content may have (a gzip file may arrive unpacked). */
const accepted = new Map(PRECACHE_MANIFEST.map(({ url, revision, unpacked }) => [keyOf(url, revision), unpacked ? [revision, unpacked] : [revision]]));
const current = new Set(storedAs.values());
/** Window clients whose page this worker served: they do not need an older version's files. */
const served = new Set();

function keyOf(url, revision) {
  return new URL(`${url}?${REVISION_PARAM}=${revision}`, self.location.origin).href;
}

self.addEventListener('install', (event) => {
  event.waitUntil(storeMissingFiles());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHE_PREFIX) && name !== PRECACHE) await caches.delete(name);
      }
      await self.clients.claim();
      await removeOlderFiles();
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
  if (request.mode === 'navigate') {
    if (event.resultingClientId) served.add(event.resultingClientId);
    // Once the page this navigation leaves has gone, which takes a moment.
    event.waitUntil(new Promise((resolve) => setTimeout(resolve, 3000)).then(removeOlderFiles));
  }
  if (key) event.respondWith(fromStore(request, key));
  else if (request.mode === 'navigate') event.respondWith(fromNetwork(request));
  else event.respondWith(fromNetworkOrOlderVersion(request));
});

/** The stored key for an address path, accepting "/modules", "/modules/" and "/modules/index.html". */
function keyFor(pathname) {
  return (
    storedAs.get(pathname) ??
    (pathname.endsWith('/index.html') ? storedAs.get(pathname.slice(0, -'index.html'.length)) : undefined) ??
    (pathname.endsWith('/') ? undefined : storedAs.get(`${pathname}/`))
  );
}

/** The revisions a stored key's content may have: the manifest's, or for an older version's file, its key's. */
function revisionsFor(key) {
  return accepted.get(key) ?? [new URL(key).searchParams.get(REVISION_PARAM)];
}

/** The start of the SHA-256 of some bytes, as the build writes revisions. */
async function revisionOfBytes(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A copy of the response fit to store under `key`, or undefined when its content does not match
 * the key's revision (cut short, damaged, or from another version) or the host answered an error.
 * Only the final body and type are kept: browsers refuse a redirected response for a navigation,
 * and the body is already unpacked, so the encoding and length headers no longer apply.
 */
async function verified(response, key) {
  if (!response.ok) return undefined;
  const bytes = await response.arrayBuffer();
  if (!revisionsFor(key).includes(await revisionOfBytes(bytes))) return undefined;
  const headers = new Headers(response.headers);
  headers.delete('Content-Encoding');
  headers.delete('Content-Length');
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers });
}

async function storeMissingFiles() {
  const cache = await caches.open(PRECACHE);
  const stored = new Set((await cache.keys()).map((request) => request.url));
  const queue = [...storedAs].filter(([, key]) => !stored.has(key));
  // A few at a time, so a slow connection is not flooded. One failure fails the install; what was
  // stored stays, so the next attempt fetches only the rest.
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [url, key] = next;
      let good;
      // A second try skips any cache on the way, in case the first answer was a stale, cut-short copy.
      for (const mode of ['no-cache', 'reload']) {
        const response = await fetch(url, { cache: mode, credentials: 'same-origin', redirect: 'follow' });
        good = await verified(response, key);
        if (good) break;
        if (!response.ok) throw new Error(`Cannot store ${url} for offline use: HTTP ${response.status}. It will be fetched again at the next visit.`);
      }
      if (!good) throw new Error(`Cannot store ${url} for offline use: its content does not match this version (the host may still be copying files). It will be fetched again at the next visit.`);
      await cache.put(key, good);
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
}

/**
 * The stored copy under `key`, if it is sound; a damaged one is deleted. Checked on every use (a
 * SHA-256 of a page takes about a millisecond): a copy stored by an older worker, or damaged on
 * disk, is never trusted blindly.
 */
async function soundCopy(cache, key) {
  const stored = await cache.match(key);
  if (!stored) return undefined;
  if (await verified(stored.clone(), key)) return stored;
  await cache.delete(key);
  return undefined;
}

async function fromStore(request, key) {
  const cache = await caches.open(PRECACHE);
  const stored = await soundCopy(cache, key);
  if (stored) return stored;
  // Missing or damaged: ask the host, and store its answer only if it is this version's file.
  let response;
  try {
    response = await fetch(request);
  } catch (error) {
    const older = await olderVersion(request);
    if (older) return older;
    await reportMissing(request);
    return offlineFallback(request, error);
  }
  const good = await verified(response.clone(), key);
  if (good) await cache.put(key, good);
  return response;
}

/** A file the current version does not list: the host's, or else one an older version stored. */
async function fromNetworkOrOlderVersion(request) {
  try {
    const response = await fetch(request);
    if (response.ok) return response;
    const older = await olderVersion(request);
    if (older) return older;
    await reportMissing(request);
    return response;
  } catch (error) {
    const older = await olderVersion(request);
    if (older) return older;
    await reportMissing(request);
    throw error;
  }
}

/**
 * Tells the open pages that a file could not be had from the host or the store. Pagefind loads its
 * index inside a worker of its own and shows a failure there only as "No results", so the search
 * page listens for this to say that search is not working instead.
 */
async function reportMissing(request) {
  const path = new URL(request.url).pathname;
  for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage({ type: 'sg-missing', path });
}

/** A sound stored copy of the same address from any version, for a tab still on an older one. */
async function olderVersion(request) {
  const cache = await caches.open(PRECACHE);
  const path = new URL(request.url).pathname;
  for (const stored of await cache.keys(path, { ignoreSearch: true })) {
    const copy = await soundCopy(cache, stored.url);
    if (copy) return copy;
  }
  return undefined;
}

async function fromNetwork(request) {
  try {
    return await fetch(request);
  } catch (error) {
    return offlineFallback(request, error);
  }
}

async function offlineFallback(request, error) {
  if (request.mode !== 'navigate') throw error;
  const notFound = await caches.match(storedAs.get('/404.html'));
  if (!notFound) throw error;
  return new Response(notFound.body, { status: 404, statusText: 'Not Found', headers: notFound.headers });
}

/**
 * Deletes the files an older version stored, once no open tab can still need them: every open
 * window is a page this worker served. A tab opened under the older version keeps them (its search
 * loads index files by name); it is offered a reload, and the files go once it has moved on.
 */
async function removeOlderFiles() {
  // A newer version being installed, or waiting, has stored files this worker does not list.
  if (self.registration.installing || self.registration.waiting) return;
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  if (windows.some((client) => !served.has(client.id))) return;
  const cache = await caches.open(PRECACHE);
  for (const request of await cache.keys()) {
    if (!current.has(request.url)) await cache.delete(request);
  }
}
