/**
 * The four "Worried about a child?" guides share most of their words, so as four pages they took
 * the first four search results for any question about what to do, crowding out the lessons. They
 * are indexed as ONE page, /worried/, holding every nation's questions and outcomes; the search page
 * (src/browser/search.ts) sends that result to the learner's own nation's guide.
 *
 * Each question and outcome heading keeps an id of the form `<nation>--step-<id>` or
 * `<nation>--outcome-<id>`, so a sub-result can be sent to that step of that nation's guide.
 */
import { AUDIENCES, NATIONS, AUDIENCE_NAMES, NATION_NAMES, type Nation } from '../shared/vocab.ts';
import { GUIDES_TITLE } from '../shared/guide-search.ts';

/** A built guide page: its nation and its HTML as written to dist/. */
export interface BuiltGuide {
  nation: Nation;
  html: string;
  /** Where it was read from, for error messages. */
  file: string;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One HTML document for Pagefind holding every guide's questions and outcomes, with the filters of a page meant for everyone. */
export function groupedGuidesHtml(guides: BuiltGuide[]): string {
  const parts = guides.map(({ nation, html, file }) => {
    const start = html.indexOf('<sg-guide');
    const end = html.indexOf('</sg-guide>');
    if (start < 0 || end < 0) {
      throw new Error(`${file}: no <sg-guide> element found; the search index groups the guides from it. Keep <sg-guide> in src/pages/worried/[nation].astro.`);
    }
    const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? NATION_NAMES[nation];
    // Headings are linked by their node's address in that nation's guide.
    const body = html
      .slice(start, end + '</sg-guide>'.length)
      .replace(/ id="q-([^"]+)"/g, ` id="${nation}--step-$1"`)
      .replace(/ id="o-([^"]+)"/g, ` id="${nation}--outcome-$1"`)
      .replace(/ id="(?!(?:[a-z-]+)--(?:step|outcome)-)[^"]*"/g, '');
    return `<section><h2 id="${nation}--guide">${title}</h2>${body}</section>`;
  });
  const filters = [
    '<span data-pagefind-filter="type:Guide"></span>',
    ...AUDIENCES.map((a) => `<span data-pagefind-filter="audience:${AUDIENCE_NAMES[a]}"></span>`),
    ...NATIONS.map((n) => `<span data-pagefind-filter="nation:${NATION_NAMES[n]}"></span>`),
  ].join('');
  // The site's own language, or Pagefind files the guides in an index of their own that the search page never loads.
  const lang = /<html[^>]* lang="([^"]+)"/.exec(guides[0]?.html ?? '')?.[1] ?? 'en';
  return `<!doctype html><html lang="${escapeHtml(lang)}"><head><title>${escapeHtml(GUIDES_TITLE)}</title></head><body><main data-pagefind-body><h1>${escapeHtml(GUIDES_TITLE)}</h1>${filters}${parts.join('')}</main></body></html>`;
}
