import type { AstroIntegration } from 'astro';

/**
 * The server bundle of a static build exists only to render the pages, and Astro deletes it
 * afterwards; no reader ever downloads it. Two things follow.
 *
 * It is not tree-shaken. Tree-shaking it took about a second of every build (Rollup's "include"
 * passes were its largest cost), and changes nothing in the pages: the built site is the same,
 * byte for byte. The browser bundle is tree-shaken as before.
 *
 * Its memory is given back before the pages render. The bundle, Rollup's reading of every lesson,
 * is the most the build ever holds (about 1.3 GB at 2,000 lessons). Once it is written it is
 * garbage, but V8 has sized its heap to it and lets the rendering's own garbage grow to that size
 * before collecting any (to 3.2 GB at 2,000 lessons, though rendering keeps only about 0.4 GB).
 * One full collection as the browser bundle starts sizes the heap to what rendering needs. It runs
 * only where Node was started with --expose-gc, as scripts/build.mjs starts `astro build`
 * (scripts/lib/astro-node-flags.mjs); elsewhere it does nothing.
 */
export function serverBundle(): AstroIntegration {
  return {
    name: 'sg-server-bundle',
    hooks: {
      'astro:build:setup': ({ vite, target }) => {
        if (target === 'server') {
          vite.build ??= {};
          vite.build.rollupOptions = { ...vite.build.rollupOptions, treeshake: false };
        } else {
          vite.plugins = [...(vite.plugins ?? []), { name: 'sg-collect-after-server-bundle', buildStart: () => (globalThis as { gc?: () => void }).gc?.() }];
        }
      },
    },
  };
}
