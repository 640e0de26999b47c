/**
 * On a 390 by 844 phone and on A4 paper. Pages are found in dist/ and lesson durations read from
 * the lessons' own frontmatter, so an organisation's edits never break these checks: only a page
 * that grows past the limits does.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect } from './support/fixtures.ts';
import { builtPages, lessonPages } from './support/pages.ts';

/** The first screen of a 390 by 844 phone, and the quarter of it the page top may take. */
const PHONE = { width: 390, height: 844 };
const HEADER_BUDGET = Math.floor(PHONE.height / 4);
/** The print limits the issue sets: a 25-minute lesson on 6 A4 pages at most. */
const MAX_LESSON_PAGES = 6;
const LESSON_MINUTES = 25;

const minutesOf = (path: string): number => {
  const file = `content${path.replace(/\/$/, '')}.mdx`;
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  return Number((parse(frontmatter) as { duration?: number }).duration);
};
/** Counts the pages of a PDF. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test.describe('on a 390 by 844 phone', () => {
  test.use({ viewport: PHONE });
  const kinds = builtPages().filter((p, i, all) => all.findIndex((q) => q.split('/')[1] === p.split('/')[1]) === i);

  for (const path of kinds) {
    test(`the emergency line, header and navigation take at most a quarter of the first screen on ${path}`, async ({ page }) => {
      await page.goto(path);
      const bottom = await page.locator('.sg-nav').evaluate((nav) => nav.getBoundingClientRect().bottom);
      expect(bottom).toBeLessThanOrEqual(HEADER_BUDGET);
      // The 999 line is whole and on screen, and the search is one tap away.
      await expect(page.locator('.sg-emergency a[href="tel:999"]')).toBeInViewport();
      await expect(page.getByRole('banner').getByRole('link', { name: 'Search' })).toBeVisible();
    });
  }

  test('the home page shows the 999 message once on the first screen', async ({ page }) => {
    await page.goto('/');
    const onFirstScreen = await page.locator('a[href="tel:999"]').evaluateAll(
      (links, height) => links.filter((a) => { const r = a.getBoundingClientRect(); return r.height > 0 && r.top < height; }).length,
      PHONE.height,
    );
    expect(onFirstScreen).toBe(1);
  });
});

test.describe('on A4 paper', () => {
  const lessons = lessonPages().filter((p) => minutesOf(p) === LESSON_MINUTES);

  test(`there are ${LESSON_MINUTES}-minute lessons to print`, () => {
    expect(lessons.length).toBeGreaterThan(0);
  });

  for (const path of lessons) {
    test(`${path} (${LESSON_MINUTES} minutes) prints on at most ${MAX_LESSON_PAGES} pages`, async ({ page }) => {
      await page.goto(path);
      const pages = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      expect(pages).toBeGreaterThan(0);
      expect(pages).toBeLessThanOrEqual(MAX_LESSON_PAGES);
    });
  }

  test('a facilitator pack prints compactly and has a Print button', async ({ page }) => {
    const pack = builtPages().find((p) => /^\/modules\/[^/]+\/facilitator\/$/.test(p))!;
    const module = pack.replace('facilitator/', '');
    const lessonCount = lessonPages().filter((p) => p.startsWith(module)).length;
    await page.goto(pack);
    await expect(page.getByRole('button', { name: 'Print this pack' })).toBeVisible();
    const pages = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    // The session plan, then each lesson's material: no more than a lesson's own print per lesson.
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(1 + lessonCount * 4);
  });
});
