import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';

/** The README's example local contacts file (the same file the adopter check uses). */
const FIXTURE = parse(readFileSync(new URL('../fixtures/local-contacts.yaml', import.meta.url), 'utf8'));
/** What getSite() returns: the organisation's file, or none. Set per test. */
const site: { local: unknown } = { local: undefined };
vi.mock('../../src/build/content.ts', () => ({ getSite: async () => site }));

import LocalNumbers from '../../src/components/handouts/LocalNumbers.astro';
import { render } from '../support/render.ts';

const OTHER_NATION = ['england', 'wales', 'scotland', 'northern-ireland'].find((n) => n !== FIXTURE.defaultNation)!;
const ROLES = 6; // a lead, a deputy, children's services in and out of hours, the LADO, the police
const count = (html: string, text: string) => html.split(text).length - 1;
/** Text as Astro escapes it in HTML. */
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#39;');

describe('<LocalNumbers> on a handout', () => {
  beforeEach(() => {
    site.local = undefined;
  });

  for (const variant of ['compact', 'sheet'] as const) {
    it(`${variant}: without a local contacts file, every role gets a line to fill in and no example details`, async () => {
      const html = await render(LocalNumbers, { variant });
      expect(html).toContain('data-sg-local="blank"');
      expect(count(html, 'data-sg-blank')).toBeGreaterThanOrEqual(ROLES);
      expect(html).not.toContain(FIXTURE.organisation);
      expect(html).not.toContain('href="tel:');
    });

    it(`${variant}: with a local contacts file, the organisation's people and services are filled in`, async () => {
      site.local = FIXTURE;
      const html = await render(LocalNumbers, { variant, nation: FIXTURE.defaultNation });
      expect(html).toContain('data-sg-local="present"');
      expect(html).toContain(escaped(FIXTURE.organisation));
      for (const person of FIXTURE.safeguardingLeads) expect(html).toContain(escaped(person.name));
      for (const key of ['childrensServices', 'childrensServicesOutOfHours', 'lado', 'police']) {
        expect(html, key).toContain(escaped(FIXTURE[key].name));
        expect(html, key).toContain(`href="tel:${FIXTURE[key].phone.replace(/ /g, '')}"`);
      }
      // The fixture names a lead and a deputy and every service: nothing is left blank.
      expect(count(html, 'data-sg-blank')).toBe(0);
    });
  }

  it("a flowchart for another nation leaves lines to fill in, and says where the organisation's numbers are", async () => {
    site.local = FIXTURE;
    const html = await render(LocalNumbers, { variant: 'compact', nation: OTHER_NATION });
    expect(html).toContain('data-sg-local="blank"');
    expect(count(html, 'data-sg-blank')).toBeGreaterThanOrEqual(ROLES);
    expect(html).toContain(FIXTURE.organisation);
    expect(html).not.toContain(FIXTURE.lado.name);
  });

  it('with only one safeguarding lead, the deputy is a line to fill in', async () => {
    site.local = { ...FIXTURE, safeguardingLeads: FIXTURE.safeguardingLeads.slice(0, 1) };
    const html = await render(LocalNumbers, { variant: 'sheet' });
    expect(html).toContain(FIXTURE.safeguardingLeads[0].name);
    expect(html).not.toContain(FIXTURE.safeguardingLeads[1].name);
    expect(html).toMatch(/<tr data-sg-row="blank">\s*<th scope="row">Deputy safeguarding lead<\/th>/);
  });

  it('with more people than a flowchart lists, the flowchart names the first two and points to the sheet, which lists them all', async () => {
    const extra = [3, 4, 5].map((n) => ({ name: `Person Number ${n} Featherstonehaugh-Whitcombe`, role: `Deputy safeguarding lead ${n}`, phone: `01632 960 10${n}` }));
    site.local = { ...FIXTURE, safeguardingLeads: [...FIXTURE.safeguardingLeads, ...extra] };
    const flowchart = await render(LocalNumbers, { variant: 'compact', nation: FIXTURE.defaultNation });
    for (const person of FIXTURE.safeguardingLeads) expect(flowchart).toContain(escaped(person.name));
    for (const person of extra) expect(flowchart).not.toContain(person.name);
    expect(flowchart).toMatch(/<li data-sg-more-leads>3 more safeguarding contacts: see the <a href="\/handouts\/local-numbers\/">local numbers sheet<\/a>\.<\/li>/);
    const sheet = await render(LocalNumbers, { variant: 'sheet', extraRows: 2 });
    for (const person of [...FIXTURE.safeguardingLeads, ...extra]) expect(sheet).toContain(escaped(person.name));
    expect(sheet).not.toContain('data-sg-more-leads');
    // The extra people take the place of the blank rows for other services.
    expect(count(sheet, 'data-sg-row="blank"')).toBe(0);
  });

  it('the sheet adds the blank rows asked for', async () => {
    site.local = FIXTURE;
    const html = await render(LocalNumbers, { variant: 'sheet', extraRows: 2 });
    expect(count(html, 'data-sg-row="blank"')).toBe(2);
  });
});
