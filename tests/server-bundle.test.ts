/**
 * The server bundle (deleted after the build) is not tree-shaken, and one full garbage collection
 * follows it where Node allows (--expose-gc); the browser bundle is tree-shaken as before.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InlineConfig, Plugin } from 'vite';
import { serverBundle } from '../src/integrations/server-bundle.ts';

function setUp(target: 'server' | 'client', vite: InlineConfig) {
  const hook = serverBundle().hooks['astro:build:setup'] as unknown as (options: { vite: InlineConfig; target: string }) => void;
  hook({ vite, target });
  return vite;
}
const buildStart = (vite: InlineConfig) => ((vite.plugins as Plugin[]).at(-1)!.buildStart as () => void)();
const global = globalThis as { gc?: (() => void) | undefined };
const gcBefore = global.gc;
afterEach(() => {
  global.gc = gcBefore;
});

describe('the server bundle', () => {
  it('is not tree-shaken, and keeps the other Rollup options', () => {
    const vite = setUp('server', { build: { rollupOptions: { external: ['sharp'] } } });
    expect(vite.build?.rollupOptions).toEqual({ external: ['sharp'], treeshake: false });
    expect(vite.plugins).toBeUndefined();
  });

  it('leaves the browser bundle to be tree-shaken', () => {
    expect(setUp('client', { build: {} }).build).toEqual({});
  });

  it('is collected once as the browser bundle starts, by a plugin after those already there', () => {
    global.gc = vi.fn();
    const vite = setUp('client', { plugins: [{ name: 'other' }] });
    expect((vite.plugins as Plugin[]).map((p) => p.name)).toEqual(['other', 'sg-collect-after-server-bundle']);
    expect(global.gc).not.toHaveBeenCalled();
    buildStart(vite);
    expect(global.gc).toHaveBeenCalledTimes(1);
  });

  it('is left to V8 where Node was started without --expose-gc', () => {
    global.gc = undefined;
    expect(() => buildStart(setUp('client', {}))).not.toThrow();
  });
});
