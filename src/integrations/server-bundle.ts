import type { AstroIntegration } from 'astro';

/**
 * The server bundle of a static build exists only to render the pages, and Astro deletes it
 * afterwards; no reader ever downloads it. Tree-shaking it took about a second of every build
 * (Rollup's "include" passes were its largest cost), and changes nothing in the pages: the built
 * site is the same, byte for byte. The browser bundle is tree-shaken as before.
 */
export function unshakenServerBundle(): AstroIntegration {
  return {
    name: 'sg-unshaken-server-bundle',
    hooks: {
      'astro:build:setup': ({ vite, target }) => {
        if (target !== 'server') return;
        vite.build ??= {};
        vite.build.rollupOptions = { ...vite.build.rollupOptions, treeshake: false };
      },
    },
  };
}
