import { test, expect } from './support/fixtures.ts';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR, contact } from './support/curriculum.ts';
import { PAGE_KINDS } from './support/page-kinds.ts';

async function homeToNextLesson(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Modules', exact: true }).first().click();
  await expect(page).toHaveURL(/\/modules\/$/);
  const firstModule = page.locator('[data-sg-module-list] a').first();
  const moduleTitle = (await firstModule.textContent())!.replace(/^\d+\.\s*/, '').trim();
  await firstModule.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(moduleTitle);
  const firstLesson = page.locator('[data-sg-lesson-list] a').first();
  const lessonTitle = (await firstLesson.textContent())!.trim();
  await firstLesson.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessonTitle);
  for (const section of ['Before you start', 'Learning outcomes', 'Sources']) {
    await expect(page.getByRole('heading', { name: section, exact: true })).toBeVisible();
  }
  const next = page.locator('a[rel="next"]');
  const nextTitle = (await next.locator('[data-title]').textContent())!.trim();
  await next.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextTitle);
  await expect(page.locator('a[rel="prev"]')).toContainText(lessonTitle);
}

test.describe('when JavaScript is available', () => {
  test('home to module to lesson to the next lesson', async ({ page }) => homeToNextLesson(page));
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });
  test('home to module to lesson to the next lesson', async ({ page }) => homeToNextLesson(page));

  // A control that needs JavaScript is built hidden and shown by its script. If a class's display
  // beat the hidden attribute, the control would show with no script behind it, and pressing it
  // would do nothing (a pathway's "I have walked through the guide" button did, until 2 December 2026).
  test('on every kind of page, nothing marked hidden is shown', async ({ page }) => {
    test.setTimeout(30_000 + Object.keys(PAGE_KINDS).length * 3_000);
    for (const [kind, path] of Object.entries(PAGE_KINDS)) {
      await page.goto(path);
      const shown = await page.locator('[hidden]').evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== 'none').map((el) => el.outerHTML.slice(0, 120)));
      expect(shown, `${kind} (${path}): elements with the hidden attribute that are displayed`).toEqual([]);
    }
  });
});

test('every page carries the emergency line, the way to the guides and the footer helplines', async ({ page }) => {
  for (const path of ['/', '/glossary/', '/contacts/', '/search/']) {
    await page.goto(path);
    const strip = page.getByRole('region', { name: 'Emergency', exact: true });
    await expect(strip).toContainText('If a child is in immediate danger, call 999');
    await expect(strip.getByRole('link', { name: /Worried about a child/ })).toHaveAttribute('href', '/worried/');
    await expect(page.getByRole('contentinfo')).toContainText(contact('nspcc-helpline').name);
  }
});

test('an unknown address gets the helpful 404 page', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'search the curriculum' })).toBeVisible();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the footer links to the accessibility statement, with every section its file holds', async ({ page }) => {
  // Read from content/pages/accessibility.mdx, so an organisation's own wording never breaks this.
  const mdx = readFileSync(join(CONTENT_DIR, 'pages', 'accessibility.mdx'), 'utf8');
  const title = /^title: (.+)$/m.exec(mdx)![1]!.trim();
  const sections = [...mdx.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1]!.trim());
  expect(sections.length).toBeGreaterThan(3);
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(/\/accessibility\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  // Markdown turns straight quotes into curly ones.
  const asShown = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]")}$`);
  for (const section of sections) await expect(page.getByRole('heading', { name: asShown(section) })).toBeVisible();
});
