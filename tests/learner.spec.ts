import { test, expect } from './support/fixtures.ts';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { emptyState, setComplete, STORE_KEY, SET_ASIDE_PREFIX, type LearnerState } from '../src/shared/progress-store.ts';
import { formatMinutes } from '../src/shared/order.ts';
import { builtPages } from './support/pages.ts';
import { readPathway } from './support/pathways.ts';
import { lessonWithEveryNation, moduleWithScenario, progressSubject, trainerNoteStart } from './support/curriculum.ts';

// What these tests expect is read from content/ (tests/support/curriculum.ts), never typed here,
// so an organisation can add lessons and pathway steps without breaking them.
const SUBJECT = progressSubject();
const MODULE = SUBJECT.module.id;
const LESSON = SUBJECT.lesson.id;
const LESSON_URL = SUBJECT.lesson.url;
const PATHWAY = SUBJECT.pathway.id;
const MODULE_LESSONS = SUBJECT.module.lessons.length;
/** The pathway's steps, read from its YAML. */
const STEPS = readPathway(PATHWAY).steps;
/** A lesson with a nation note for each of the four nations, and a trainer note. */
const NATIONS_LESSON = lessonWithEveryNation().url;
/** The first words of that lesson's trainer note. */
const TRAINER_NOTE = trainerNoteStart(lessonWithEveryNation());
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const today = () => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** Stores a learner state in this browser, as the site would. */
async function seed(page: Page, state: LearnerState) {
  await page.goto('/404.html');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORE_KEY, JSON.stringify(state)]);
}

/** Collects every request that leaves the site's origin (a blob: download stays in the browser). */
function offsiteRequests(page: Page): string[] {
  const offsite: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'blob:' && url.protocol !== 'data:' && url.hostname !== 'localhost') offsite.push(request.url());
  });
  return offsite;
}

/** Answers every knowledge check on a lesson page, the first one wrongly. */
async function answerEveryCheck(page: Page) {
  const checks = page.locator('sg-knowledge-check');
  const count = await checks.count();
  for (let i = 0; i < count; i++) {
    const check = checks.nth(i);
    const correct = Number(await check.getAttribute('data-correct'));
    await check.getByRole('radio').nth(i === 0 ? (correct + 1) % 3 : correct).check();
  }
  return count;
}

test.describe('when JavaScript is available', () => {
  test('progress survives a reload and shows on module and pathway pages', async ({ page }) => {
    const offsite = offsiteRequests(page);
    await page.goto(LESSON_URL);
    const progress = page.getByRole('region', { name: 'Your progress' });
    await expect(progress).toContainText('counts as complete when you reach its end');
    const count = await answerEveryCheck(page);
    await progress.scrollIntoViewIfNeeded();
    // Reaching the end with every question answered completes the lesson.
    await expect(progress).toContainText(`You completed this lesson on ${today()}.`);
    await expect(progress).toContainText(`Your score: ${count - 1} correct out of ${count}.`);

    await page.reload();
    await expect(progress).toContainText(`You completed this lesson on ${today()}.`);
    await expect(progress).toContainText(`Your score: ${count - 1} correct out of ${count}.`);
    const first = page.locator('sg-knowledge-check').first();
    await expect(first.getByRole('radio', { checked: true })).toHaveCount(1);
    await expect(first.locator('.sg-kc__feedback')).toHaveAttribute('data-result', 'incorrect');

    // Clearing the answers keeps the score: the first answer to each question counts.
    await progress.getByRole('button', { name: 'Clear my answers' }).click();
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    await expect(progress).toContainText(`Your score: ${count - 1} correct out of ${count}.`);
    await expect(progress).toContainText('You completed this lesson on');

    await page.goto(`/modules/${MODULE}/`);
    await expect(page.getByRole('progressbar', { name: `1 of ${MODULE_LESSONS} lessons completed` })).toHaveAttribute('value', '1');
    await expect(page.getByText(`Next: ${SUBJECT.nextInModule.title}`, { exact: true })).toBeVisible();
    await expect(page.locator(`[data-lesson="${LESSON}"]`)).toContainText('Completed');
    await expect(page.locator(`[data-lesson="${SUBJECT.nextInModule.id}"]`)).not.toContainText('Completed');

    await page.goto(`/pathways/${PATHWAY}/`);
    await expect(page.getByRole('progressbar', { name: `1 of ${STEPS.filter((s) => s.required).length} required steps done` })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Continue: / })).toBeVisible();

    await page.goto('/modules/');
    await expect(page.getByRole('progressbar', { name: /^All modules: 1 of \d+ lessons completed$/ })).toBeVisible();
    await expect(page.locator(`[data-module="${MODULE}"]`).getByRole('progressbar')).toHaveAccessibleName(`1 of ${MODULE_LESSONS} lessons completed`);
    expect(offsite).toEqual([]);
  });

  test('corrupt stored data leads to the notice, not an error', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    await page.goto('/404.html');
    await page.evaluate((key) => localStorage.setItem(key, '{"app":"sg-learner","lessons":'), STORE_KEY);
    await page.goto(`/modules/${MODULE}/`);
    const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
    await expect(notice).toContainText('It has been set aside, not deleted');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const stored = await page.evaluate(([key, prefix]) => ({ current: localStorage.getItem(key!), aside: Object.keys(localStorage).filter((k) => k.startsWith(prefix!)).map((k) => localStorage.getItem(k)) }), [STORE_KEY, SET_ASIDE_PREFIX]);
    expect(stored).toEqual({ current: null, aside: ['{"app":"sg-learner","lessons":'] });

    // The next page reads cleanly, and My learning offers the set-aside data.
    await notice.getByRole('link', { name: 'My learning' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Delete it' }).click();
    await expect(page.getByText('The set-aside data has been deleted.')).toBeVisible();
    await expect(page.getByText('Nothing has been set aside.')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('export then import on a fresh browser context restores progress', async ({ page, browser }) => {
    const offsite = offsiteRequests(page);
    await page.goto(LESSON_URL);
    await page.getByRole('button', { name: 'Mark as complete' }).click();
    await expect(page.getByText('Lesson complete. Your progress is saved in this browser.')).toBeVisible();
    await page.goto('/my-learning/');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save my progress to a file' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^safeguarding-progress-\d{4}-\d\d-\d\d\.json$/);
    const file = await download.path();

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    const offsiteToo = offsiteRequests(other);
    const origin = new URL(page.url()).origin;
    await other.goto(`${origin}/my-learning/`);
    await other.getByLabel('Progress file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not progress') });
    await other.getByRole('button', { name: 'Load progress from the file' }).click();
    await expect(other.locator('#import-message')).toContainText('notes.txt: this is not a progress file');
    await other.getByLabel('Progress file').setInputFiles(file);
    await other.getByRole('button', { name: 'Load progress from the file' }).click();
    await expect(other.locator('#import-message')).toHaveText('Progress loaded: 1 completed lesson in this browser now.');
    await other.goto(`${origin}/modules/${MODULE}/`);
    await expect(other.getByRole('progressbar', { name: `1 of ${MODULE_LESSONS} lessons completed` })).toBeVisible();
    await fresh.close();
    expect([...offsite, ...offsiteToo]).toEqual([]);
  });

  test('a changed nation choice changes the guide link and folds other nations’ notes', async ({ page }) => {
    await page.goto(NATIONS_LESSON);
    const worried = page.locator('[data-sg-worried-link]');
    await expect(worried).toHaveAttribute('href', '/worried/');
    await expect(page.getByRole('heading', { name: 'In England' })).toBeVisible();

    await page.goto('/my-learning/');
    await page.getByRole('radio', { name: 'Wales' }).check();
    await expect(page.getByText('Saved: Wales.')).toBeVisible();
    await expect(worried).toHaveAttribute('href', '/worried/wales/');

    await page.goto(NATIONS_LESSON);
    await expect(worried).toHaveAttribute('href', '/worried/wales/');
    await expect(page.getByRole('heading', { name: 'In Wales' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'In England' })).toBeHidden();
    const fold = page.locator('details[data-sg-nation-fold]').filter({ hasText: 'In England' });
    await fold.getByText('In England: not your chosen nation. Open to read.').click();
    await expect(page.getByRole('heading', { name: 'In England' })).toBeVisible();
    await worried.click();
    await expect(page).toHaveURL(/\/worried\/wales\/$/);

    await page.goto('/contacts/');
    await expect(page.getByText('Contacts for Wales come first in each group.')).toBeVisible();
    await expect(page.locator('section[data-kind="reporting"] > :nth-child(2)')).toHaveAttribute('data-nation', 'wales');

    await page.goto('/my-learning/');
    await page.getByRole('radio', { name: 'All four nations' }).check();
    await page.goto(NATIONS_LESSON);
    await expect(page.locator('details[data-sg-nation-fold]')).toHaveCount(0);
    await expect(worried).toHaveAttribute('href', '/worried/');
  });

  test('the record of learning lists completed lessons with dates', async ({ page }) => {
    await page.goto(LESSON_URL);
    await page.getByRole('button', { name: 'Mark as complete' }).click();
    await expect(page.getByText('Lesson complete.')).toBeVisible();
    await page.goto(`/pathways/${PATHWAY}/`);
    await page.getByRole('link', { name: 'record of learning' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Record of learning/);
    await expect(page.getByText('This is a self-declared record.')).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(escape(SUBJECT.lesson.title)) });
    await expect(row).toContainText(today());
    await expect(page.getByRole('row', { name: new RegExp(escape(SUBJECT.otherStep.title)) }).first()).toContainText('Not completed');
    await expect(page.locator('[data-sg-record-total]')).toHaveText(new RegExp(`^${formatMinutes(SUBJECT.lesson.duration)} completed, of [\\w ]+$`));
    await expect(page.locator('[data-sg-record-refresh]')).toContainText('after completion');

    await page.getByLabel('Learner’s name').fill('Sam Jones');
    await page.getByLabel('Reflection').fill('Tell the safeguarding lead the same day.');
    await page.reload();
    await expect(page.getByLabel('Learner’s name')).toHaveValue('Sam Jones');
    await expect(page.getByLabel('Reflection')).toHaveValue('Tell the safeguarding lead the same day.');
  });

  test('in print media, answers are visible and chrome is hidden', async ({ page }) => {
    await page.goto(NATIONS_LESSON);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.sg-header', '.sg-nav', '.sg-breadcrumbs', '.sg-footer', '.sg-lesson-nav', 'sg-lesson-progress']) {
      await expect(page.locator(chrome)).toBeHidden();
    }
    const answers = page.locator('.sg-kc__answer');
    for (let i = 0; i < (await answers.count()); i++) {
      await expect(answers.nth(i).getByText('The answer is:')).toBeVisible();
      await expect(answers.nth(i).locator('ol li').first()).toBeVisible();
    }
    const source = page.locator('.sg-sources a').first();
    const after = await source.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(await source.getAttribute('href'));

    await page.goto(`/pathways/${PATHWAY}/record/`);
    await expect(page.locator('.sg-emergency')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print this record' })).toBeHidden();
    await expect(page.getByText('Supervisor or safeguarding lead')).toBeVisible();
  });

  test('axe passes with trainer view on, a nation chosen and progress shown', async ({ page }) => {
    // Five axe runs: on a busy two-core machine they take longer than one page's checks.
    test.slow();
    await page.goto('/my-learning/');
    await page.getByRole('switch', { name: /Trainer view/ }).check();
    await expect(page.getByText('Trainer view is on')).toBeVisible();
    await page.getByRole('radio', { name: 'Scotland' }).check();
    await page.goto(NATIONS_LESSON);
    const note = page.locator('details[data-sg-trainer-note]');
    await expect(note).toHaveAttribute('open', '');
    await expect(note).toContainText(TRAINER_NOTE);
    await page.getByRole('button', { name: 'Mark as complete' }).click();
    for (const path of [NATIONS_LESSON, `/modules/${NATIONS_LESSON.split('/')[2]}/`, '/modules/', '/my-learning/', `/pathways/${PATHWAY}/record/`]) {
      if (path !== NATIONS_LESSON) await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`), `${path} with the learner tools in use`).toEqual([]);
    }
  });

  test('trainer notes are hidden from learners by default', async ({ page }) => {
    await page.goto(NATIONS_LESSON);
    await expect(page.locator('details[data-sg-trainer-note]')).toBeHidden();
    await seed(page, { ...setComplete(emptyState(), LESSON, true, new Date()), trainerView: true });
    await page.goto(NATIONS_LESSON);
    await expect(page.locator('details[data-sg-trainer-note]')).toBeVisible();
  });
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('every page stays readable', async ({ page }) => {
    // Every built page, lessons inside pathways included: more than one test's usual time.
    test.setTimeout(builtPages().length * 2_000 + 30_000);
    for (const path of builtPages()) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
      expect((await page.locator('main').innerText()).length, `${path} has little readable text`).toBeGreaterThan(100);
    }
  });

  test('lessons, records and packs are whole without the learner tools', async ({ page }) => {
    await page.goto(NATIONS_LESSON);
    for (const nation of ['England', 'Wales', 'Scotland', 'Northern Ireland']) await expect(page.getByRole('heading', { name: `In ${nation}` })).toBeVisible();
    await expect(page.locator('sg-lesson-progress')).toBeHidden();
    const note = page.locator('details[data-sg-trainer-note]');
    await expect(note).not.toHaveAttribute('open', '');
    await note.getByText('Trainer notes').click();
    await expect(note).toContainText(TRAINER_NOTE);

    await page.goto(`/pathways/${PATHWAY}/record/`);
    await expect(page.getByRole('row')).toHaveCount(1 + STEPS.length);
    await expect(page.locator('[data-sg-record-date] .sg-record__blank')).toHaveCount(STEPS.length);
    await expect(page.locator('.sg-record__outcomes')).toHaveCount(STEPS.filter((s) => s.kind === 'lesson').length);
    await expect(page.getByRole('heading', { name: 'Sign-off' })).toBeVisible();

    const { module: packModule, scenario } = moduleWithScenario();
    await page.goto(`${packModule.url}facilitator/`);
    await expect(page.getByRole('heading', { name: 'Session plan' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Knowledge checks and answers' }).first()).toBeVisible();
    await expect(page.getByText('The answer is:').first()).toBeVisible();
    await expect(page.getByText(scenario, { exact: true }).first()).toBeVisible();

    await page.goto('/my-learning/');
    await expect(page.getByText('These tools need JavaScript')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save my progress to a file' })).toBeHidden();
    await expect(page.getByRole('link', { name: `Record of learning: ${SUBJECT.pathway.title}` })).toBeVisible();
  });
});
