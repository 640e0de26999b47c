import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index after `astro build`. Any indexing error, or an index with no
 * pages, fails the build: a site whose search silently does not work must never ship.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'sg-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const fail = (what: string, errors: string[]) => {
          throw new Error(`Search index: ${what} failed:\n  ${errors.join('\n  ')}\nThe site was built but cannot be searched, so the build stops.`);
        };
        const { index, errors } = await pagefind.createIndex({});
        if (!index) fail('starting Pagefind', errors);
        const added = await index!.addDirectory({ path: outDir });
        if (added.errors.length > 0) fail('reading the built pages', added.errors);
        if (added.page_count === 0) fail('indexing', ['no page has data-pagefind-body, so nothing was indexed']);
        const written = await index!.writeFiles({ outputPath: `${outDir}pagefind` });
        if (written.errors.length > 0) fail('writing the index', written.errors);
        await pagefind.close();
        const ms = Math.round(performance.now() - started);
        logger.info(`indexed ${added.page_count} pages in ${ms} ms`);
      },
    },
  };
}
