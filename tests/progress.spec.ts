/**
 * The progress store under faults (issue 19): two tabs writing at once, a browser that refuses to
 * store, unreadable data too large to copy aside, a partly damaged store, and replacing progress
 * from a file. Lessons are read from the build, never named here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures.ts';
import type { Page } from '@playwright/test';
import { emptyState, serialiseStore, setComplete, recordAnswer, SET_ASIDE_PREFIX, STORE_KEY, type LearnerState } from '../src/shared/progress-store.ts';
import { exportFile } from '../src/shared/progress-transfer.ts';
import { learnerUi, storeUi } from '../src/ui-strings.ts';
import { DIST, lessonPages } from './support/pages.ts';
import { PAGE_KINDS } from './support/page-kinds.ts';
import { lessonWithEveryNation } from './support/curriculum.ts';
import { pathwayUi } from '../src/ui-strings-pathway.ts';

/** Built lessons that have knowledge checks, as { url, id }. */
const lessonsWithChecks = () =>
  lessonPages()
    .filter((url) => readFileSync(join(DIST, url, 'index.html'), 'utf8').includes('<sg-knowledge-check'))
    .map((url) => ({ url, id: url.replace(/^\/modules\/|\/$/g, '') }));

const NOT_SAVED = /^Not saved: this browser is not letting the site store your progress/;

async function storedState(page: Page): Promise<LearnerState> {
  return JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)) ?? 'null') as LearnerState;
}

/** Chooses an option of the first knowledge check on a lesson page; returns its index. */
async function answerFirstCheck(page: Page, option = 0) {
  // A tab in the background gets no animation frames, which Playwright's clicks wait for.
  await page.bringToFront();
  const check = page.locator('sg-knowledge-check').first();
  await check.getByRole('radio').nth(option).check();
  return { check, id: (await check.getAttribute('data-check-id'))! };
}

test('two tabs writing progress keep both, and an open page shows the other tab’s change', async ({ context }) => {
  test.setTimeout(90_000);
  const [first, second] = lessonsWithChecks();
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  const tabC = await context.newPage();
  // All three open before anything is saved: each page has read the same empty store.
  await tabA.goto(first!.url);
  await tabB.goto(second!.url);
  await tabC.goto(first!.url);

  const a = await answerFirstCheck(tabA, 1);
  const b = await answerFirstCheck(tabB, 2);
  await tabB.getByRole('button', { name: 'Mark as complete' }).click();
  await tabA.bringToFront();
  await tabA.getByRole('button', { name: 'Mark as complete' }).click();

  const state = await storedState(tabA);
  expect(state.lessons[first!.id]?.answers[a.id]?.choice, 'tab A’s answer').toBe(1);
  expect(state.lessons[second!.id]?.answers[b.id]?.choice, 'tab B’s answer').toBe(2);
  expect(state.lessons[first!.id]?.completedAt, 'tab A’s completion').toBeTruthy();
  expect(state.lessons[second!.id]?.completedAt, 'tab B’s completion').toBeTruthy();

  // Tab C, on the same lesson as tab A, shows A's answer and completion without a reload.
  await expect(tabC.locator('sg-knowledge-check').first().getByRole('radio').nth(1)).toBeChecked();
  await expect(tabC.getByRole('region', { name: 'Your progress' })).toContainText('You completed this lesson on');

  // A name typed on a record page is not erased by a lesson tab saving afterwards.
  const record = await context.newPage();
  await record.goto('/my-learning/');
  const recordUrl = await record.getByRole('link', { name: /^Record of learning/ }).first().getAttribute('href');
  await record.goto(recordUrl!);
  await record.getByLabel('Learner’s name').fill('Sam Example');
  await tabB.bringToFront();
  await tabB.getByRole('button', { name: 'Mark as not complete' }).click();
  expect((await storedState(tabB)).name).toBe('Sam Example');
  await expect(tabA.getByRole('region', { name: 'Your progress' })).toContainText('You completed this lesson on');
});

test.describe('when the browser will not store anything more', () => {
  /** Fills localStorage to its quota with other keys, as other data on the same site could. */
  async function fillStorage(page: Page) {
    await page.evaluate(() => {
      let size = 1 << 20;
      let i = 0;
      while (size >= 1) {
        try {
          localStorage.setItem(`filler-${i++}`, 'x'.repeat(size));
        } catch {
          size = Math.floor(size / 2);
        }
      }
    });
  }

  test('a lesson says its answer and completion were not saved, and My learning warns', async ({ page }) => {
    const [lesson] = lessonsWithChecks();
    await page.goto(lesson!.url);
    await fillStorage(page);
    const { check } = await answerFirstCheck(page);
    await expect(check.locator('.sg-kc__feedback')).toContainText(storeUi.notSaved);

    const progress = page.getByRole('region', { name: 'Your progress' });
    await progress.getByRole('button', { name: 'Mark as complete' }).click();
    const status = progress.locator('[data-sg-lesson-status]');
    await expect(status).toHaveText(NOT_SAVED);
    await expect(status).toContainText('save it to a file on My learning');
    await expect(progress).not.toContainText('Your progress is saved');
    expect(await storedState(page)).toBeNull();

    await page.goto('/my-learning/');
    await expect(page.locator('[data-sg-no-storage]')).toBeVisible();
    await expect(page.locator('[data-sg-no-storage]')).toHaveText(NOT_SAVED);
  });

  test('a lesson that asks for the nation says the choice was not saved', async ({ page }) => {
    await page.goto(lessonWithEveryNation().url);
    await fillStorage(page);
    const ask = page.getByRole('group', { name: 'This lesson differs by nation. Where do you work?' });
    await ask.getByRole('radio', { name: 'Scotland' }).check();
    await expect(ask.locator('.sg-message')).toHaveText(NOT_SAVED);
    await expect(ask).not.toContainText('Saved: Scotland.');
    expect(await storedState(page)).toBeNull();
  });

  test('a lesson that asks for the nation promises to save the choice only where the browser stores it', async ({ page }) => {
    const { hint, hintSaved } = learnerUi.nationAsk;
    const ask = page.getByRole('group', { name: learnerUi.nationAsk.legend });
    await page.goto(lessonWithEveryNation().url);
    await expect(ask.getByText(hintSaved)).toBeVisible();
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.reload();
    await expect(ask).toContainText(hint);
    await expect(ask.getByText(hintSaved)).toBeHidden();
  });

  test('"I have read it again" says it was not saved', async ({ page }) => {
    // A lesson with a change to practice, completed the day before it (read from the built page).
    const lesson = lessonPages()
      .map((url) => ({ url, changed: /data-sg-updated="(\d{4}-\d\d-\d\d)"/.exec(readFileSync(join(DIST, url, 'index.html'), 'utf8'))?.[1] }))
      .find((l) => l.changed);
    expect(lesson, 'a built lesson with a change marked significant: true').toBeDefined();
    const id = lesson!.url.replace(/^\/modules\/|\/$/g, '');
    await page.goto('/404.html');
    const before = new Date(Date.parse(`${lesson!.changed}T12:00:00Z`) - 86_400_000);
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORE_KEY, serialiseStore(setComplete(emptyState(), id, true, before))]);
    await page.goto(lesson!.url);
    await fillStorage(page);
    const progress = page.getByRole('region', { name: 'Your progress' });
    await progress.getByRole('button', { name: learnerUi.lesson.readAgainButton }).click();
    await expect(progress.locator('[data-sg-lesson-status]')).toHaveText(NOT_SAVED);
    expect((await storedState(page)).lessons[id]!.readAgainAt).toBeUndefined();
  });

  test("a pathway's guide step says marking it done was not saved", async ({ page }) => {
    const guideStep = PAGE_KINDS['pathway step: walk through a guide'];
    expect(guideStep, 'a pathway in content/pathways/ has a guide step').toBeDefined();
    await page.goto(guideStep!);
    await fillStorage(page);
    await page.getByRole('button', { name: pathwayUi.guideDone }).click();
    await expect(page.locator('[data-sg-guide-status]')).toHaveText(NOT_SAVED);
    await expect(page.getByText(pathwayUi.guideMarked)).toHaveCount(0);
    expect(await storedState(page)).toBeNull();
  });

  test('a choose-a-nation step promises to save the choice only where the browser stores it', async ({ page }) => {
    const nationStep = PAGE_KINDS['pathway step: choose a nation'];
    expect(nationStep, 'a pathway in content/pathways/ has a byNation step').toBeDefined();
    await page.goto(nationStep!);
    await expect(page.getByText(pathwayUi.byNationSaved)).toBeVisible();
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.reload();
    await expect(page.locator('[data-sg-step-page][data-sg-enhanced]')).toBeAttached();
    await expect(page.getByText(pathwayUi.byNationSaved)).toBeHidden();
  });

  test('My learning warns when storage can be read but every write is refused', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto('/my-learning/');
    await expect(page.locator('[data-sg-no-storage]')).toBeVisible();
    // The trainer view switch is where the learner acts on this page: it says so there too.
    await page.getByLabel(/^Trainer view/).check();
    await expect(page.locator('[data-sg-trainer-status]')).toHaveText(NOT_SAVED);
  });
});

test('reaching the end completes a lesson without moving the buttons the learner is about to press', async ({ page }) => {
  // Every question answered, the end not yet reached: the page opens at its top.
  const [lesson] = lessonsWithChecks();
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto(lesson!.url);
  const id = (await page.locator('sg-lesson-progress').getAttribute('data-lesson'))!;
  const checks = await page.locator('[data-lesson-id] sg-knowledge-check').evaluateAll((els) => els.map((e) => ({ id: (e as HTMLElement).dataset['checkId']!, correct: Number((e as HTMLElement).dataset['correct']) })));
  const answered = checks.reduce((s, c) => recordAnswer(s, id, c.id, { choice: c.correct, correct: true }, new Date()), emptyState());
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORE_KEY, serialiseStore(answered)]);
  await page.reload();
  const progress = page.getByRole('region', { name: 'Your progress' });
  const completion = progress.locator('[data-sg-completion]');
  await expect(completion).toHaveText(learnerUi.lesson.howItCompletes);
  // Where each button sits on the page, before and after reaching the end completes the lesson.
  const buttons = progress.getByRole('button', { name: new RegExp(`^(${learnerUi.lesson.showAll}|${learnerUi.lesson.retry})$`) });
  await expect(buttons).toHaveCount(2);
  const tops = () => buttons.evaluateAll((els) => els.map((b) => b.getBoundingClientRect().top + window.scrollY));
  const before = await tops();
  await progress.evaluate((e) => e.scrollIntoView({ block: 'end' }));
  await expect(completion).toHaveText(/^You completed this lesson on /);
  expect(await tops()).toEqual(before);
});

test('unreadable progress too large to set aside is kept, never overwritten, until the learner chooses', async ({ page }) => {
  const [lesson] = lessonsWithChecks();
  await page.goto('/404.html');
  // About 3 million characters: the browser's quota (about 5 million) has no room for a copy.
  const length = await page.evaluate((key) => {
    localStorage.setItem(key, `{"app":"sg-learner","version":1,"lessons":{"${'x'.repeat(3_000_000)}`);
    return localStorage.getItem(key)!.length;
  }, STORE_KEY);

  await page.goto(lesson!.url);
  const notice = page.getByRole('status').filter({ hasText: storeUi.unreadable });
  await expect(notice).toContainText(storeUi.heldTail);
  await expect(notice).not.toContainText('It has been set aside');
  const { check } = await answerFirstCheck(page);
  await expect(check.locator('.sg-kc__feedback')).toContainText(storeUi.notSavedHeld);
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(page.locator('[data-sg-lesson-status]')).toHaveText(storeUi.notSavedHeld);
  expect(await page.evaluate((key) => localStorage.getItem(key)?.length, STORE_KEY), 'the unreadable data, untouched').toBe(length);

  await page.goto('/my-learning/');
  const list = page.locator('[data-sg-set-aside-list]');
  await expect(list).toContainText('Progress that could not be read');
  const [download] = await Promise.all([page.waitForEvent('download'), list.getByRole('button', { name: 'Download it' }).click()]);
  const saved = readFileSync((await download.path())!, 'utf8');
  expect(saved.length).toBe(length);

  await list.getByRole('button', { name: 'Delete it' }).click();
  await expect(page.locator('[data-sg-set-aside-status]')).toContainText('Your progress is saved in this browser again');
  await page.goto(lesson!.url);
  await answerFirstCheck(page, 1);
  expect((await storedState(page)).lessons[lesson!.id]).toBeTruthy();
});

test('a partly damaged store keeps its valid parts and sets the whole aside', async ({ page }) => {
  const [lesson] = lessonsWithChecks();
  const good = setComplete(emptyState(), lesson!.id, true, new Date());
  await page.goto('/404.html');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORE_KEY, JSON.stringify({ ...good, nation: 'atlantis' })]);
  await page.goto(lesson!.url);
  const notice = page.getByRole('status').filter({ hasText: storeUi.partial });
  await expect(notice).toContainText('nation "atlantis" is not one of');
  await expect(notice).toContainText(storeUi.partialTail);
  await expect(page.getByRole('region', { name: 'Your progress' })).toContainText('You completed this lesson on');
  const keys = await page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)), SET_ASIDE_PREFIX);
  expect(keys).toHaveLength(1);
  expect((await storedState(page)).lessons[lesson!.id]?.completedAt).toBe(good.lessons[lesson!.id]!.completedAt);
});

test('replacing progress from a file asks first, and the replaced progress can be restored', async ({ page }) => {
  const [mine, theirs] = lessonsWithChecks();
  const now = new Date();
  const current = recordAnswer(setComplete(emptyState(), mine!.id, true, now), mine!.id, 'kc', { choice: 0, correct: true }, now);
  const file = setComplete(emptyState(), theirs!.id, true, now);
  await page.goto('/404.html');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORE_KEY, serialiseStore(current)]);
  await page.goto('/my-learning/');

  const choose = async () => {
    await page.getByLabel('Progress file').setInputFiles({ name: 'other-device.json', mimeType: 'application/json', buffer: Buffer.from(exportFile(file, now)) });
    await page.getByLabel('Replace the progress in this browser with it').check();
    await page.getByRole('button', { name: 'Load progress from the file' }).click();
  };
  await choose();
  const confirm = page.locator('[data-sg-replace-confirm]');
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText('other-device.json');
  await confirm.getByRole('button', { name: 'Keep my progress' }).click();
  expect(await storedState(page)).toEqual(current);

  await choose();
  await confirm.getByRole('button', { name: 'Yes, replace my progress' }).click();
  await expect(page.locator('[data-sg-data-status]')).toContainText('Progress replaced: 1 completed lesson');
  expect(await storedState(page)).toEqual(file);

  const list = page.locator('[data-sg-set-aside-list]');
  const item = list.getByRole('listitem').filter({ hasText: 'Your progress as it was before it was replaced' });
  await expect(item).toHaveCount(1);
  await item.getByRole('button', { name: 'Restore it' }).click();
  await expect(page.locator('[data-sg-set-aside-status]')).toContainText('Progress restored');
  expect(await storedState(page)).toEqual(current);
  // What the restore replaced (the file's progress) is set aside in its turn, and the restored copy is gone.
  await expect(list.getByRole('listitem').filter({ hasText: 'before it was replaced' })).toHaveCount(1);
  await list.getByRole('button', { name: 'Restore it' }).click();
  expect(await storedState(page)).toEqual(file);
});
