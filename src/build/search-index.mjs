// @ts-check
/**
 * Writes the Pagefind search index into a built site. Plain JavaScript (checked through JSDoc)
 * because it runs in two places: inside `astro build` (src/integrations/pagefind.ts, when Astro is
 * run directly) and, for `npm run build`, in a second Node process after Astro has exited
 * (scripts/finish-build.mjs), so the indexer never runs while Astro's process still holds the
 * whole build in memory (about 2.6 GB at 2,000 lessons).
 *
 * Any indexing error, or an index with no pages, throws: a site whose search silently does not
 * work must never ship.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * What the index holds beside the built pages, worked out by the Astro integration (which can
 * read the TypeScript modules that know the glossary and the guides): each glossary term as a
 * record of its own, and HTML documents such as the grouped "Worried about a child?" guides.
 * @typedef {object} SearchExtras
 * @property {{ url: string, content: string, language: string, meta: Record<string, string>, filters: Record<string, string[]>, source: string }[]} records
 * @property {{ url: string, content: string, source: string }[]} documents
 * @property {string} summary how the log line describes the extras, e.g. "212 glossary terms and the 4 guides as one"
 */

/**
 * The file the Astro integration leaves in the output folder when the index is written later;
 * scripts/finish-build.mjs reads it and removes it. A dot-file, so no host or precache lists it.
 */
export const EXTRAS_FILE = '.sg-search-extras.json';

/** Set by scripts/build.mjs for `astro build`: index after Astro exits, not inside it. */
export const INDEX_LATER_ENV = 'SG_INDEX_AFTER_BUILD';

/**
 * Indexes the built site in `outDir`.
 * @param {string} outDir
 * @param {SearchExtras} extras
 * @returns {Promise<{ pages: number, ms: number, line: string }>} `line` is the build log's line, which the benchmark reads
 */
export async function writeSearchIndex(outDir, extras) {
  const started = performance.now();
  /** @returns {never} */
  const fail = (/** @type {string} */ what, /** @type {string[]} */ errors) => {
    throw new Error(`Search index: ${what} failed:\n  ${errors.join('\n  ')}\nThe site was built but cannot be searched, so the build stops.`);
  };
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) return fail('starting Pagefind', errors);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) fail('reading the built pages', added.errors);
    if (added.page_count === 0) fail('indexing', ['no page has data-pagefind-body, so nothing was indexed']);
    for (const { source, ...record } of extras.records) {
      const result = await index.addCustomRecord(record);
      if (result.errors.length > 0) fail(`indexing ${source}`, result.errors);
    }
    for (const { source, ...document } of extras.documents) {
      const result = await index.addHTMLFile(document);
      if (result.errors.length > 0) fail(`indexing ${source}`, result.errors);
    }
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) fail('writing the index', written.errors);
    const ms = Math.round(performance.now() - started);
    return { pages: added.page_count, ms, line: `indexed ${added.page_count} pages, ${extras.summary} in ${ms} ms` };
  } finally {
    await pagefind.close();
  }
}

/**
 * Leaves the extras in the output folder for scripts/finish-build.mjs.
 * @param {string} outDir
 * @param {SearchExtras} extras
 */
export async function saveSearchExtras(outDir, extras) {
  await writeFile(join(outDir, EXTRAS_FILE), JSON.stringify(extras));
}

/**
 * Reads and removes the extras the Astro build left in `outDir`.
 * @param {string} outDir
 * @returns {Promise<SearchExtras>}
 */
export async function takeSearchExtras(outDir) {
  const file = join(outDir, EXTRAS_FILE);
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new Error(`Search index: ${file} is missing. It is written by \`astro build\` when ${INDEX_LATER_ENV}=1; build with \`npm run build\`, which runs both steps.`);
  }
  await rm(file);
  return JSON.parse(text);
}
