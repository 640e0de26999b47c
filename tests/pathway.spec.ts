import { test, expect } from './support/fixtures.ts';
import type { Page } from '@playwright/test';
import { emptyState, setComplete, STORE_KEY, type LearnerState } from '../src/shared/progress-store.ts';
import { GUIDE_STEP_KEY } from '../src/shared/pathway.ts';
import { pathwayUi } from '../src/ui-strings-pathway.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { lessonTitle, moduleLessons, pathwayIds, readPathway, type TestPathway, type TestStep } from './support/pathways.ts';

/** The volunteer induction: the pathway written for volunteers (steps and titles come from its YAML). */
const volunteer = readPathway(pathwayIds().map(readPathway).find((p) => p.audience === 'volunteer')!.id);
const others = pathwayIds().filter((id) => id !== volunteer.id).map(readPathway);
const NATION = 'england';

/** Stores a learner state in this browser, as the site would. */
async function seed(page: Page, state: LearnerState) {
  await page.goto('/404.html');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORE_KEY, JSON.stringify(state)]);
}

/** The learner state after finishing the given steps (byNation steps in England's version). */
function finished(steps: TestStep[], state = emptyState()): LearnerState {
  const now = new Date();
  let s: LearnerState = { ...state, nation: NATION };
  for (const step of steps) {
    const id = step.lesson ?? step.nations?.[NATION]!.id ?? GUIDE_STEP_KEY;
    s = setComplete(s, id, true, now);
  }
  return s;
}

/** The title a step shows once the learner has chosen England. */
const titleFor = (step: TestStep, chosen: boolean) => (chosen && step.nations ? step.nations[NATION]!.title : step.title);

/** The PDF's page count, from its page objects. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

/** Walks from Start to the record, checking that Next always leads to the next step of the pathway. */
async function walk(page: Page, pathway: TestPathway, js: boolean) {
  await page.goto(pathway.url);
  await page.getByRole('link', { name: 'Start the pathway' }).click();
  for (const [i, step] of pathway.steps.entries()) {
    await expect(page.locator('[data-sg-pathway-position]'), `step ${i + 1}`).toHaveText(`${pathway.title}, step ${i + 1} of ${pathway.steps.length}`);
    if (step.kind === 'byNation' && (await page.getByRole('heading', { level: 1 }).textContent())?.trim() === step.title) {
      // Asked once: the choice of nation (with JavaScript, saved for the rest of the pathway).
      await page.locator(`a[href="${step.nations![NATION]!.url}"]`).first().click();
      await expect(page.locator('[data-sg-pathway-position]')).toHaveText(`${pathway.title}, step ${i + 1} of ${pathway.steps.length}`);
    }
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText(step.kind === 'byNation' ? step.nations![NATION]!.title : step.title);
    if (step.kind === 'guide') {
      const done = page.getByRole('button', { name: pathwayUi.guideDone });
      if (js) {
        await done.click();
        await expect(page.locator('[data-sg-guide-status]')).toHaveText(pathwayUi.guideMarked);
        await expect(page.getByRole('button', { name: pathwayUi.guideNotDone })).toBeVisible();
      } else {
        // Without JavaScript the button could not work, so it is not there; the page says what to do instead.
        await expect(done).toBeHidden();
        await expect(page.getByText(pathwayUi.guideNoJs)).toBeVisible();
      }
    }
    if (js && step.kind !== 'guide') {
      const progress = page.getByRole('region', { name: 'Your progress' });
      await progress.getByRole('button', { name: 'Mark as complete' }).click();
      await expect(progress).toContainText('You completed this lesson on');
    }
    const next = page.locator('a[rel="next"]');
    const after = pathway.steps[i + 1];
    if (after) {
      await expect(next.locator('[data-title]')).toHaveText(after.title);
      await expect(next).toHaveAttribute('href', after.url);
    } else {
      await expect(next).toHaveAttribute('href', `${pathway.url}record/`);
      await expect(page.getByRole('link', { name: 'Print your record of learning' })).toBeVisible();
    }
    await next.click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Record of learning');
}

// Walking every step and printing every record take longer than one page's checks.
test.describe.configure({ timeout: 180_000 });

test.describe('when JavaScript is available', () => {
  test('the volunteer induction walks from Start to the record, Next always the next step', async ({ page }) => {
    await walk(page, volunteer, true);
    const rows = page.locator('tr[data-lessons]');
    await expect(rows).toHaveCount(volunteer.steps.length);
    await expect(rows.locator('[data-sg-record-date]').filter({ hasText: 'Not completed' })).toHaveCount(0);
    await page.goto(volunteer.url);
    await expect(page.getByRole('link', { name: 'Print your record of learning' })).toBeVisible();
    await expect(page.getByText('You have done every required step.')).toBeVisible();
  });

  test('Continue on the pathway page and the home page goes to the first unfinished step', async ({ page }) => {
    // Done: the first step and the third; the second is the first unfinished one.
    const [first, second, third] = volunteer.steps;
    await seed(page, finished([first!, ...(third ? [third] : [])]));
    await page.goto(volunteer.url);
    const go = page.getByRole('link', { name: `Continue: ${titleFor(second!, true)}` });
    await expect(go).toBeVisible();
    const required = volunteer.steps.filter((s) => s.required);
    const requiredDone = [first!, third].filter((s) => s?.required).length;
    await expect(page.locator('[data-sg-pathway-status]')).toContainText(`${requiredDone} of ${required.length} required steps done`);
    await go.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleFor(second!, true));
    await expect(page.locator('[data-sg-pathway-position]')).toHaveText(`${volunteer.title}, step 2 of ${volunteer.steps.length}`);

    await page.goto('/');
    await expect(page.locator('[data-sg-first-visit]')).toBeHidden();
    await page.getByRole('link', { name: `Continue: ${titleFor(second!, true)}` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleFor(second!, true));
    await expect(page.locator('[data-sg-pathway-position]')).toContainText(volunteer.title);
  });

  test('a first-time visitor is led to choose their role', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('[data-sg-home-continue]')).toBeHidden();
    await page.locator('[data-sg-first-visit] a').click();
    await expect(page).toHaveURL(/#home-pathways$/);
    for (const id of pathwayIds()) await expect(page.locator(`#main [data-pathway="${id}"] a`).first()).toBeVisible();
  });

  test('knowledge checks score the first answer, keep feedback on a retry, show all answers and clear', async ({ page }) => {
    const lesson = volunteer.steps.find((s) => s.lesson)!;
    await page.goto(lesson.url);
    const checks = page.locator('sg-knowledge-check');
    const count = await checks.count();
    const progress = page.getByRole('region', { name: 'Your progress' });
    for (let i = 0; i < count; i++) {
      const check = checks.nth(i);
      const correct = Number(await check.getAttribute('data-correct'));
      // The first question wrong, then right: the score keeps the first answer.
      if (i === 0) {
        await check.getByRole('radio').nth((correct + 1) % 2).check();
        await expect(check.locator('.sg-kc__feedback')).toHaveAttribute('data-result', 'incorrect');
      }
      await check.getByRole('radio').nth(correct).check();
      await expect(check.locator('.sg-kc__feedback')).toHaveAttribute('data-result', 'correct');
    }
    await expect(progress).toContainText(`Your score: ${count - 1} correct out of ${count}.`);
    await progress.getByRole('button', { name: 'Show all the answers' }).click();
    const answers = page.locator('sg-knowledge-check details.sg-kc__answer');
    for (let i = 0; i < count; i++) await expect(answers.nth(i)).toHaveJSProperty('open', true);
    await progress.getByRole('button', { name: 'Clear my answers' }).click();
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    await expect(progress).toContainText(`Your score: ${count - 1} correct out of ${count}.`);
    await page.reload();
    await expect(progress).toContainText(`Your score: ${count - 1} correct out of ${count}.`);
  });

  /** A record's paper budget grows with its pathway, read from content/pathways: one A4 page for each twelve lesson steps or part of twelve. */
  const RECORD_STEPS_PER_PAGE = 12;
  test('the record prints on one A4 page per twelve lesson steps (one page for a short pathway), sign-off last and whole', async ({ page }) => {
    for (const pathway of [volunteer, ...others]) {
      await seed(page, { ...finished(pathway.steps), name: 'Sam Jones', reflections: { [pathway.id]: 'Tell the safeguarding lead the same day, and write down what the child said in their own words.' } });
      await page.goto(`${pathway.url}record/`);
      await expect(page.locator('[data-sg-record-date]').filter({ hasText: 'Not completed' })).toHaveCount(0);
      await expect(page.locator('[data-sg-record-refresh]')).not.toContainText('after completion');
      await page.emulateMedia({ media: 'print' });
      const signOff = page.locator('.sg-record__signoff');
      expect(await signOff.evaluate((el) => getComputedStyle(el).breakInside), 'the sign-off block is never split').toBe('avoid');
      // Nothing printed comes after the sign-off block, so it is on the last page.
      const afterIt = await signOff.evaluate((el) => {
        let printed = 0;
        for (let n = el.nextElementSibling; n; n = n.nextElementSibling) if (getComputedStyle(n).display !== 'none') printed++;
        return printed;
      });
      expect(afterIt, 'elements printed after the sign-off block').toBe(0);
      const pages = pageCount(await page.pdf({ format: 'A4', printBackground: true }));
      const budget = Math.max(1, Math.ceil(pathway.steps.length / RECORD_STEPS_PER_PAGE));
      expect(pages, `${pathway.id} record pages (${pathway.steps.length} lesson steps)`).toBeLessThanOrEqual(budget);
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

test.describe('when JavaScript is available, with no nation chosen', () => {
  /** The first lesson (in file order) with a note for a nation, found in the content. */
  const nationLesson = readdirSync('content/modules', { recursive: true, encoding: 'utf8' })
    .filter((f) => /^\d\d-[^/]+\/\d\d-.+\.mdx$/.test(f))
    .sort()
    .find((f) => readFileSync(`content/modules/${f}`, 'utf8').includes('<NationNote'))!
    .replace(/\.mdx$/, '');

  test('a lesson that differs by nation asks once, in place, and the answer can be changed', async ({ page }) => {
    await page.goto(`/modules/${nationLesson}/`);
    const ask = page.getByRole('group', { name: 'This lesson differs by nation. Where do you work?' });
    await expect(ask).toBeVisible();
    await expect(page.locator('details[data-sg-nation-fold]')).toHaveCount(0);
    await ask.getByRole('radio', { name: 'Scotland' }).check();
    await expect(ask).toContainText('Saved: Scotland.');
    const folded = await page.locator('details[data-sg-nation-fold]').count();
    expect(folded, 'notes for other nations fold away').toBeGreaterThan(0);
    await ask.getByRole('radio', { name: 'Show all four' }).check();
    await expect(page.locator('details[data-sg-nation-fold]')).toHaveCount(0);
    await ask.getByRole('radio', { name: 'Wales' }).check();
    await page.reload();
    await expect(ask).toHaveCount(0);
    await expect(page.locator('details[data-sg-nation-fold]').first()).toBeAttached();
    await page.goto('/my-learning/');
    await expect(page.getByRole('radio', { name: 'Wales' })).toBeChecked();
  });
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('the volunteer induction walks from Start to the record, Next always the next step', async ({ page }) => walk(page, volunteer, false));

  test('a lesson reached from its module keeps the module order', async ({ page }) => {
    const step = volunteer.steps.find((s) => s.lesson && moduleLessons(s.lesson.split('/')[0]!).length > 1)!;
    const module = step.lesson!.split('/')[0]!;
    const order = moduleLessons(module);
    const at = order.indexOf(step.lesson!);
    await page.goto(`/modules/${module}/`);
    await page.locator('[data-sg-lesson-list]').getByRole('link', { name: step.title, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/modules/${step.lesson}/$`));
    await expect(page.locator('[data-sg-pathway-position]')).toHaveCount(0);
    const next = order[at + 1];
    const previous = order[at - 1];
    if (next) await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', `/modules/${next}/`);
    if (previous) await expect(page.locator('a[rel="prev"] [data-title]')).toHaveText(lessonTitle(previous));
  });

  test('the pathway page starts at the first step and lists every step', async ({ page }) => {
    await page.goto(volunteer.url);
    await expect(page.getByRole('link', { name: 'Start the pathway' })).toHaveAttribute('href', volunteer.steps[0]!.url);
    const items = page.locator('[data-sg-step-list] > li');
    await expect(items).toHaveCount(volunteer.steps.length);
    for (const [i, step] of volunteer.steps.entries()) await expect(items.nth(i).locator('[data-sg-step-link]')).toHaveAttribute('href', step.url);
  });
});
