// @ts-check
/**
 * Decides what the service worker stores for offline use, and under which revision.
 * Plain JavaScript (checked by TypeScript through JSDoc) because `node scripts/write-service-worker.mjs`
 * runs it directly, and Node 20 cannot run TypeScript.
 */
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';

/**
 * @typedef {{ path: string, bytes: Uint8Array }} BuiltFile A file in the build output, its path relative to the output folder with "/" separators.
 * @typedef {{ url: string, revision: string, size: number, unpacked?: string, optional?: true }} PrecacheEntry One stored file: its address, a hash of its content, its size in bytes, for a gzip file (Pagefind's index) the hash of its unpacked content, which is what the browser sees when a host sends it labelled as compressed, and whether the offline copy can do without it (see isOptional).
 */

/** The worker itself, written after the manifest is made. */
export const WORKER_FILE = 'sw.js';
/**
 * The list of files the worker stores, beside it rather than inside it, so the worker stays small
 * however many lessons there are. sw.js names the list's revision and checks it.
 */
export const MANIFEST_FILE = 'sw-files.json';

/**
 * Files in the build the site never loads. Pagefind writes every UI it ships; the search page uses
 * only the Default UI (pagefind-ui.js and .css), which loads pagefind.js and pagefind-worker.js.
 */
const NEVER_LOADED = [
  // Host configuration: Cloudflare Pages and Netlify read these but never serve them as files.
  /^_headers$/,
  /^_redirects$/,
  /^_routes\.json$/,
  /^pagefind\/pagefind-component-ui\.(js|css)$/,
  /^pagefind\/pagefind-modular-ui\.(js|css)$/,
  /^pagefind\/pagefind-highlight\.js$/,
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
      const entry = { url: precacheUrl(f.path), revision: revisionOf(f.bytes), size: f.bytes.byteLength };
      const unpacked = unpackedRevisionOf(f.bytes);
      if (unpacked) entry.unpacked = unpacked;
      if (isOptional(f.path)) entry.optional = true;
      return entry;
    })
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/**
 * The file list the worker fetches (MANIFEST_FILE): each file's address and revision, and whether it is optional.
 * @param {PrecacheEntry[]} manifest
 * @returns {string}
 */
export function renderManifest(manifest) {
  return JSON.stringify(manifest.map(({ url, revision, unpacked, optional }) => ({ url, revision, ...(unpacked && { unpacked }), ...(optional && { optional }) })));
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
