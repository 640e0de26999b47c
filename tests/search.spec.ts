import { test, expect } from './support/fixtures.ts';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONTENT_DIR, contacts, guides as allGuides, lessons, modules, NATION_NAMES, queryEveryGuideMatches, searchableWord, wordOnlyInOneLessonBody } from './support/curriculum.ts';

/** A word found only in one lesson's prose (read from content/, never typed here). */
const BODY = wordOnlyInOneLessonBody();

/** The search page's own search box (the header has none on that page). */
const searchBox = (page: import('@playwright/test').Page) => page.getByRole('searchbox', { name: 'Search the curriculum' });
/** The number in the visible result message ("12 results for …"). */
const countOf = (text: string | null) => Number(/(\d+)/.exec(text ?? '')?.[1]);

/** Searches with the header form, as a learner would, and waits for the results. */
async function headerSearch(page: import('@playwright/test').Page, term: string) {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search the curriculum' }).fill(term);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/search/\\?q=${encodeURIComponent(term).replace(/%20/g, '\\+')}`));
  const results = page.locator('.sg-search-result');
  await expect(results.first()).toBeVisible();
  return results;
}

test('the header search finds a lesson by a word only in its body', async ({ page }) => {
  // The word is in that lesson's body and nowhere else in content/: not in any title or description.
  const results = await headerSearch(page, BODY.word);
  // Results name a lesson by its title and time, so find it by its address.
  await expect(results.locator(`a[href="${BODY.lesson.url}"]`).first()).toBeVisible();
});

test('an audience filter narrows the results, and the filter lists load only when asked for', async ({ page }) => {
  const filterFiles: string[] = [];
  page.on('request', (request) => request.url().includes('/pagefind/filter/') && filterFiles.push(request.url()));
  const results = await headerSearch(page, 'child');
  const message = page.locator('.sg-search-message');
  const before = await message.textContent();
  expect(filterFiles, 'filter files fetched by a search').toEqual([]);
  await page.locator('summary', { hasText: 'Filter results' }).click();
  await page.getByLabel(/^Volunteers/).check();
  expect(filterFiles.length).toBeGreaterThan(0);
  await expect.poll(async () => countOf(await message.textContent())).toBeLessThan(countOf(before));
  await expect(results.first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /results? for/ })).toHaveText((await message.textContent())!);
});

test('typing searches without a submit, and the address keeps the query', async ({ page }) => {
  await page.goto('/search/');
  await searchBox(page).pressSequentially(BODY.word, { delay: 30 });
  await expect(page.locator(`.sg-search-result a[href="${BODY.lesson.url}"]`).first()).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/search/\\?q=${encodeURIComponent(BODY.word)}$`));
  await expect(page.locator('.sg-search-message')).toContainText(BODY.word);
});

test('a word typed while the search script is still loading is searched when it arrives', async ({ page }) => {
  // A slow connection: the search script arrives only after the learner has typed.
  let release!: () => void;
  const typed = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/search.*.js', async (route) => {
    await typed;
    await route.continue();
  });
  await page.goto('/search/');
  await searchBox(page).fill(BODY.word);
  await expect(page.getByText('Search needs JavaScript')).toBeVisible();
  release();
  await expect(page.locator(`.sg-search-result a[href="${BODY.lesson.url}"]`).first()).toBeVisible();
  await expect(page.locator('.sg-search-message')).toContainText(BODY.word);
});

test('a search that finds nothing says so, and offers no more results', async ({ page }) => {
  const nonsense = 'qqqzzxxq';
  await page.goto(`/search/?q=${nonsense}`);
  const none = `No results for “${nonsense}”. Try a shorter or different word.`;
  await expect(page.locator('.sg-search-message')).toHaveText(none);
  await expect(page.getByRole('status').filter({ hasText: 'No results' })).toHaveText(none);
  await expect(page.locator('.sg-search-result')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Show more results' })).toBeHidden();
  await expect(page.locator('[data-sg-search-error]')).toBeHidden();
});

test('results come five at a time: "Show more results" adds five and moves to the first new one', async ({ page }) => {
  const fragments: string[] = [];
  page.on('request', (request) => request.url().includes('/pagefind/fragment/') && fragments.push(request.url()));
  await page.goto('/search/?q=child');
  const results = page.locator('.sg-search-result');
  await expect(results.first()).toBeVisible();
  const total = countOf(await page.locator('.sg-search-message').textContent());
  expect(total, 'a common word finds more than one screen of results').toBeGreaterThan(5);
  await expect(results).toHaveCount(5);
  // Only the shown results' data was fetched (results can share a fragment file).
  expect(new Set(fragments).size).toBeLessThanOrEqual(5);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(results).toHaveCount(Math.min(10, total));
  await expect(results.nth(5).getByRole('heading').getByRole('link')).toBeFocused();
  // Each result is a heading with a link; at most three sections of it below, never the page itself again.
  for (const result of await results.all()) {
    const href = await result.getByRole('heading', { level: 2 }).getByRole('link').getAttribute('href');
    const sections = result.locator('ul a');
    expect(await sections.count()).toBeLessThanOrEqual(3);
    expect(await sections.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).not.toContain(href);
  }
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs JavaScript and links to the modules and glossary', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(searchableWord())}`);
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    // The search form still works as a plain form: it sends ?q= to this page.
    await expect(page.locator('form[role="search"][method="get"][action="/search/"]')).toHaveCount(1);
    await expect(searchBox(page)).toHaveAttribute('name', 'q');
    await expect(page.getByRole('link', { name: 'All modules and lessons' })).toHaveAttribute('href', '/modules/');
    await expect(page.getByRole('link', { name: 'The glossary' })).toHaveAttribute('href', '/glossary/');
  });
});

test('with JavaScript the search page drops the fallback message and reads ?q=', async ({ page }) => {
  await page.goto(`/search/?q=${BODY.word}`);
  await expect(page.locator('.sg-search-result').first()).toBeVisible();
  await expect(page.getByText('Search needs JavaScript')).toHaveCount(0);
  await expect(searchBox(page)).toHaveValue(BODY.word);
});

test('a glossary term is a result of its own that opens at its anchor, not the whole glossary page', async ({ page }) => {
  // The term with the longest name, read from content/glossary.yaml: its words find it.
  const terms = parse(readFileSync(join(CONTENT_DIR, 'glossary.yaml'), 'utf8')) as { id: string; term: string }[];
  const term = [...terms].sort((a, b) => b.term.length - a.term.length)[0]!;
  await page.goto(`/search/?q=${encodeURIComponent(term.term)}`);
  const results = page.locator('.sg-search-result');
  await expect(results.first()).toBeVisible();
  const link = results.locator(`a[href="/glossary/#${term.id}"]`);
  for (let more = 0; more < 5 && (await link.count()) === 0; more++) {
    const shown = await results.count();
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect(results).not.toHaveCount(shown);
  }
  await expect(link.first()).toHaveText(term.term);
  await expect(results.locator('a[href="/glossary/"]')).toHaveCount(0);
  await link.first().click();
  await expect(page).toHaveURL(new RegExp(`/glossary/#${term.id}$`));
  await expect(page.locator(`dt#${term.id}`)).toBeInViewport();
});

/** Runs Pagefind's own API on the search page: the first `top` results' addresses, titles and texts. */
async function pagefindSearch(page: import('@playwright/test').Page, query: string, options: { top?: number; filters?: Record<string, string> } = {}) {
  return page.evaluate(
    async ({ query, top, filters }) => {
      const path = '/pagefind/pagefind.js';
      const pagefind = await import(path);
      const search = await pagefind.search(query, { filters });
      type Data = { url: string; content: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]> };
      return Promise.all(search.results.slice(0, top).map((r: { data: () => Promise<Data> }) => r.data())) as Promise<Data[]>;
    },
    { query, top: options.top ?? 1000, filters: options.filters ?? {} },
  );
}

test.describe('search results', () => {
  test('a query that every guide matches shows the guides once and still the best-matching lesson in the top five', async ({ page }) => {
    const query = queryEveryGuideMatches();
    await page.goto('/search/');
    const bestLesson = (await pagefindSearch(page, query, { top: 1, filters: { type: 'Lesson' } }))[0];
    expect(bestLesson, `"${query}" finds a lesson`).toBeDefined();
    const top = await pagefindSearch(page, query, { top: 5 });
    const urls = top.map((r) => r.url);
    expect(urls.filter((u) => u.startsWith('/worried/')).length, `"${query}": ${urls.join(', ')}`).toBeLessThanOrEqual(1);
    expect(urls, `"${query}"`).toContain(bestLesson!.url);
    // Every guide is searched: the one result holds every nation's questions.
    const guides = (await pagefindSearch(page, query)).filter((r) => r.url.startsWith('/worried/'));
    expect(guides.map((g) => g.url)).toEqual(['/worried/']);
    for (const g of allGuides()) expect(guides[0]!.content).toContain(g.steps[0]!.question);
  });

  test('a lesson title keeps its punctuation in results', async ({ page }) => {
    // A title with a comma or colon where the content has one: those were the characters lost.
    const punctuated = lessons().find((l) => /[,:]/.test(l.title)) ?? lessons()[0];
    await page.goto('/search/');
    const found = (await pagefindSearch(page, punctuated!.title, { top: 10 })).find((r) => r.url === punctuated!.url);
    expect(found?.meta.title).toBe(`${punctuated!.title} (${punctuated!.duration} minutes)`);
  });

  test('a module filter keeps its title as written, and a glossary term reads as sentences', async ({ page }) => {
    await page.goto('/search/');
    const filters = await page.evaluate(async () => {
      const path = '/pagefind/pagefind.js';
      const pagefind = await import(path);
      return Object.keys((await pagefind.filters())['module'] ?? {});
    });
    // Every module's title, colons and commas kept, and nothing else.
    expect(filters.sort()).toEqual(modules().filter((m) => m.lessons.length > 0).map((m) => m.title).sort());
    const term = (parse(readFileSync(join(CONTENT_DIR, 'glossary.yaml'), 'utf8')) as { id: string; term: string }[])[0]!;
    const found = (await pagefindSearch(page, term.term, { top: 20 })).find((r) => r.url === `/glossary/#${term.id}`);
    expect(found?.content).toContain(term.term);
    expect(found?.content).not.toMatch(/\.\./);
  });

  test('a contact keeps spaces between its details in the indexed text', async ({ page }) => {
    const withWeb = contacts().find((c) => c.web && c.hours);
    expect(withWeb, 'a contact with a website and hours').toBeDefined();
    await page.goto('/search/');
    const found = (await pagefindSearch(page, withWeb!.name, { top: 10 })).find((r) => r.url === '/contacts/');
    expect(found, `"${withWeb!.name}" finds the contacts page`).toBeDefined();
    const text = found!.content.replace(/\s+/g, ' ');
    expect(text).toContain(`When ${withWeb!.hours.replace(/\s+/g, ' ')} Where`);
    expect(text).not.toMatch(/Website[^\s]/);
  });

  test('an audience or a nation filter keeps the pages meant for everyone: the contacts, the guides and the glossary; a nation filter keeps the modules', async ({ page }) => {
    const contact = contacts()[0]!;
    const term = (parse(readFileSync(join(CONTENT_DIR, 'glossary.yaml'), 'utf8')) as { id: string; term: string }[])[0]!;
    const module = modules().find((m) => m.lessons.length > 0)!;
    await page.goto('/search/');
    for (const filters of [{ audience: 'Volunteers' }, { nation: NATION_NAMES['scotland']! }, { audience: 'Social workers', nation: NATION_NAMES['wales']! }]) {
      const urls = async (query: string) => (await pagefindSearch(page, query, { filters })).map((r) => r.url);
      const at = JSON.stringify(filters);
      expect(await urls(contact.name), at).toContain('/contacts/');
      expect(await urls(queryEveryGuideMatches()), at).toContain('/worried/');
      expect(await urls(term.term), at).toContain(`/glossary/#${term.id}`);
      // A module is for the audiences it names, and for every nation.
      if (!('audience' in filters)) expect(await urls(module.title), at).toContain(module.url);
    }
  });

  test('result titles are links at the size of the text around them, and the count is announced politely', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(queryEveryGuideMatches())}`);
    const link = page.locator('.sg-search-result h2 a').first();
    await expect(link).toBeVisible();
    expect(await link.evaluate((a) => getComputedStyle(a).textDecorationLine)).toContain('underline');
    const sizes = await page.evaluate(() => ({
      body: parseFloat(getComputedStyle(document.querySelector('main p, main')!).fontSize),
      excerpt: parseFloat(getComputedStyle(document.querySelector('.sg-search-result p')!).fontSize),
    }));
    expect(sizes.excerpt).toBeGreaterThanOrEqual(sizes.body);
    const message = (await page.locator('.sg-search-message').textContent())!.trim();
    await expect(page.getByRole('status').filter({ hasText: message })).toHaveText(message);
  });


  test('the guides result opens the guide of the nation the learner chose', async ({ page }) => {
    const nation = allGuides().at(-1)!.nation;
    // The guides' own first question finds them first.
    const question = allGuides()[0]!.steps[0]!.question;
    const longest = (question.match(/[a-z]{4,}/gi) ?? []).sort((a, b) => b.length - a.length).slice(0, 2).join(' ');
    const search = `/search/?q=${encodeURIComponent(longest)}`;
    const choose = async (name: string) => {
      await page.goto('/my-learning/');
      await page.getByRole('radio', { name }).check();
      await expect(page.locator('[data-sg-nation-status]')).toContainText('Saved');
    };
    await choose(NATION_NAMES[nation]!);
    await page.goto(search);
    await expect(page.locator(`.sg-search-result h2 a[href="/worried/${nation}/"]`)).toBeVisible();
    await expect(page.locator('.sg-search-result a[href="/worried/"]')).toHaveCount(0);
    // Its steps lead into that nation's guide only.
    const steps = page.locator(`.sg-search-result ul a[href^="/worried/"]`);
    for (const href of await steps.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) expect(href.startsWith(`/worried/${nation}/`)).toBe(true);
    // With all four nations, the result opens the page that lists them.
    await choose('All four nations');
    await page.goto(search);
    await expect(page.locator('.sg-search-result h2 a[href="/worried/"]')).toBeVisible();
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme at 320 CSS pixels wide`, () => {
    test.use({ colorScheme, viewport: { width: 320, height: 640 } });
    test('results, sections, "Show more results" and open filters meet WCAG 2.2 AA and never scroll sideways', async ({ page }) => {
      await page.goto('/search/?q=child');
      await expect(page.locator('.sg-search-result ul a').first()).toBeVisible();
      await page.locator('summary', { hasText: 'Filter results' }).click();
      await expect(page.getByRole('group', { name: 'Audience' }).getByRole('checkbox').first()).toBeVisible();
      await expect(page.getByRole('button', { name: 'Show more results' })).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  });
}
