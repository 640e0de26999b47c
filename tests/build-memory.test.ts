/** One full garbage collection as the browser bundle starts, where Node allows it (--expose-gc). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InlineConfig, Plugin } from 'vite';
import { collectAfterServerBundle } from '../src/integrations/build-memory.ts';

function setUp(target: 'server' | 'client', vite: InlineConfig = {}) {
  const hook = collectAfterServerBundle().hooks['astro:build:setup'] as unknown as (options: { vite: InlineConfig; target: string }) => void;
  hook({ vite, target });
  return vite;
}
const buildStart = (vite: InlineConfig) => ((vite.plugins as Plugin[]).at(-1)!.buildStart as () => void)();
const global = globalThis as { gc?: (() => void) | undefined };
const gcBefore = global.gc;
afterEach(() => {
  global.gc = gcBefore;
});

describe('the collection after the server bundle', () => {
  it('collects once when the browser bundle starts, after the plugins already there', () => {
    global.gc = vi.fn();
    const other = { name: 'other' };
    const vite = setUp('client', { plugins: [other] });
    expect((vite.plugins as Plugin[]).map((p) => p.name)).toEqual(['other', 'sg-collect-after-server-bundle']);
    expect(global.gc).not.toHaveBeenCalled();
    buildStart(vite);
    expect(global.gc).toHaveBeenCalledTimes(1);
  });

  it('leaves the server bundle alone', () => {
    expect(setUp('server', { build: {} })).toEqual({ build: {} });
  });

  it('does nothing where Node was started without --expose-gc', () => {
    global.gc = undefined;
    expect(() => buildStart(setUp('client'))).not.toThrow();
  });
});
