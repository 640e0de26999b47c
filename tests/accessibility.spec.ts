import { test, expect } from './support/fixtures.ts';
import AxeBuilder from '@axe-core/playwright';
import { builtPages } from './support/pages.ts';

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
