// @ts-check
/**
 * Decides what the service worker stores for offline use, and under which revision.
 * Plain JavaScript (checked by TypeScript through JSDoc) because `node scripts/write-service-worker.mjs`
 * runs it directly, and Node 20 cannot run TypeScript.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * @typedef {{ path: string, bytes: Uint8Array }} BuiltFile A file in the build output, its path relative to the output folder with "/" separators.
 * @typedef {{ url: string, revision: string, size: number, bytes: number, unpacked?: string, optional?: true, core?: true, pages?: string[] }} PrecacheEntry One stored file: its address, a hash of its content, its size in bytes, the bytes it takes to download (see transferSize), for a gzip file (Pagefind's index) the hash of its unpacked content, which is what the browser sees when a host sends it labelled as compressed, whether the offline copy can do without it (see isOptional), whether it is in the core set stored first (see isCore), and for a search result fragment, the pages it describes.
 * @typedef {{ wholeSiteAutomatic: boolean, budget: number, files: PrecacheEntry[], groups: Record<string, string[]>, indexOnRequest?: true }} PrecacheList What the worker stores: every file, whether all of them are stored automatically (the whole site fits AUTO_BUDGET), for each pathway, the lessons at /modules/ it includes (see pathwayLessons), and whether the search word index is left to the rest of the site (see INDEX_BUDGET).
 */

/**
 * The most a first visit downloads automatically for the offline copy, counted as a host sends the
 * files (compressed: see transferSize). While the whole site fits, all of it is stored after one
 * visit; above it, the core set and the learner's pathway or module are, and the rest on request.
 */
export const AUTO_BUDGET = 2_000_000;

/**
 * The most a first visit downloads with the search word index in it. The index grows with the
 * curriculum (0.4 MB at 50 lessons, about 6 MB at 2,000): while the core, the index and the
 * largest pathway or module fit, the index is stored first, so search works offline after one
 * visit. Above it, the index is stored with the rest of the site, on request; until then each
 * part of it a search online downloads is kept, and an offline search the copy cannot answer
 * says so (never "No results").
 */
export const INDEX_BUDGET = 5_000_000;

/** The worker itself, written after the manifest is made. */
export const WORKER_FILE = 'sw.js';
/**
 * The list of files the worker stores, beside it rather than inside it, so the worker stays small
 * however many lessons there are. sw.js names the list's revision and checks it.
 */
export const MANIFEST_FILE = 'sw-files.json';

/**
 * Files in the build the site never loads. Pagefind writes every UI it ships; the search page uses
 * none of them, only Pagefind's JS API (pagefind.js, run on the page: src/browser/search.ts sets
 * noWorker, so pagefind-worker.js is never fetched either).
 */
const NEVER_LOADED = [
  // Host configuration: Cloudflare Pages and Netlify read these but never serve them as files.
  /^_headers$/,
  /^_redirects$/,
  /^_routes\.json$/,
  /^pagefind\/pagefind-(component-|modular-)?ui\.(js|css)$/,
  /^pagefind\/pagefind-highlight\.js$/,
  /^pagefind\/pagefind-worker\.js$/,
  /^sitemap[^/]*\.xml$/,
  /^robots\.txt$/,
  // Component fixtures for tests and authors: not part of the site a learner reads.
  /^dev\//,
  // Dotfiles and dot-folders (.well-known/, .DS_Store): many hosts never serve them, and no page needs them.
  /(^|\/)\./,
  /\.map$/,
];

/**
 * The address a built file is served at: "modules/index.html" is "/modules/", "404.html" stays "/404.html".
 * @param {string} path
 * @returns {string}
 */
export function precacheUrl(path) {
  const page = path === 'index.html' ? '' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
  return `/${page.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * The Pagefind WebAssembly files the index asks for. Pagefind loads `wasm.<language>.pagefind`, or
 * `wasm.unknown.pagefind` for a language without its own, so every other wasm file is dead weight.
 * @param {string} entryJson the text of pagefind/pagefind-entry.json
 * @returns {Set<string>} paths such as "pagefind/wasm.en-gb.pagefind"
 */
export function pagefindWasmInUse(entryJson) {
  /** @type {{ languages?: Record<string, { wasm?: string | null }> }} */
  const entry = JSON.parse(entryJson);
  const languages = Object.values(entry.languages ?? {});
  return new Set(languages.map((language) => `pagefind/wasm.${language.wasm || 'unknown'}.pagefind`));
}

/**
 * Whether a built file belongs in the offline copy.
 * @param {string} path relative to the output folder, "/" separators
 * @param {Set<string>} wasmInUse from pagefindWasmInUse
 * @returns {boolean}
 */
export function isPrecached(path, wasmInUse) {
  if (path === WORKER_FILE || path === MANIFEST_FILE) return false;
  if (/^pagefind\/wasm\.[^/]+\.pagefind$/.test(path)) return wasmInUse.has(path);
  return !NEVER_LOADED.some((pattern) => pattern.test(path));
}

/**
 * Whether the offline copy can do without a file, so a host that does not serve it cannot stop the
 * install: everything except the pages, the site's own scripts and styles (_astro/) and the search
 * index. The worker still checks what it stores of an optional file, and fetches a missing one
 * again when a page asks for it.
 * @param {string} path relative to the output folder, "/" separators
 * @returns {boolean}
 */
export function isOptional(path) {
  return !(path.endsWith('.html') || path.startsWith('_astro/') || path.startsWith('pagefind/'));
}

/**
 * Whether a file is in the core set, which the install must store before the site says it is saved
 * for offline use: what makes the site useful offline whatever the learner studies. The home, 404
 * and offline pages, every top-level page (search, contacts, glossary, My learning, the lists of
 * modules and pathways, the stand-alone pages), the "Worried about a child?" guides, each module's
 * and pathway's overview and each pathway's record of learning, the site's scripts, styles, fonts
 * and icons, and the search engine and index. Search result fragments go with the pages they
 * describe (see fragmentPages), so the core holds those of core pages only.
 * @param {string} path relative to the output folder, "/" separators
 * @returns {boolean}
 */
export function isCore(path) {
  if (path.startsWith('pagefind/')) return !path.startsWith('pagefind/fragment/');
  if (!path.endsWith('.html')) return /^(_astro|icons|fonts)\//.test(path) || /^[^/]+\.(svg|ico|png|webmanifest)$/.test(path);
  return (
    /^(index|404)\.html$/.test(path) ||
    /^[^/]+\/index\.html$/.test(path) ||
    path.startsWith('worried/') ||
    /^modules\/[^/]+\/index\.html$/.test(path) ||
    /^pathways\/[^/]+\/(record\/)?index\.html$/.test(path)
  );
}

/**
 * The pages (addresses without any "#anchor") a Pagefind fragment file describes: one page, or for
 * a fragment group, several.
 * @param {Uint8Array} bytes the file as built (gzip of "pagefind_dcd" and JSON)
 * @returns {string[]}
 */
export function fragmentPages(bytes) {
  let data;
  try {
    data = JSON.parse(new TextDecoder().decode(gunzipSync(bytes)).replace(/^pagefind_dcd/, ''));
  } catch {
    return [];
  }
  /** @type {{ url?: string }[]} */
  const fragments = typeof data?.url === 'string' ? [data] : Object.values(data ?? {});
  return [...new Set(fragments.map((f) => String(f?.url ?? '').split('#')[0] ?? '').filter((url) => url.startsWith('/')))].sort();
}

/**
 * The bytes a file takes to download: its gzip size (level 6), or its own size when that is
 * smaller (Pagefind's files, fonts and images are compressed already). Hosts compress text files;
 * Brotli, which most use, is smaller still, so this errs high.
 * @param {Uint8Array} bytes
 * @returns {number}
 */
export function transferSize(bytes) {
  return Math.min(bytes.byteLength, gzipSync(bytes, { level: 6 }).byteLength);
}

/**
 * For each pathway, the lessons at /modules/ it includes: a pathway page /pathways/<id>/<module>/<lesson>/
 * is that lesson in the pathway, and search results link to the lesson's own address, so a learner's
 * pathway is stored at both.
 * @param {string[]} urls every listed address
 * @returns {Record<string, string[]>} "/pathways/<id>/" to addresses such as "/modules/01-a/02-b/"
 */
export function pathwayLessons(urls) {
  const listed = new Set(urls);
  /** @type {Record<string, string[]>} */
  const groups = {};
  for (const url of urls) {
    const m = /^(\/pathways\/[^/]+\/)([^/]+\/[^/]+\/)$/.exec(url);
    if (!m) continue;
    const lesson = `/modules/${m[2]}`;
    groups[m[1] ?? ''] ??= [];
    if (listed.has(lesson)) groups[m[1] ?? '']?.push(lesson);
  }
  return groups;
}

/**
 * The group of files a page belongs to beyond the core: "/pathways/<id>/" or "/modules/<id>/", or
 * undefined. The worker works it out the same way from the page a learner opens.
 * @param {string} url
 * @returns {string | undefined}
 */
export function groupOf(url) {
  return /^\/(pathways|modules)\/[^/]+\//.exec(url)?.[0];
}

/**
 * Whether an entry belongs to a group: its address (or, for a fragment, a page it describes) is
 * under the group's address, or is one of the lessons a pathway includes.
 * @param {Pick<PrecacheEntry, 'url' | 'pages'>} entry
 * @param {string} group
 * @param {Record<string, string[]>} groups
 */
export function inGroup(entry, group, groups) {
  const lessons = groups[group] ?? [];
  return (entry.pages ?? [entry.url]).some((page) => page.startsWith(group) || lessons.includes(page));
}

/**
 * What the offline copy downloads, in bytes as sent (see transferSize): the core set, each group
 * with the core, the largest of those, and the whole site.
 * @param {PrecacheList} list
 */
export function offlineSizes(list) {
  const sum = (/** @type {PrecacheEntry[]} */ entries) => entries.reduce((total, e) => total + e.bytes, 0);
  const core = sum(list.files.filter((e) => e.core));
  const names = [...new Set(list.files.map((e) => groupOf(e.url)).filter((g) => g !== undefined))];
  const groups = names.map((group) => ({ group, bytes: core + sum(list.files.filter((e) => !e.core && inGroup(e, group, list.groups))) })).sort((a, b) => b.bytes - a.bytes);
  const whole = sum(list.files);
  const largest = groups[0] ?? { group: '(none)', bytes: core };
  return { core, largest, groups, whole, automatic: list.wholeSiteAutomatic ? whole : largest.bytes };
}

/**
 * A short hash of a file's content: the file's revision, so a new build re-downloads only what changed.
 * @param {Uint8Array} bytes
 * @returns {string}
 */
export function revisionOf(bytes) {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/**
 * The revision of a gzip file's unpacked content, or undefined for any other file. A host that
 * labels Pagefind's pre-compressed files `Content-Encoding: gzip` has the browser unpack them, so
 * the worker then sees (and must accept) the unpacked bytes.
 * @param {Uint8Array} bytes
 * @returns {string | undefined}
 */
export function unpackedRevisionOf(bytes) {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return undefined;
  try {
    return revisionOf(gunzipSync(bytes));
  } catch {
    return undefined;
  }
}

/**
 * The precache manifest for a build: every file the site loads, with its revision and size, in address order.
 * @param {BuiltFile[]} files every file in the build output
 * @returns {PrecacheEntry[]}
 */
export function createPrecacheManifest(files) {
  const entry = files.find((f) => f.path === 'pagefind/pagefind-entry.json');
  if (!entry) {
    throw new Error('pagefind/pagefind-entry.json is missing, so offline search would fail. The service worker must be written after the search index: list serviceWorker() after pagefindIndex() in astro.config.mjs.');
  }
  const wasmInUse = pagefindWasmInUse(new TextDecoder().decode(entry.bytes));
  const missingWasm = [...wasmInUse].filter((path) => !files.some((f) => f.path === path));
  if (missingWasm.length > 0) throw new Error(`${missingWasm.join(', ')} is named by pagefind/pagefind-entry.json but is not in the build. Rebuild the search index.`);
  for (const required of ['index.html', '404.html']) {
    if (!files.some((f) => f.path === required)) throw new Error(`${required} is missing from the build, so the offline copy would have no ${required === '404.html' ? 'page for unknown addresses' : 'home page'}.`);
  }
  return files
    .filter((f) => isPrecached(f.path, wasmInUse))
    .map((f) => {
      /** @type {PrecacheEntry} */
      const entry = { url: precacheUrl(f.path), revision: revisionOf(f.bytes), size: f.bytes.byteLength, bytes: transferSize(f.bytes) };
      const unpacked = unpackedRevisionOf(f.bytes);
      if (unpacked) entry.unpacked = unpacked;
      if (isOptional(f.path)) entry.optional = true;
      if (f.path.startsWith('pagefind/fragment/')) {
        entry.pages = fragmentPages(f.bytes);
        // A fragment of a core page is core, so search shows those results offline from the start.
        if (entry.pages.some((page) => isCore(page === '/' ? 'index.html' : `${decodeURIComponent(page.slice(1))}index.html`) || page === '/404.html')) entry.core = true;
      } else if (isCore(f.path)) entry.core = true;
      return entry;
    })
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/**
 * The file list the worker reads, with whether the whole site is stored automatically.
 * @param {PrecacheEntry[]} manifest
 * @param {number} [indexBudget] INDEX_BUDGET; a test passes a smaller one to try a very large site's rules on a small one
 * @returns {PrecacheList}
 */
export function precacheList(manifest, indexBudget = INDEX_BUDGET) {
  const whole = manifest.reduce((total, e) => total + e.bytes, 0);
  const list = { wholeSiteAutomatic: whole <= AUTO_BUDGET, budget: AUTO_BUDGET, files: manifest, groups: pathwayLessons(manifest.map((e) => e.url)) };
  if (list.wholeSiteAutomatic || offlineSizes(list).largest.bytes <= indexBudget) return list;
  // Too large to store first: the word index goes with the rest of the site.
  return { ...list, indexOnRequest: true, files: manifest.map((e) => (isWordIndex(e.url) && e.core ? withoutCore(e) : e)) };
}

/**
 * Whether an address is part of Pagefind's word index (the chunks a search downloads by the words
 * it looks for), as opposed to its engine, its list of chunks and its result fragments.
 * @param {string} url
 */
export function isWordIndex(url) {
  return url.startsWith('/pagefind/index/');
}

/** @param {PrecacheEntry} entry */
function withoutCore({ core: _core, ...entry }) {
  return entry;
}

/**
 * The file list the worker fetches (MANIFEST_FILE): whether the whole site is stored automatically,
 * the lessons each pathway includes, and each file's address, revision, download size, and whether
 * it is optional or core, and the pages a search fragment describes.
 * @param {PrecacheEntry[]} manifest
 * @param {number} [indexBudget] see precacheList
 * @returns {string}
 */
export function renderManifest(manifest, indexBudget = INDEX_BUDGET) {
  const list = precacheList(manifest, indexBudget);
  return JSON.stringify({
    ...list,
    files: list.files.map(({ url, revision, bytes, unpacked, optional, core, pages }) => ({ url, revision, bytes, ...(unpacked && { unpacked }), ...(optional && { optional }), ...(core && { core }), ...(pages && { pages }) })),
  });
}

/**
 * The service worker's source: the file list's address and revision, then the worker code. A build
 * with the same files gives a byte-identical worker, so browsers see no update; any changed file
 * changes the list, so its revision, so the worker.
 * @param {string} manifestJson from renderManifest
 * @param {string} workerSource the hand-written worker (src/service-worker/worker.js)
 * @returns {string}
 */
export function renderServiceWorker(manifestJson, workerSource) {
  return [
    '// Written by src/service-worker/write.mjs from src/service-worker/worker.js; do not edit.',
    `const PRECACHE_LIST = ${JSON.stringify({ url: `/${MANIFEST_FILE}`, revision: revisionOf(new TextEncoder().encode(manifestJson)) })};`,
    workerSource,
  ].join('\n');
}

/**
 * A byte count for people: "2.1 MB (2,134,567 bytes)".
 * @param {number} bytes
 * @returns {string}
 */
export function formatBytes(bytes) {
  const exact = `${bytes.toLocaleString('en-GB')} bytes`;
  if (bytes < 1000) return exact;
  const [value, unit] = bytes < 1_000_000 ? [bytes / 1000, 'kB'] : [bytes / 1_000_000, 'MB'];
  return `${value.toFixed(1)} ${unit} (${exact})`;
}
