/** The web app manifest at /manifest.webmanifest: name, icons and colours for installing the site. */
import type { APIRoute } from 'astro';
import tokens from '../styles/tokens.css?raw';
import { createWebAppManifest, readToken } from '../build/web-app-manifest.ts';
import { ui } from '../ui-strings.ts';

export const GET: APIRoute = () => {
  const manifest = createWebAppManifest({
    name: ui.siteName,
    shortName: ui.appShortName,
    description: ui.siteTagline,
    themeColor: readToken(tokens, '--sg-brand'),
    backgroundColor: readToken(tokens, '--sg-bg'),
  });
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
