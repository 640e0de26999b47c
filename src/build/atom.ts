/**
 * An Atom 1.0 feed (RFC 4287) as a string: the "What changed" feed at /changes.xml. Pure, so a
 * unit test can parse what it writes. Every link is absolute, built from the site's address.
 */

export interface AtomEntry {
  /** A permanent, unique IRI for the entry. */
  id: string;
  title: string;
  /** "YYYY-MM-DD" or a full date and time. */
  updated: string;
  /** The page the entry is about (absolute). */
  link: string;
  summary: string;
  categories?: string[];
}

export interface AtomFeed {
  /** The feed's permanent IRI (its page's address). */
  id: string;
  title: string;
  subtitle?: string;
  /** The address of the feed itself (rel="self"). */
  self: string;
  /** The web page the feed mirrors (rel="alternate"). */
  alternate: string;
  author: string;
  /** When the newest entry changed. */
  updated: string;
  entries: AtomEntry[];
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Text safe inside an XML element or attribute. */
export const xmlEscape = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c]!);

/** "2026-12-01" → "2026-12-01T00:00:00Z"; a full date and time is kept. */
export const atomDate = (date: string) => (/^\d{4}-\d\d-\d\d$/.test(date) ? `${date}T00:00:00Z` : new Date(date).toISOString());

/** The feed as an XML document. */
export function atomFeed(feed: AtomFeed): string {
  const e = xmlEscape;
  const entries = feed.entries.map((entry) =>
    [
      '  <entry>',
      `    <id>${e(entry.id)}</id>`,
      `    <title>${e(entry.title)}</title>`,
      `    <updated>${atomDate(entry.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${e(entry.link)}"/>`,
      `    <summary type="text">${e(entry.summary)}</summary>`,
      ...(entry.categories ?? []).map((term) => `    <category term="${e(term)}"/>`),
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    `  <id>${e(feed.id)}</id>`,
    `  <title>${e(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${e(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${atomDate(feed.updated)}</updated>`,
    `  <author><name>${e(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${e(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(feed.alternate)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
