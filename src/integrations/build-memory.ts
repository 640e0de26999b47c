import type { AstroIntegration } from 'astro';

/**
 * Keeps the build's peak memory down on a large curriculum. The server bundle, Rollup's reading of
 * every lesson, is the most the build ever holds (about 1.3 GB at 2,000 lessons). Once it is
 * written it is garbage, but V8 has sized its heap to it, and lets the rendering's own garbage
 * grow to that size before it collects any (to 3.2 GB at 2,000 lessons, though rendering keeps
 * only about 0.4 GB). One full collection as the browser bundle starts, when the server bundle is
 * done, sizes the heap to what the rendering needs.
 *
 * It runs only where Node was started with --expose-gc, as scripts/build.mjs starts `astro build`
 * (ASTRO_NODE_FLAGS); elsewhere, as in `astro dev`, it does nothing.
 */
export function collectAfterServerBundle(): AstroIntegration {
  return {
    name: 'sg-collect-after-server-bundle',
    hooks: {
      'astro:build:setup': ({ vite, target }) => {
        if (target !== 'client') return;
        vite.plugins = [...(vite.plugins ?? []), { name: 'sg-collect-after-server-bundle', buildStart: () => (globalThis as { gc?: () => void }).gc?.() }];
      },
    },
  };
}
