import { test, expect } from './support/fixtures.ts';
import AxeBuilder from '@axe-core/playwright';
import { builtPages } from './support/pages.ts';
import { PAGE_KINDS } from './support/page-kinds.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const pages = builtPages();

test('dist/ holds pages to check', () => {
  expect(pages.length).toBeGreaterThan(5);
});

for (const path of pages) {
  test(`axe finds no WCAG 2.2 A or AA violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    expect(summary, `${path} has accessibility violations`).toEqual([]);
  });
}

/** One page of each kind, for the checks that are too slow to repeat on every page. */
// Read from content/ (tests/support/page-kinds.ts), so editing the curriculum never breaks it.
const SAMPLE = ['home', 'modules index', 'module', 'lesson', 'pathway', 'glossary', 'contacts', 'search with a query', 'guide'].flatMap((kind) => PAGE_KINDS[kind] ?? []).concat('/dev/components/');

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' });
  for (const path of SAMPLE) {
    test(`axe finds no violation on ${path}`, async ({ page }) => {
      await page.goto(path);
      if (path.startsWith('/search/')) await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`), `${path} in dark mode`).toEqual([]);
    });
  }
});

test.describe('at 320 CSS pixels wide (400% zoom on a laptop)', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of SAMPLE) {
    test(`${path} reflows without sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} is ${overflow}px wider than the window`).toBeLessThanOrEqual(0);
    });
  }
});
