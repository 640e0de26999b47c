// @ts-check
/**
 * Writes the service worker (sw.js) into a built site: every file the site loads, each under its own
 * content revision. Runs after `astro build` (src/service-worker/integration.ts), or by hand on any
 * built folder with `node scripts/write-service-worker.mjs dist`.
 *
 * Any failure throws (and, from the command line, exits with status 1): a site whose offline copy
 * silently does not work must never ship.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUTO_BUDGET, createPrecacheManifest, INDEX_BUDGET, formatBytes, MANIFEST_FILE, offlineSizes, precacheList, renderManifest, renderServiceWorker, WORKER_FILE } from './precache.mjs';

const WORKER_SOURCE = fileURLToPath(new URL('./worker.js', import.meta.url));

/**
 * @param {string} dir
 * @returns {Promise<import('./precache.mjs').BuiltFile[]>}
 */
async function readBuild(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile());
  return Promise.all(
    files.map(async (e) => {
      const path = join(e.parentPath, e.name);
      return { path: relative(dir, path).split(sep).join('/'), bytes: await readFile(path) };
    }),
  );
}

/**
 * Writes `<dir>/sw.js` for the built site in `dir`.
 * @param {string} dir the build output folder
 * @param {{ indexBudget?: number }} [options] for tests: a smaller INDEX_BUDGET, to try a very large site's rules on a small one
 * @returns {Promise<{ files: number, bytes: number, path: string, workerBytes: number, listBytes: number, sizes: ReturnType<typeof offlineSizes>, wholeSiteAutomatic: boolean, indexOnRequest: boolean }>} what the worker stores, the size of the worker and its file list, and what a first visit downloads
 */
export async function writeServiceWorker(dir, { indexBudget = INDEX_BUDGET } = {}) {
  const root = resolve(dir);
  let files;
  try {
    files = await readBuild(root);
  } catch (error) {
    throw new Error(`Cannot read the built site in ${root} (${/** @type {Error} */ (error).message}). Run \`npm run build\` first.`);
  }
  const manifest = createPrecacheManifest(files.filter((f) => f.path !== MANIFEST_FILE));
  const list = renderManifest(manifest, indexBudget);
  const source = renderServiceWorker(list, await readFile(WORKER_SOURCE, 'utf8'));
  const path = join(root, WORKER_FILE);
  await writeFile(join(root, MANIFEST_FILE), list);
  await writeFile(path, source);
  const stored = precacheList(manifest, indexBudget);
  return { files: manifest.length, bytes: manifest.reduce((sum, e) => sum + e.size, 0), path, workerBytes: Buffer.byteLength(source), listBytes: Buffer.byteLength(list), sizes: offlineSizes(stored), wholeSiteAutomatic: stored.wholeSiteAutomatic, indexOnRequest: stored.indexOnRequest === true };
}

/** One line for the build log. */
export function describe(/** @type {{ files: number, bytes: number, workerBytes?: number, listBytes?: number, sizes?: ReturnType<typeof offlineSizes>, wholeSiteAutomatic?: boolean, indexOnRequest?: boolean }} */ result) {
  const sizes = result.workerBytes === undefined ? '' : ` (worker ${formatBytes(result.workerBytes)}, file list ${formatBytes(result.listBytes ?? 0)})`;
  const s = result.sizes;
  const staged = !s
    ? ''
    : result.wholeSiteAutomatic
      ? `; the whole site, ${formatBytes(s.whole)} compressed, fits the ${formatBytes(AUTO_BUDGET)} budget, so a first visit stores all of it`
      : `; a first visit stores the core (${formatBytes(s.core)} compressed) and the learner's pathway or module (at most ${formatBytes(s.largest.bytes)} with the core, for ${s.largest.group}); the whole site, ${formatBytes(s.whole)} compressed, is stored on request${result.indexOnRequest ? `, with the search word index, which would take the first visit over ${formatBytes(INDEX_BUDGET)}` : ''}`;
  return `precached ${result.files} files, ${formatBytes(result.bytes)}${sizes}${staged}`;
}
