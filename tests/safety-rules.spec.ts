/**
 * One rule, taught one way: every shared safety rule shown anywhere on the built site carries the
 * words of content/safety-rules.yaml exactly, step for step, with its numbers from the contacts data.
 * Pages are found in dist/ and the expected words read from the data, so edits to either never
 * break the test; only a page that shows a rule differently does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { test, expect } from './support/fixtures.ts';
import { DIST, builtPages } from './support/pages.ts';

interface RuleData {
  id: string;
  title: string;
  steps: string[];
  contacts?: string[];
}
const rules = new Map((parse(readFileSync('content/safety-rules.yaml', 'utf8')) as RuleData[]).map((r) => [r.id, r]));
const pageFile = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);
const pagesWithRules = builtPages().filter((p) => readFileSync(pageFile(p), 'utf8').includes('data-safety-rule='));

test('the shared safety rules are shown on the site', () => {
  // The component fixture always shows one, so an empty list means the component is not rendering.
  expect(pagesWithRules.length).toBeGreaterThan(0);
});

for (const path of pagesWithRules) {
  test(`every safety rule on ${path} reads exactly as content/safety-rules.yaml`, async ({ page }) => {
    await page.goto(path);
    const shown = await page.locator('[data-safety-rule]').evaluateAll((boxes) =>
      boxes.map((box) => ({
        id: box.getAttribute('data-safety-rule') ?? '',
        title: box.querySelector('.sg-box__title')?.textContent?.trim() ?? '',
        // Each inline number is put back as the {contact:id} token the data file writes.
        steps: [...box.querySelectorAll('.sg-rule__steps > li')].map((li) => {
          const copy = li.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('[data-contact]').forEach((c) => c.replaceWith(`{contact:${c.getAttribute('data-contact')}}`));
          return copy.textContent?.replace(/\s+/g, ' ').trim() ?? '';
        }),
        cards: [...box.querySelectorAll('.sg-rule__contacts > [data-contact]')].map((c) => c.getAttribute('data-contact')),
      })),
    );
    expect(shown.length).toBeGreaterThan(0);
    for (const rule of shown) {
      const data = rules.get(rule.id);
      expect(data, `${path} shows a rule "${rule.id}" that content/safety-rules.yaml does not have`).toBeDefined();
      expect(rule.title).toBe(data!.title);
      expect(rule.steps).toEqual(data!.steps.map((s) => s.replace(/\s+/g, ' ').trim()));
      for (const card of rule.cards) expect(data!.contacts ?? []).toContain(card);
    }
  });
}
