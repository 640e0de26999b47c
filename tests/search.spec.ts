import { test, expect } from './support/fixtures.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONTENT_DIR, searchableWord, wordOnlyInOneLessonBody } from './support/curriculum.ts';

/** A word found only in one lesson's prose (read from content/, never typed here). */
const BODY = wordOnlyInOneLessonBody();

/** Searches with the header form, as a learner would, and waits for Pagefind's results. */
async function headerSearch(page: import('@playwright/test').Page, term: string) {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search the curriculum' }).fill(term);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/search/\\?q=${encodeURIComponent(term).replace(/%20/g, '\\+')}`));
  const results = page.locator('.pagefind-ui__result');
  await expect(results.first()).toBeVisible();
  return results;
}

test('the header search finds a lesson by a word only in its body', async ({ page }) => {
  // The word is in that lesson's body and nowhere else in content/: not in any title or description.
  const results = await headerSearch(page, BODY.word);
  // Results name a lesson by its title and time, so find it by its address.
  await expect(results.locator(`a[href="${BODY.lesson.url}"]`).first()).toBeVisible();
});

test('an audience filter narrows the results', async ({ page }) => {
  const results = await headerSearch(page, 'child');
  const before = await page.locator('.pagefind-ui__message').textContent();
  const filters = page.locator('.pagefind-ui__filter-panel');
  await filters.getByText('audience', { exact: false }).first().click();
  await page.getByLabel(/^Volunteers/).check();
  const countOf = (text: string | null) => Number(/(\d+)/.exec(text ?? '')?.[1]);
  // The message passes through "Searching…" (no number) before the filtered count appears.
  await expect.poll(async () => countOf(await page.locator('.pagefind-ui__message').textContent())).toBeLessThan(countOf(before));
  await expect(results.first()).toBeVisible();
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs JavaScript and links to the modules and glossary', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(searchableWord())}`);
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'All modules and lessons' })).toHaveAttribute('href', '/modules/');
    await expect(page.getByRole('link', { name: 'The glossary' })).toHaveAttribute('href', '/glossary/');
  });
});

test('with JavaScript the search page drops the fallback message and reads ?q=', async ({ page }) => {
  await page.goto(`/search/?q=${BODY.word}`);
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
  await expect(page.getByText('Search needs JavaScript')).toHaveCount(0);
  await expect(page.locator('.pagefind-ui__search-input')).toHaveValue(BODY.word);
});

test('a glossary term is a result of its own that opens at its anchor, not the whole glossary page', async ({ page }) => {
  // The term with the longest name, read from content/glossary.yaml: its words find it.
  const terms = parse(readFileSync(join(CONTENT_DIR, 'glossary.yaml'), 'utf8')) as { id: string; term: string }[];
  const term = [...terms].sort((a, b) => b.term.length - a.term.length)[0]!;
  await page.goto(`/search/?q=${encodeURIComponent(term.term)}`);
  const results = page.locator('.pagefind-ui__result');
  await expect(results.first()).toBeVisible();
  const link = results.locator(`a[href="/glossary/#${term.id}"]`);
  for (let more = 0; more < 5 && (await link.count()) === 0; more++) await page.getByRole('button', { name: 'Load more results' }).click();
  await expect(link.first()).toHaveText(term.term);
  await expect(results.locator('a[href="/glossary/"]')).toHaveCount(0);
  await link.first().click();
  await expect(page).toHaveURL(new RegExp(`/glossary/#${term.id}$`));
  await expect(page.locator(`dt#${term.id}`)).toBeInViewport();
});
