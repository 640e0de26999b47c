/**
 * `/sw.js` under `astro dev` only (injected by service-worker.ts). A production build served on this
 * address earlier (for example `npm run serve` sliding onto the dev port when 4321 was busy) may
 * have left a worker that answers from its stored copy. The browser checks /sw.js for updates, gets
 * this one, and it deletes the stored copy, unregisters itself and reloads the author's pages.
 */
import type { APIRoute } from 'astro';

const REMOVE_OFFLINE_COPY = `
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name.startsWith('sg-')) await caches.delete(name);
    await self.registration.unregister();
    for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
  })());
});
`;

export const GET: APIRoute = () => new Response(REMOVE_OFFLINE_COPY, { headers: { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' } });
