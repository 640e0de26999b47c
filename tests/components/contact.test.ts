import { describe, expect, it, vi } from 'vitest';

// Components read content through getSite(); in Vitest there is no content-layer store, so the
// contacts come straight from content/contacts.yaml (read by tests/support/curriculum.ts).
vi.mock('../../src/build/content.ts', async () => {
  const { contacts } = await import('../support/curriculum.ts');
  return { getSite: async () => ({ contactById: new Map(contacts().map((c) => [c.id, c])) }) };
});

import Contact from '../../src/components/mdx/Contact.astro';
import { render } from '../support/render.ts';
import { contacts } from '../support/curriculum.ts';

/** The entries are read from content/contacts.yaml, so editing a number never breaks the test. */
const found = contacts().find((c) => c.phone?.includes(' '));
if (!found?.phone) throw new Error('content/contacts.yaml has no contact with a phone number of several groups');
const withPhone = { ...found, phone: found.phone };

describe('<Contact>', () => {
  it('shows a card with the name and a tel: link whose number never wraps', async () => {
    const html = await render(Contact, { id: withPhone.id });
    expect(html).toContain(`data-contact="${withPhone.id}"`);
    expect(html).toContain(withPhone.name.replace(/'/g, '&#39;'));
    const digits = withPhone.phone.replace(/\s+/g, '');
    expect(html).toContain(`<a href="tel:${digits}">${withPhone.phone.replace(/ /g, '\u00a0')}</a>`);
  });

  it('inline, gives the number with the name for screen readers', async () => {
    const html = await render(Contact, { id: withPhone.id, variant: 'inline' });
    expect(html).toMatch(/^<span class="sg-contact-inline"/);
    expect(html).toContain(`<span class="sg-visually-hidden"> (${withPhone.name.replace(/'/g, '&#39;')})</span>`);
  });

  it('refuses an id that is not in content/contacts.yaml, naming the file', async () => {
    await expect(render(Contact, { id: 'no-such-contact' })).rejects.toThrow(/no-such-contact[\s\S]*content\/contacts\.yaml/);
  });
});
