// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { serviceWorker } from './src/service-worker/integration.ts';
import { FIXTURE_PATH, testFixtures } from './src/integrations/test-fixtures.ts';
import { astroCsp, previewHeaders } from './config/security-headers.mjs';
import { mdxOptions } from './src/build/mdx-options.ts';
import { serverBundle } from './src/integrations/server-bundle.ts';

/** Replaces Vite's preload helper with a plain call, since modulePreload is off (see `vite` below). */
function plainDynamicImport() {
  const helper = '\0vite/preload-helper.js';
  return {
    name: 'sg-plain-dynamic-import',
    enforce: /** @type {const} */ ('pre'),
    apply: /** @type {const} */ ('build'),
    resolveId: (/** @type {string} */ id) => (id === helper ? id : undefined),
    load: (/** @type {string} */ id) => (id === helper ? 'export const __vitePreload = (load) => load();' : undefined),
  };
}

export default defineConfig({
  // The public address is only needed for the sitemap; set SITE_URL when you deploy.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'ignore',
  // `astro dev` and the production preview use different ports, so a service worker
  // installed from a production copy never serves stale pages to an author in dev.
  // The preview (and so every browser test) sends the same security headers as public/_headers;
  // `astro dev` cannot run under the policy (Vite injects inline scripts), so it sends none.
  server: ({ command }) => ({ port: command === 'dev' ? 4322 : 4321, ...(command === 'dev' ? {} : { headers: previewHeaders() }) }),
  integrations: [
    // The /dev/components/ fixture, only in `npm run dev` and `npm run build:test`.
    testFixtures(),
    // Faster smart quotes, and each lesson parsed once (src/build/mdx-options.ts).
    mdx(mdxOptions),
    // The presenter views (…/present/) repeat their lessons for a trainer: not for search engines.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith(FIXTURE_PATH) && !/\/present\//.test(new URL(page).pathname) }),
    pagefindIndex(),
    // The server bundle only renders the pages, then is deleted: not tree-shaken, to save build
    // time, and its memory given back before the pages render, to keep the peak down.
    serverBundle(),
    // After the search index: the worker stores the index for offline search.
    serviceWorker(),
  ],
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Lessons have no code blocks: no syntax highlighter to load in every build. Smart quotes come
  // from src/build/smartypants.ts (src/build/mdx-options.ts), the same output in less time.
  markdown: { syntaxHighlight: false, smartypants: false },
  // A <meta> content security policy in every page (config/security-headers.mjs).
  experimental: { csp: astroCsp() },
  // Never inline scripts or styles: the policy forbids inline code, so one fixed policy without
  // 'unsafe-inline' or per-page hashes fits every page and every host.
  // Bundle zod into the build: left external, the pages' chunks would load the project's
  // top-level zod 4 (from @astrojs/sitemap) instead of the zod 3 that astro/zod and the content
  // schemas (src/content-engine/schemas.mjs) are written for, and the content messages would change.
  // The page script (src/browser/page.ts) is the only entry: a lesson loads its JavaScript in one
  // request. Its import() of the chunks only some pages need goes straight to the browser: with
  // modulePreload off, Vite's preload helper (1.4 KB in every page's script) would do nothing.
  vite: { build: { assetsInlineLimit: 0, modulePreload: false, reportCompressedSize: false }, ssr: { noExternal: ['zod'] }, plugins: [plainDynamicImport()] },
});
