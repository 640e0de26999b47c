/**
 * The change log in the browser (issue 21): the What changed pages, the Atom feed, and
 * "Updated since you completed it" on the lesson, its pathway and My learning. Which lesson, its
 * change and its dates are read from the content, never typed here.
 */
import { test, expect } from './support/fixtures.ts';
import type { Page } from '@playwright/test';
import { emptyState, serialiseStore, setComplete, STORE_KEY } from '../src/shared/progress-store.ts';
import { changesUi, learnerUi, pathwayUi } from '../src/ui-strings.ts';
import { lessons, pathways } from './support/curriculum.ts';
import { atomProblems, parseXml } from './support/atom.ts';

/** "7 December 2026", as the pages write a date (src/browser/learner.ts longDate). */
const longDate = (d: Date) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

const lastSignificant = (l: ReturnType<typeof lessons>[number]) => l.changes.find((c) => c.significant);
/** A lesson with a change to practice, preferably one a pathway lists as a lesson step. */
const inPathway = new Set(pathways().flatMap((p) => p.steps.map((s) => s.lesson.id)));
const changed = lessons().filter((l) => lastSignificant(l));
const subject = changed.find((l) => inPathway.has(l.id)) ?? changed[0];
const pathway = subject && pathways().find((p) => p.steps.some((s) => s.lesson.id === subject.id));

const day = (date: string, offsetDays: number, time = '12:00:00') => new Date(Date.parse(`${date}T${time}Z`) + offsetDays * 86_400_000);

/** Stores progress with the lesson completed at `when`, before any page script runs. */
async function completedAt(page: Page, id: string, when: Date) {
  const state = serialiseStore(setComplete(emptyState(), id, true, when));
  await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [STORE_KEY, state]);
}

/** The subject lesson, its pathway and My learning show no "Updated since you completed it". */
async function notUpdatedAnywhere(page: Page) {
  await page.goto(subject!.url);
  // The page script has run once the progress box shows.
  await expect(page.locator('sg-lesson-progress')).toBeVisible();
  await expect(page.locator('[data-sg-updated]')).toBeHidden();
  if (pathway) {
    await page.goto(pathway.url);
    await expect(page.locator('[data-sg-pathway-status]')).toBeVisible();
    await expect(page.locator('[data-sg-updated-tag]')).toHaveCount(0);
  }
  await page.goto('/my-learning/');
  await expect(page.locator('[data-sg-progress-empty]')).toBeHidden();
  await expect(page.locator('[data-sg-updated-list]')).toBeHidden();
}

test.describe('What changed', () => {
  test('lists every change newest first, and the practice-only page lists only significant ones', async ({ page }) => {
    const all = lessons().flatMap((l) => l.changes.map((c) => ({ ...c, lesson: l })));
    await page.goto('/changes/');
    const items = page.locator('.sg-changes > li');
    await expect(items).toHaveCount(all.length);
    const versions = await page.locator('.sg-changes-version h2 time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
    expect(versions).toEqual([...new Set(all.map((c) => c.date))].sort().reverse());
    const first = all.sort((a, b) => b.date.localeCompare(a.date))[0];
    if (first) await expect(page.locator('.sg-changes-version').first()).toContainText(first.summary);

    await page.getByRole('link', { name: changesUi.significantOnly }).click();
    await expect(page).toHaveURL(/\/changes\/significant\/$/);
    await expect(page.locator('.sg-changes > li')).toHaveCount(all.filter((c) => c.significant).length);
    await expect(page.locator('.sg-changes > li[data-significant="false"]')).toHaveCount(0);
  });

  test('the footer links the page and shows the content version of the newest change', async ({ page }) => {
    const newest = lessons().flatMap((l) => l.changes.map((c) => c.date)).sort().at(-1)!;
    await page.goto('/');
    const footer = page.getByRole('contentinfo');
    await expect(footer.locator(`time[datetime="${newest}"]`)).toHaveText(newest.replaceAll('-', '.'));
    await footer.getByRole('link', { name: changesUi.title, exact: false }).click();
    await expect(page).toHaveURL(/\/changes\/$/);
  });

  test('the Atom feed is valid Atom 1.0 with an entry per change and absolute links', async ({ request, baseURL }) => {
    const response = await request.get('/changes.xml');
    expect(response.ok()).toBe(true);
    expect(response.headers()['content-type']).toContain('xml');
    const xml = await response.text();
    expect(atomProblems(xml)).toEqual([]);
    const entries = parseXml(xml).filter((e) => e.path === 'feed/entry/link');
    expect(entries).toHaveLength(lessons().flatMap((l) => l.changes).length);
    // Each entry links a lesson page that exists on this site (the feed's host is the configured site).
    const first = new URL(entries[0]!.attributes['href']!);
    const page = await request.get(new URL(first.pathname, baseURL).href);
    expect(page.ok()).toBe(true);
  });
});

test.describe('Updated since you completed it', () => {
  test('shows on the lesson, its pathway step and My learning for a completion before the change', async ({ page }) => {
    expect(subject, 'the content has no change marked significant: true').toBeDefined();
    const change = lastSignificant(subject!)!;
    await completedAt(page, subject!.id, day(change.date, -1));

    await page.goto(subject!.url);
    const notice = page.locator('[data-sg-updated]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(changesUi.updated);
    await expect(notice).toContainText(change.summary);

    if (pathway) {
      await page.goto(pathway.url);
      const step = page.locator('[data-sg-step-list] > li').filter({ has: page.locator(`a[href$="/${subject!.id}/"]`) });
      await expect(step.locator('[data-sg-updated-tag]')).toHaveText(pathwayUi.updated);
    }

    await page.goto('/my-learning/');
    const list = page.locator('[data-sg-updated-list]');
    await expect(list).toBeVisible();
    await expect(list.getByRole('link', { name: subject!.title })).toHaveAttribute('href', subject!.url);
  });

  test('"I have read it again" at the end of the lesson clears it on the lesson, its pathway and My learning, and the record keeps the first date', async ({ page }) => {
    expect(subject, 'the content has no change marked significant: true').toBeDefined();
    const change = lastSignificant(subject!)!;
    const firstDone = day(change.date, -1);
    // Stored once (not before every page, as completedAt does), so the learner's change stays.
    await page.goto('/404.html');
    const state = serialiseStore(setComplete(emptyState(), subject!.id, true, firstDone));
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORE_KEY, state]);

    await page.goto(subject!.url);
    await expect(page.locator('[data-sg-updated]')).toContainText(changesUi.readAgainHint);
    const progress = page.getByRole('region', { name: 'Your progress' });
    await expect(progress.locator('[data-sg-completion]')).toContainText(learnerUi.lesson.readAgain);
    await progress.getByRole('button', { name: learnerUi.lesson.readAgainButton }).click();
    await expect(progress.locator('[data-sg-lesson-status]')).toHaveText(learnerUi.lesson.nowReadAgain);
    await expect(progress.getByRole('button', { name: learnerUi.lesson.readAgainButton })).toBeHidden();
    // The learner's place moves to the line that now says both dates.
    const completion = progress.locator('[data-sg-completion]');
    await expect(completion).toBeFocused();
    await expect(completion).toHaveText(learnerUi.lesson.readAgainOn(longDate(firstDone), longDate(new Date())));
    await expect(page.locator('[data-sg-updated]')).toBeHidden();

    await notUpdatedAnywhere(page);
    if (pathway) {
      // The record of learning still shows the date the lesson was first completed.
      await page.goto(`${pathway.url}record/`);
      await expect(page.locator(`tr[data-lessons~="${subject!.id}"] [data-sg-record-date]`)).toHaveText(longDate(firstDone));
    }
  });

  test('does not show for a completion on or after the day of the change', async ({ page }) => {
    expect(subject, 'the content has no change marked significant: true').toBeDefined();
    const change = lastSignificant(subject!)!;
    await completedAt(page, subject!.id, day(change.date, 0, '00:00:01'));
    await notUpdatedAnywhere(page);
  });
});
