import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_ICONS, createWebAppManifest, readToken } from '../src/build/web-app-manifest.ts';

const tokens = readFileSync(new URL('../src/styles/tokens.css', import.meta.url), 'utf8');

describe('web app manifest', () => {
  it('reads the light-theme value of a colour token', () => {
    expect(readToken(tokens, '--sg-brand')).toBe('#0b3d63');
    expect(readToken(tokens, '--sg-bg')).toBe('#ffffff');
  });

  it('names the file and the token when a token is missing', () => {
    expect(() => readToken(tokens, '--sg-nope')).toThrow('src/styles/tokens.css: --sg-nope is not defined');
  });

  it('is installable: a name, a start address, standalone display and 192 and 512 pixel icons, maskable too', () => {
    const manifest = createWebAppManifest({ name: 'Site', shortName: 'S', description: 'd', themeColor: '#000000', backgroundColor: '#ffffff' });
    expect(manifest).toMatchObject({ name: 'Site', short_name: 'S', start_url: '/', display: 'standalone', theme_color: '#000000', background_color: '#ffffff' });
    for (const size of ['192x192', '512x512']) {
      expect(APP_ICONS.some((i) => i.sizes === size && i.type === 'image/png' && i.purpose === 'any')).toBe(true);
      expect(APP_ICONS.some((i) => i.sizes === size && i.purpose === 'maskable')).toBe(true);
    }
  });

  it('lists only icons that exist in public/', () => {
    for (const icon of APP_ICONS) expect(() => readFileSync(new URL(`../public${icon.src}`, import.meta.url)), icon.src).not.toThrow();
  });
});
