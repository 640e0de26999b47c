import { test, expect } from './support/fixtures.ts';
import { lessons, modules } from './support/curriculum.ts';

/**
 * Every module and lesson is found by its own title among the first results, and every search a
 * lesson declares in its frontmatter (`searchTerms`, e.g. "nudify" or "what happens after a
 * referral") finds it among the first five. Both are read from content/ (tests/support/curriculum.ts),
 * so a new or renamed lesson is checked too, and removing one never breaks the test. Runs
 * Pagefind's own API in the browser against the built index.
 */
const TOP = 6;
const TOP_FOR_TERMS = 5;
const EXPECTED: { query: string; finds: string; top: number }[] = [
  ...[...modules(), ...lessons()].map((item) => ({ query: item.title, finds: item.url, top: TOP })),
  ...lessons().flatMap((lesson) => lesson.searchTerms.map((query) => ({ query, finds: lesson.url, top: TOP_FOR_TERMS }))),
];

test('each module and lesson is found by its title, and each lesson by its declared search terms, among the first results', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/search/');
  const misses: string[] = [];
  for (const { query, finds, top } of EXPECTED) {
    const urls = await page.evaluate(
      async ({ query, top }) => {
        const path = '/pagefind/pagefind.js';
        const pagefind = await import(path);
        const search = await pagefind.search(query);
        const data = await Promise.all(search.results.slice(0, top).map((r: { data: () => Promise<{ url: string }> }) => r.data()));
        return data.map((d) => d.url);
      },
      { query, top },
    );
    if (!urls.some((url) => url === finds || url.startsWith(`${finds}#`))) misses.push(`"${query}" did not find ${finds} in its first ${top} results: ${urls.join(', ')}`);
  }
  expect(EXPECTED.length).toBeGreaterThan(0);
  expect(misses).toEqual([]);
});
