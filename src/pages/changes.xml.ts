/** The "What changed" Atom feed at /changes.xml: one entry per change-log entry, newest first, absolute links from the configured site. */
import type { APIRoute } from 'astro';
import { getSite } from '../build/content.ts';
import { atomFeed } from '../build/atom.ts';
import { versionOf } from '../shared/changes.ts';
import { changesUi, ui } from '../ui-strings.ts';

export const GET: APIRoute = async ({ site: configured }) => {
  if (!configured) throw new Error('astro.config.mjs: `site` is not set, so the Atom feed (/changes.xml) cannot give absolute links; set SITE_URL to the public address, for example SITE_URL=https://training.example.org.');
  const site = await getSite();
  const at = (path: string) => new URL(path, configured).href;
  const xml = atomFeed({
    id: at('/changes/'),
    title: `${changesUi.title}: ${ui.siteName}`,
    subtitle: changesUi.description,
    self: at('/changes.xml'),
    alternate: at('/changes/'),
    author: ui.siteName,
    updated: site.contentDate,
    entries: site.changes.map((c) => {
      const lesson = site.lessonById.get(c.lesson)!;
      return {
        id: at(`/changes/#${c.anchor}`),
        title: `${lesson.entry.data.title} (${lesson.module.entry.data.title})${c.significant ? `: ${changesUi.significantTag.toLowerCase()}` : ''}`,
        updated: c.date,
        link: at(lesson.url),
        summary: c.summary,
        categories: [`version-${versionOf(c.date)}`, ...(c.significant ? ['significant'] : [])],
      };
    }),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
