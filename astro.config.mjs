// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';

/** Pages that exist for tests and authors only: kept out of the sitemap and search. */
const FIXTURE_PATH = '/dev/';

export default defineConfig({
  // The public address is only needed for the sitemap; set SITE_URL when you deploy.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'ignore',
  // `astro dev` and the production preview use different ports, so a service worker
  // installed from a production copy never serves stale pages to an author in dev.
  server: ({ command }) => ({ port: command === 'dev' ? 4322 : 4321 }),
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith(FIXTURE_PATH) }),
    pagefindIndex(),
    // After the search index: the worker stores the index for offline search.
    serviceWorker(),
  ],
  build: { format: 'directory' },
  // Never inline scripts or styles: the content security policy forbids inline code.
  vite: { build: { assetsInlineLimit: 0 } },
});
