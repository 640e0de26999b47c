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
 * @typedef {{ url: string, revision: string, size: number, unpacked?: string }} PrecacheEntry One stored file: its address, a hash of its content, its size in bytes and, for a gzip file (Pagefind's index), the hash of its unpacked content, which is what the browser sees when a host sends it labelled as compressed.
 */

/** The worker itself, written after the manifest is made. */
export const WORKER_FILE = 'sw.js';

/**
 * Files in the build the site never loads. Pagefind writes every UI it ships; the search page uses
 * only the Default UI (pagefind-ui.js and .css), which loads pagefind.js and pagefind-worker.js.
 */
const NEVER_LOADED = [
  /^pagefind\/pagefind-component-ui\.(js|css)$/,
  /^pagefind\/pagefind-modular-ui\.(js|css)$/,
  /^pagefind\/pagefind-highlight\.js$/,
  /^sitemap[^/]*\.xml$/,
  /^robots\.txt$/,
  // Component fixtures for tests and authors: not part of the site a learner reads.
  /^dev\//,
  /(^|\/)\.[^/]*$/,
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
  if (path === WORKER_FILE) return false;
  if (/^pagefind\/wasm\.[^/]+\.pagefind$/.test(path)) return wasmInUse.has(path);
  return !NEVER_LOADED.some((pattern) => pattern.test(path));
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
      return entry;
    })
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/**
 * The service worker's source: the manifest, then the worker code. A build with the same files gives
 * a byte-identical worker, so browsers see no update; any changed file changes the worker.
 * @param {PrecacheEntry[]} manifest
 * @param {string} workerSource the hand-written worker (src/scripts/service-worker.js)
 * @returns {string}
 */
export function renderServiceWorker(manifest, workerSource) {
  const entries = manifest.map(({ url, revision, unpacked }) => (unpacked ? { url, revision, unpacked } : { url, revision }));
  return [
    '// Written by scripts/write-service-worker.mjs from src/scripts/service-worker.js; do not edit.',
    `const PRECACHE_MANIFEST = ${JSON.stringify(entries)};`,
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
