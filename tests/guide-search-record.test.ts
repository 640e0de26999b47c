import { describe, expect, it } from 'vitest';
import { groupedGuidesHtml } from '../src/integrations/guide-search-record.ts';
import { guideAnchorHref } from '../src/shared/guide-search.ts';

const page = (nation: string, question: string) =>
  `<!DOCTYPE html><html lang="en-GB"><body><h1>Worried in ${nation}?</h1><p>intro</p><sg-guide data-start="a"><section id="step-a"><h3 id="q-a">${question}</h3></section><section id="outcome-b"><h3 id="o-b">Tell your lead</h3></section></sg-guide><footer id="foot">footer</footer></body></html>`;

describe('the "Worried about a child?" guides as one search result', () => {
  it('holds every nation, links each heading to that step of that nation, and keeps the site language', () => {
    const html = groupedGuidesHtml([
      { nation: 'england', html: page('England', 'First question, England?'), file: 'dist/worried/england/index.html' },
      { nation: 'wales', html: page('Wales', 'First question, Wales?'), file: 'dist/worried/wales/index.html' },
    ]);
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('First question, England?');
    expect(html).toContain('First question, Wales?');
    expect(html).toContain('id="wales--outcome-b"');
    expect(html).toContain('id="england--step-a"');
    // The pages' own section ids and anything outside <sg-guide> stay out.
    expect(html).not.toContain('id="step-a"');
    expect(html).not.toContain('footer');
    expect(html).toContain('data-pagefind-filter="audience:Volunteers"');
    expect(html).toContain('data-pagefind-filter="nation:Northern Ireland"');
  });

  it('says which file and what to keep when a guide page has no <sg-guide>', () => {
    expect(() => groupedGuidesHtml([{ nation: 'scotland', html: '<html><body><h1>x</h1></body></html>', file: 'dist/worried/scotland/index.html' }])).toThrow(
      'dist/worried/scotland/index.html: no <sg-guide> element found',
    );
  });

  it('sends a heading to its nation\'s guide, at its step', () => {
    expect(guideAnchorHref('northern-ireland--outcome-image')).toBe('/worried/northern-ireland/#outcome-image');
    expect(guideAnchorHref('wales--step-role')).toBe('/worried/wales/#step-role');
    expect(guideAnchorHref('scotland--guide')).toBe('/worried/scotland/');
    expect(guideAnchorHref('atlantis--step-role')).toBeUndefined();
    expect(guideAnchorHref('learning-outcomes')).toBeUndefined();
  });
});
