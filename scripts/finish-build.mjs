#!/usr/bin/env node
// @ts-check
/**
 * The second step of `npm run build` (scripts/build.mjs): once `astro build` (run with
 * SG_INDEX_AFTER_BUILD=1) has exited and freed its memory, writes the search index and then the
 * service worker, which stores the index, into the built folder:
 *
 *   node scripts/finish-build.mjs .dist-next
 *
 * Any failure prints what went wrong and exits with status 1, so scripts/build.mjs keeps the last
 * good dist/.
 */
import { takeSearchExtras, writeSearchIndex } from '../src/build/search-index.mjs';
import { describe, writeServiceWorker } from '../src/service-worker/write.mjs';

const dir = process.argv[2];
if (!dir) {
  console.error('Usage: node scripts/finish-build.mjs <built site folder>, for example .dist-next');
  process.exit(2);
}
try {
  const indexed = await writeSearchIndex(dir, await takeSearchExtras(dir));
  console.log(`[sg-pagefind] ${indexed.line}`);
  console.log(`[sg-service-worker] ${describe(await writeServiceWorker(dir))}`);
} catch (error) {
  const message = /** @type {Error} */ (error).message;
  console.error(message.startsWith('Search index') ? message : `Service worker: ${message}\nThe site was built but would not work offline, so the build stops.`);
  process.exit(1);
}
