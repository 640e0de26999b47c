/*
 * The service worker that keeps a copy of the site for offline use, sized to the learner.
 *
 * Not bundled by Astro: src/service-worker/write.mjs writes the list of every file the site loads,
 * each with a content revision (the start of its SHA-256) and its download size, to
 * dist/sw-files.json, and puts PRECACHE_LIST (that list's address and revision) in front of this
 * file as dist/sw.js. The list is a file of its own so the worker stays small however many lessons
 * there are; it is checked against its revision like every other file, and stored with them.
 *
 * What is stored, and when:
 * - Install stores the core set (the list marks it "core": the home, 404 and offline pages, every
 *   top-level page such as search, contacts, glossary and My learning, the guides, module and
 *   pathway overviews and records, the site's scripts, styles and icons, and the search index).
 *   Only the core is required, so "Saved for offline use" and the update notice never claim more.
 * - A page under /pathways/<id>/ or /modules/<id>/ makes that pathway or module the learner's: its
 *   pages (for a pathway, also its lessons at /modules/) and their search fragments are stored next.
 *   The install reads the open pages' addresses (the first visit's page) and stores them after the
 *   core without requiring them; later, this worker sees each page it serves, and stores in the
 *   background. The home page also names ({ type: 'sg-page', group }) the pathway the learner's
 *   progress says they are part-way through.
 * - Then the rest: automatically when the list says the whole site fits the budget
 *   (wholeSiteAutomatic), otherwise only once the learner asks ({ type: 'sg-store-whole' }, from
 *   the offline page's control). Progress and failures (storage full, offline) go to open pages as
 *   { type: 'sg-offline', ... } (see offlineStatus()).
 * - Offline, a listed page that is not stored gets the stored offline page, which says it is not
 *   saved and offers the whole site; an unknown address gets the stored 404 page. A search result
 *   whose fragment is not stored shows as "(not saved for offline use)" rather than failing search.
 *
 * - Nothing is stored, or served from the store, unless its content matches the revision the manifest
 *   gives it. A host can send a file cut short with status 200 (a deploy still copying files): such a
 *   file is never stored, and is fetched again later. A stored copy is checked again before this
 *   worker first serves it, so a damaged one is dropped and fetched afresh from the host.
 * - Install stores every core file whose revision is not stored yet, so an update downloads only
 *   what changed. One core page, script, style or search file that cannot be stored fails the
 *   install (so no incomplete copy ever takes over); what was stored stays, and the next visit
 *   fetches only the rest. The page says so. A file the list marks optional (icons, the web app
 *   manifest: what a host may not serve) is stored if the host sends it whole, and otherwise
 *   fetched again when a page asks for it; it never stops the install.
 * - The files of an older version are kept while a tab opened under that version may still ask for
 *   them (its search loads index files by name), and deleted once no such tab is left.
 * - Fetch answers same-origin GET requests for listed files from the store, whatever their query string
 *   (Pagefind asks for pagefind-entry.json?ts=…, the search page for /search/?q=…). Other requests go
 *   to the network and are never stored; offline, or when the host no longer has an older version's
 *   file, a stored copy from that version answers.
 * - A page asks a waiting new version to take over by posting { type: 'SKIP_WAITING' }.
 *
 * Workbox could do the hashing and the precaching, but its runtime is several times the size of this
 * file and it checks revisions only by key, not by content, so it would not catch a file cut short.
 */
/* global PRECACHE_LIST */

const CACHE_PREFIX = 'sg-';
const PRECACHE = 'sg-precache';
const REVISION_PARAM = '__sg_revision';

/** Window clients whose page this worker served: they do not need an older version's files. */
const served = new Set();
/** The key the file list itself is stored under. */
const listKey = keyOf(PRECACHE_LIST.url, PRECACHE_LIST.revision);
/** Where the learner's choices are kept: { groups: ["/pathways/<id>/", …], whole: boolean }. */
const CHOICE_KEY = new URL('/__sg-offline-choice', self.location.origin).href;
/** Files being fetched for the store, by key, so the same file is never fetched twice at once. */
const inflight = new Map();

let loading;
/**
 * This version's file list, as { storedAs, accepted, current, optional }: from the store, else from
 * the host; either way checked against its revision. Loaded once per worker start.
 */
function files() {
  loading ??= loadList().catch((error) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function loadList() {
  const cache = await caches.open(PRECACHE);
  let good = await soundCopy(cache, listKey);
  if (!good) {
    const response = await fetch(PRECACHE_LIST.url, { cache: 'no-cache', credentials: 'same-origin' });
    good = await verified(response, listKey);
    if (!good) throw new Error(`Cannot read ${PRECACHE_LIST.url}: HTTP ${response.status}, or its content does not match this version.`);
    await cache.put(listKey, good.clone());
  }
  const { files: list, groups, wholeSiteAutomatic } = await good.json();
  for (const entry of list) entry.key = keyOf(entry.url, entry.revision);
  return {
    list,
    groups,
    wholeSiteAutomatic,
    /** Address path ("/modules/") to the key its current revision is stored under. */
    storedAs: new Map(list.map(({ url, revision }) => [url, keyOf(url, revision)])),
    /** Stored key to the revisions its content may have (a gzip file may arrive unpacked). */
    accepted: new Map(list.map(({ url, revision, unpacked }) => [keyOf(url, revision), unpacked ? [revision, unpacked] : [revision]])),
    current: new Set([listKey, CHOICE_KEY, ...list.map(({ url, revision }) => keyOf(url, revision))]),
    optional: new Set(list.filter((entry) => entry.optional).map(({ url, revision }) => keyOf(url, revision))),
  };
}

function keyOf(url, revision) {
  return new URL(`${url}?${REVISION_PARAM}=${revision}`, self.location.origin).href;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const { list } = await files();
      await storeMissingFiles(
        list.filter((entry) => entry.core),
        true,
      );
      // Then, not required: the pathway or module of the page that brought this worker in (and any
      // the learner opened before), and the rest when it is wanted; a file that fails is fetched later.
      const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      await choose((choice) => pages.forEach((page) => addGroup(choice, page.url)));
      const { chosen, rest, whole } = await wanted();
      await storeMissingFiles([...chosen, ...(whole ? rest : [])], false).catch(() => undefined);
    })(),
  );
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
  const type = event.data && event.data.type;
  if (type === 'SKIP_WAITING') self.skipWaiting();
  // A page was opened: its pathway or module becomes the learner's, and what is wanted is stored.
  // The home page also names the pathway the learner is part-way through, from their progress.
  if (type === 'sg-page') {
    const named = typeof event.data.group === 'string' ? new URL(event.data.group, self.location.origin).href : undefined;
    event.waitUntil(choose((choice) => [event.source && event.source.url, named].forEach((url) => addGroup(choice, url))).then(fill));
  }
  if (type === 'sg-store-whole') event.waitUntil(choose((choice) => (choice.whole = true)).then(fill));
  if (type === 'sg-status') event.waitUntil(offlineStatus().then((s) => event.source && event.source.postMessage(s)));
});

/** "/pathways/<id>/" or "/modules/<id>/" for a page's address, as src/service-worker/precache.mjs groupOf. */
function groupOf(pathname) {
  const match = /^\/(pathways|modules)\/[^/]+\//.exec(pathname);
  return match ? match[0] : undefined;
}

function addGroup(choice, url) {
  const group = url && new URL(url).origin === self.location.origin ? groupOf(new URL(url).pathname) : undefined;
  if (group && !choice.groups.includes(group)) choice.groups.push(group);
}

async function readChoice() {
  const stored = await (await caches.open(PRECACHE)).match(CHOICE_KEY);
  const choice = stored ? await stored.json().catch(() => ({})) : {};
  return { groups: Array.isArray(choice.groups) ? choice.groups : [], whole: choice.whole === true };
}

async function choose(change) {
  const choice = await readChoice();
  change(choice);
  await (await caches.open(PRECACHE)).put(CHOICE_KEY, new Response(JSON.stringify(choice), { headers: { 'Content-Type': 'application/json' } }));
  return choice;
}

/** Whether an entry belongs to a group, as src/service-worker/precache.mjs inGroup. */
function inGroup(entry, group, groups) {
  const lessons = groups[group] || [];
  return (entry.pages || [entry.url]).some((page) => page.startsWith(group) || lessons.includes(page));
}

/** What the learner's offline copy should hold, in the order to store it: core, their pathways and modules, then (if wanted) the rest. */
async function wanted() {
  const { list, groups, wholeSiteAutomatic } = await files();
  const choice = await readChoice();
  const chosen = list.filter((entry) => !entry.core && choice.groups.some((group) => inGroup(entry, group, groups)));
  const whole = wholeSiteAutomatic || choice.whole;
  const core = list.filter((entry) => entry.core);
  return { core, chosen, rest: list.filter((entry) => !entry.core && !chosen.includes(entry)), whole, choice, wholeSiteAutomatic };
}

/** What is stored, for the offline page and its control: counts and download sizes of each part. */
async function offlineStatus(extra) {
  const { core, chosen, rest, whole, choice, wholeSiteAutomatic } = await wanted();
  const stored = new Set((await (await caches.open(PRECACHE)).keys()).map((request) => request.url));
  const part = (entries) => {
    const have = entries.filter((entry) => stored.has(entry.key));
    const sum = (list) => list.reduce((total, entry) => total + (entry.bytes || 0), 0);
    return { files: entries.length, stored: have.length, bytes: sum(entries), storedBytes: sum(have) };
  };
  // The search word index, as precache.mjs isWordIndex: core unless the site is very large (precache.mjs INDEX_BUDGET).
  const searchSaved = [...core, ...chosen, ...rest].filter((entry) => entry.url.startsWith('/pagefind/index/')).every((entry) => stored.has(entry.key));
  return { type: 'sg-offline', wholeSiteAutomatic, whole, groups: choice.groups, core: part(core), chosen: part(chosen), rest: part(rest), busy: running > 0, searchSaved, ...extra };
}

/** The background runs, one after another, and how many are queued or running. */
let runs = Promise.resolve();
let running = 0;
/**
 * Stores what is wanted and missing, one run at a time, telling open pages how far it has got.
 * Every file is tried; a full store stops the run at once and is reported as such.
 */
function fill() {
  running++;
  const run = runs.then(async () => {
    // Offline, nothing can be had: the next page opened online tries again.
    if (self.navigator.onLine === false) return 'offline';
    const { core, chosen, rest, whole } = await wanted();
    let last = 0;
    const progress = async () => {
      if (Date.now() - last < 300) return;
      last = Date.now();
      await broadcast(await offlineStatus());
    };
    try {
      await storeMissingFiles([...core, ...chosen, ...(whole ? rest : [])], false, progress);
      return undefined;
    } catch (e) {
      return e && e.name === 'QuotaExceededError' ? 'quota' : e instanceof TypeError ? 'offline' : 'failed';
    }
  });
  runs = run.catch(() => undefined);
  return run.then(async (error) => {
    running--;
    const result = await offlineStatus(error ? { error } : {});
    const want = (part, yes) => (yes ? part.files - part.stored : 0);
    // Some files could not be had (offline, or the host failed): said as such, never as stored.
    if (!error && want(result.core, true) + want(result.chosen, true) + want(result.rest, result.whole) > 0) result.error = 'incomplete';
    await broadcast({ ...result, done: true });
  });
}

async function broadcast(message) {
  for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage(message);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  // Never answer a POST (or any other method) from the store.
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // Never touch another origin's requests; the browser handles them as if there were no worker.
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    if (event.resultingClientId) served.add(event.resultingClientId);
    // The page being opened may make a pathway or module the learner's; then store what is wanted.
    event.waitUntil(choose((choice) => addGroup(choice, request.url)).then(fill));
    // Once the page this navigation leaves has gone, which takes a moment.
    event.waitUntil(new Promise((resolve) => setTimeout(resolve, 3000)).then(removeOlderFiles));
  }
  event.respondWith(
    (async () => {
      // Without this version's list (offline before it was ever stored), the host or an older copy answers.
      const key = keyFor((await files().catch(() => undefined))?.storedAs, url.pathname);
      if (key) return fromStore(request, key);
      return request.mode === 'navigate' ? fromNetwork(request) : fromNetworkOrOlderVersion(request);
    })(),
  );
});

/** The stored key for an address path, accepting "/modules", "/modules/" and "/modules/index.html". */
function keyFor(storedAs, pathname) {
  if (!storedAs) return undefined;
  return (
    storedAs.get(pathname) ??
    (pathname.endsWith('/index.html') ? storedAs.get(pathname.slice(0, -'index.html'.length)) : undefined) ??
    (pathname.endsWith('/') ? undefined : storedAs.get(`${pathname}/`))
  );
}

/** The revisions a stored key's content may have: the list's, or for an older version's file (or the list itself), its key's. */
function revisionsFor(key, accepted) {
  return accepted?.get(key) ?? [new URL(key).searchParams.get(REVISION_PARAM)];
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
  // The list itself, or an older version's file while this version's list cannot be had, is checked by its key alone.
  const accepted = key === listKey ? undefined : (await files().catch(() => undefined))?.accepted;
  if (!revisionsFor(key, accepted).includes(await revisionOfBytes(bytes))) return undefined;
  const headers = new Headers(response.headers);
  headers.delete('Content-Encoding');
  headers.delete('Content-Length');
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers });
}

/**
 * Stores the entries not stored yet. With `required` (the install's core), one failure of a file
 * the site needs fails the whole; otherwise every file is tried and only a full store stops it.
 * What was stored stays either way, so the next attempt fetches only the rest.
 */
async function storeMissingFiles(entries, required, progress) {
  const cache = await caches.open(PRECACHE);
  const stored = new Set((await cache.keys()).map((request) => request.url));
  const queue = entries.filter((entry) => !stored.has(entry.key));
  // A few at a time, so a slow connection is not flooded.
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      try {
        await storeOne(cache, next.url, next.key);
        if (progress) await progress();
      } catch (error) {
        if (error && error.name === 'QuotaExceededError') throw error;
        // The connection itself failed (not the host): the rest would fail too, so stop.
        if (!required && error instanceof TypeError) throw error;
        // An optional file (one a host may not serve) is fetched again when a page asks for it.
        if (required && !next.optional) throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
}

/** Fetches, checks and stores one file, unless it is being fetched already. */
function storeOne(cache, url, key) {
  let pending = inflight.get(key);
  if (!pending) {
    pending = (async () => {
      if (await cache.match(key)) return;
      await cache.put(key, await fetchVerified(url, key));
    })().finally(() => inflight.delete(key));
    inflight.set(key, pending);
  }
  return pending;
}

/** This version's copy of a file from the host, checked; throws when the host cannot give one. */
async function fetchVerified(url, key) {
  // A second try skips any cache on the way, in case the first answer was a stale, cut-short copy.
  for (const mode of ['no-cache', 'reload']) {
    const response = await fetch(url, { cache: mode, credentials: 'same-origin', redirect: 'follow' });
    const good = await verified(response, key);
    if (good) return good;
    if (!response.ok) throw new Error(`Cannot store ${url} for offline use: HTTP ${response.status}. It will be fetched again at the next visit.`);
  }
  throw new Error(`Cannot store ${url} for offline use: its content does not match this version (the host may still be copying files). It will be fetched again at the next visit.`);
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
  let stored = await soundCopy(cache, key);
  // A file the background is storing right now is served once stored, not fetched a second time.
  if (!stored && inflight.has(key)) {
    await inflight.get(key).catch(() => undefined);
    stored = await soundCopy(cache, key);
  }
  if (stored) return stored;
  // Missing or damaged: ask the host, and store its answer only if it is this version's file.
  let response;
  let done;
  inflight.set(key, new Promise((resolve) => (done = resolve)));
  try {
    // The browser knows it is offline: straight to what stands in, without a request bound to fail.
    if (self.navigator.onLine === false) throw new TypeError('This browser is offline.');
    response = await fetch(request);
    const good = await verified(response.clone(), key);
    if (good) await cache.put(key, good);
    // Sent whole-looking but not this version's file (cut short during a deploy): an older
    // version's sound copy is better than a broken page.
    else if (response.ok) return (await olderVersion(request)) || response;
  } catch (error) {
    if (response) return response;
    const older = await olderVersion(request);
    if (older) return older;
    const standIn = await notSavedStandIn(request, key);
    if (standIn) return standIn;
    // A listed file this browser has not stored, and cannot fetch now: not saved for offline use.
    await reportMissing(request, true);
    return offlineFallback(request, error);
  } finally {
    inflight.delete(key);
    done();
  }
  return response;
}

/**
 * Offline, what stands in for a listed file this browser has not stored: for a page, the stored
 * offline page (it says the page is not saved and offers the whole site); for a search result's
 * fragment, a result titled from its address and marked "(not saved for offline use)", so a search
 * shows what it found instead of failing.
 */
async function notSavedStandIn(request, key) {
  const { list } = await files();
  const entry = list.find((e) => e.key === key);
  if (request.mode === 'navigate') {
    const offline = list.find((e) => e.url === '/offline/');
    const page = offline && (await caches.match(offline.key));
    return page && new Response(page.body, { status: 503, statusText: 'Not saved for offline use', headers: page.headers });
  }
  if (!entry || !entry.pages || entry.pages.length !== 1) return undefined;
  const url = entry.pages[0];
  const name = (url.split('/').filter(Boolean).pop() || '').replace(/^\d+-/, '').replace(/-/g, ' ');
  // The wording is src/ui-strings.ts offlineCopy.notSavedResult, which this unbundled file cannot import.
  const title = `${name.charAt(0).toUpperCase()}${name.slice(1)} (not saved for offline use)`;
  const body = `pagefind_dcd${JSON.stringify({ url, content: '', word_count: 0, filters: {}, meta: { title }, anchors: [] })}`;
  return new Response(body, { headers: { 'Content-Type': 'application/octet-stream' } });
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
 * page listens for this to say that search is not working instead. `notSaved`: the file is this
 * version's but was never stored and the host cannot be reached (offline, before the whole site
 * was saved), so the page can say it is not saved for offline use rather than broken.
 */
async function reportMissing(request, notSaved = false) {
  const path = new URL(request.url).pathname;
  for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage({ type: 'sg-missing', path, notSaved });
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
  const key = (await files().catch(() => undefined))?.storedAs.get('/404.html');
  const notFound = key && (await caches.match(key));
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
  // Nor may an older worker still finishing a page's delayed clean-up after a newer one took over.
  if (self.serviceWorker && self.registration.active !== self.serviceWorker) return;
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  if (windows.some((client) => !served.has(client.id))) return;
  const { current } = await files();
  const cache = await caches.open(PRECACHE);
  for (const request of await cache.keys()) {
    if (!current.has(request.url)) await cache.delete(request);
  }
}
