/** The server bundle (deleted after the build) is not tree-shaken; the browser bundle still is. */
import { describe, expect, it } from 'vitest';
import type { InlineConfig } from 'vite';
import { unshakenServerBundle } from '../src/integrations/server-bundle.ts';

function setUp(target: 'server' | 'client', vite: InlineConfig) {
  const hook = unshakenServerBundle().hooks['astro:build:setup'] as unknown as (options: { vite: InlineConfig; target: string }) => void;
  hook({ vite, target });
  return vite;
}

describe('the server bundle', () => {
  it('is not tree-shaken, and keeps the other Rollup options', () => {
    const vite = setUp('server', { build: { rollupOptions: { external: ['sharp'] } } });
    expect(vite.build?.rollupOptions).toEqual({ external: ['sharp'], treeshake: false });
  });

  it('leaves the browser bundle to be tree-shaken', () => {
    expect(setUp('client', { build: {} })).toEqual({ build: {} });
  });
});
