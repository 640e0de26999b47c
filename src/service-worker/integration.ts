import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describe, writeServiceWorker } from './write.mjs';
import { INDEX_LATER_ENV } from '../build/search-index.mjs';

/**
 * Writes dist/sw.js after the build. It must run after the search index is written, because the
 * worker stores the index too: list it after pagefindIndex() in astro.config.mjs. Any failure
 * stops the build. Under `astro dev` it serves a worker that removes any stored copy instead.
 * When `npm run build` indexes after Astro exits (SG_INDEX_AFTER_BUILD=1), scripts/finish-build.mjs
 * writes the worker after the index instead.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'sg-service-worker',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        // No offline copy in development: /sw.js there removes any copy a production build left behind.
        if (command === 'dev') injectRoute({ pattern: '/sw.js', entrypoint: new URL('./dev-kill-switch.ts', import.meta.url) });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[INDEX_LATER_ENV] === '1') return;
        try {
          logger.info(describe(await writeServiceWorker(fileURLToPath(dir))));
        } catch (error) {
          throw new Error(`Service worker: ${(error as Error).message}\nThe site was built but would not work offline, so the build stops.`);
        }
      },
    },
  };
}
