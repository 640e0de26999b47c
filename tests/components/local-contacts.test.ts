import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';

/** The README's example local contacts file, and the site's own contacts, from the same files the build reads. */
const FIXTURE = parse(readFileSync(new URL('../fixtures/local-contacts.yaml', import.meta.url), 'utf8'));
vi.mock('../../src/build/content.ts', async () => {
  const { contacts } = await import('../support/curriculum.ts');
  return { getSite: async () => ({ local: FIXTURE, contactById: new Map(contacts().map((c) => [c.id, c])) }) };
});

import LocalContacts from '../../src/components/LocalContacts.astro';
import Contact from '../../src/components/mdx/Contact.astro';
import { render } from '../support/render.ts';
import { contacts } from '../support/curriculum.ts';

/** Every phone link in some HTML: [href, text]. */
const phoneLinks = (html: string): [string, string][] => [...html.matchAll(/<a href="(tel:[^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1]!, m[2]!]);

describe('<LocalContacts>', () => {
  it("renders the organisation's numbers exactly as <Contact> renders the site's own: non-breaking spaces, digits-only tel: links", async () => {
    const site = contacts().find((c) => c.phone?.includes(' '))!;
    const sitePhone = site.phone!;
    expect(phoneLinks(await render(Contact, { id: site.id }))[0]).toEqual([`tel:${sitePhone.replace(/ /g, '')}`, sitePhone.replace(/ /g, '\u00a0')]);

    for (const variant of ['full', 'compact']) {
      const links = phoneLinks(await render(LocalContacts, { variant }));
      expect(links.length, variant).toBeGreaterThanOrEqual(5);
      for (const [href, text] of links) {
        expect(text, `${variant}: ${text}`).not.toContain(' ');
        expect(href, variant).toBe(`tel:${text.replace(/\u00a0/g, '')}`);
      }
    }
  });

  it('names the organisation and each role', async () => {
    const html = await render(LocalContacts, { variant: 'full' });
    expect(html).toContain('data-sg-local="present"');
    expect(html).toContain('Designated safeguarding lead: Sam Okafor');
  });
});
