/** The web app manifest, which makes the site installable, built from the site's words and colour tokens. */

/** One icon in the manifest. */
export interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: 'any' | 'maskable';
}

/** The icons in public/icons/ (made from public/favicon.svg by scripts/make-icons.mjs). */
export const APP_ICONS: readonly ManifestIcon[] = [
  { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
  { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
];

/**
 * A colour token's light-theme value (its first declaration) from tokens.css, so the installed app
 * uses the same colours as the pages.
 */
export function readToken(css: string, name: `--sg-${string}`): string {
  const match = new RegExp(`${name}\\s*:\\s*([^;]+);`).exec(css);
  if (!match) throw new Error(`src/styles/tokens.css: ${name} is not defined, but the web app manifest needs it. Define it, or change src/pages/manifest.webmanifest.ts.`);
  return match[1]!.trim();
}

/** The manifest's fields. */
export function createWebAppManifest(site: { name: string; shortName: string; description: string; themeColor: string; backgroundColor: string }) {
  return {
    id: '/',
    name: site.name,
    short_name: site.shortName,
    description: site.description,
    lang: 'en-GB',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: site.themeColor,
    background_color: site.backgroundColor,
    icons: APP_ICONS,
  };
}
