import { test, expect } from './support/fixtures.ts';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, builtPages } from './support/pages.ts';
import { PAGE_KINDS } from './support/page-kinds.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/**
 * Every page, except that the presenter view (…/present/ and …/present/notes/, two pages per
 * lesson, built from the same components) is checked on one lesson per module here; its spec,
 * tests/presenter.spec.ts, runs axe on it in both themes with the slides showing.
 */
const PRESENTER = /^\/modules\/([^/]+)\/[^/]+\/present\//;
const presenterSample = new Set<string>();
const pages = builtPages().filter((path) => {
  const module = PRESENTER.exec(path)?.[1];
  if (module === undefined) return true;
  const key = `${module} ${path.endsWith('/notes/') ? 'notes' : 'slides'}`;
  if (presenterSample.has(key)) return false;
  presenterSample.add(key);
  return true;
});
const pageFile = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);

test('dist/ holds pages to check', () => {
  expect(pages.length).toBeGreaterThan(5);
});

for (const path of pages) {
  test(`axe finds no WCAG 2.2 A or AA violation on ${path}`, async ({ page }) => {
    // axe takes several seconds on a long page (the glossary), more on a busy two-core machine.
    test.setTimeout(120_000);
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    expect(summary, `${path} has accessibility violations`).toEqual([]);
  });
}

/** One page of each kind, for the checks that are too slow to repeat on every page. */
// Read from content/ (tests/support/page-kinds.ts), so editing the curriculum never breaks it.
const SAMPLE = ['home', 'modules index', 'module', 'lesson', 'pathway', 'glossary', 'contacts', 'search with a query', 'guide', 'handout flowchart'].flatMap((kind) => PAGE_KINDS[kind] ?? []).concat('/dev/components/');

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' });
  for (const path of SAMPLE) {
    test(`axe finds no violation on ${path}`, async ({ page }) => {
      // As for the light theme above: axe takes over 30 s on the glossary on a busy two-core machine.
      test.setTimeout(120_000);
      await page.goto(path);
      if (path.startsWith('/search/')) await expect(page.locator('.sg-search-result').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`), `${path} in dark mode`).toEqual([]);
    });
  }
});

test.describe('at 320 CSS pixels wide (400% zoom on a laptop)', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('no page scrolls sideways: wide tables scroll in their own region', async ({ page }) => {
    test.setTimeout(30_000 + pages.length * 3_000);
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${path} (${overflow}px too wide)`);
    }
    expect(wide).toEqual([]);
  });

  // Every page that has a Markdown table, read from dist/, so edits to the content never break this.
  for (const path of pages.filter((p) => readFileSync(pageFile(p), 'utf8').includes('class="sg-table"'))) {
    test(`the tables on ${path} scroll in a named region the keyboard can reach`, async ({ page }) => {
      await page.goto(path);
      for (const region of await page.locator('.sg-table').all()) {
        await expect(region).toHaveRole('region');
        expect(await region.getAttribute('aria-label')).toMatch(/^Table: .+/);
        await region.focus();
        await expect(region).toBeFocused();
      }
    });
  }
});
