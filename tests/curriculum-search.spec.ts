import { test, expect } from './support/fixtures.ts';
import { lessons, modules } from './support/curriculum.ts';

/**
 * Every module and lesson is found by its own title among the first results. The titles are read
 * from content/ (tests/support/curriculum.ts), so a new or renamed lesson is checked too, and
 * removing one never breaks the test. Runs Pagefind's own API in the browser against the built index.
 */
const EXPECTED: { query: string; finds: string }[] = [...modules(), ...lessons()].map((item) => ({ query: item.title, finds: item.url }));

const TOP = 6;

test('each module and lesson is found by its title among the first results', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/search/');
  const misses: string[] = [];
  for (const { query, finds } of EXPECTED) {
    const urls = await page.evaluate(
      async ({ query, top }) => {
        const path = '/pagefind/pagefind.js';
        const pagefind = await import(path);
        const search = await pagefind.search(query);
        const data = await Promise.all(search.results.slice(0, top).map((r: { data: () => Promise<{ url: string }> }) => r.data()));
        return data.map((d) => d.url);
      },
      { query, top: TOP },
    );
    if (!urls.some((url) => url === finds || url.startsWith(`${finds}#`))) misses.push(`"${query}" did not find ${finds} in its first ${TOP} results: ${urls.join(', ')}`);
  }
  expect(EXPECTED.length).toBeGreaterThan(0);
  expect(misses).toEqual([]);
});
