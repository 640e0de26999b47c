/**
 * The presenter view (/modules/<module>/<lesson>/present/) and its notes window. The lesson, its
 * scenarios, questions and answers are read from content/ (tests/support/curriculum.ts), never typed here.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { lessons, modules, trainerNoteStart, type Lesson } from './support/curriculum.ts';
import { emptyState, STORE_KEY } from '../src/shared/progress-store.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The first lesson with a scenario, a reflection, a knowledge check and a trainer note. */
function subject(): Lesson {
  const found = lessons().find((l) => ['<Scenario', '<Reflect', '<KnowledgeCheck', '<TrainerNote'].every((c) => l.body.includes(c)));
  if (!found) throw new Error('tests/presenter.spec.ts: no lesson has a <Scenario>, <Reflect>, <KnowledgeCheck> and <TrainerNote>');
  return found;
}
const lesson = subject();
const PRESENT = `${lesson.url}present/`;
const NOTES = `${lesson.url}present/notes/`;
const count = (tag: string) => lesson.body.split(`<${tag}`).length - 1;
/** Title, outcomes and sources, and a slide for each of these components at least (safety rules add more). */
const atLeast = 3 + count('Scenario') + count('Reflect') + count('KnowledgeCheck') + count('KeyPoints');
const scenarioTitles = [...lesson.body.matchAll(/<Scenario\s+title="([^"]+)"/g)].map((m) => m[1]!);
const checks = [...lesson.body.matchAll(/<KnowledgeCheck\s+question="([^"]+)"\s+options=\{\[([\s\S]*?)\]\}\s*\/>/g)].map((m) => {
  const options = m[2]!.split(/\{\s*text:/).slice(1);
  return { question: m[1]!, letter: String.fromCharCode(65 + options.findIndex((o) => /correct:\s*true/.test(o))) };
});

const slides = (page: Page) => page.locator('[data-sg-slide]');
const counter = (page: Page) => page.locator('[data-sg-counter]');

test('the lesson gives the presenter view the checks this spec reads', () => {
  expect(scenarioTitles.length).toBeGreaterThan(0);
  expect(checks.length).toBe(count('KnowledgeCheck'));
  expect(checks.every((c) => /^[A-F]$/.test(c.letter))).toBe(true);
});

test.describe('the way in', () => {
  test('the facilitator pack links each lesson to its presenter view', async ({ page }) => {
    const module = modules().find((m) => m.lessons.some((l) => l.id === lesson.id))!;
    await page.goto(`/modules/${module.id}/facilitator/`);
    for (const l of module.lessons) await expect(page.locator(`a[href="${l.url}present/"]`)).toHaveCount(1);
  });

  test('a lesson shows the link only with trainer view on', async ({ page }) => {
    const link = page.locator(`a[href="${PRESENT}"]`);
    await page.goto(lesson.url);
    await expect(link).toHaveCount(1);
    await expect(link).toBeHidden();
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORE_KEY, JSON.stringify({ ...emptyState(), trainerView: true })]);
    await page.reload();
    await expect(link).toBeVisible();
    await link.click();
    // The slides take their first address (#slide-1) as soon as the script runs.
    await expect(page).toHaveURL(new RegExp(`${PRESENT}(#slide-1)?$`));
    await expect(counter(page)).toHaveText(/^Slide 1 of \d+$/);
  });
});

test.describe('with JavaScript', () => {
  test('steps through the slides by keyboard, with a counter and an address for each slide', async ({ page }) => {
    await page.goto(PRESENT);
    const total = await slides(page).count();
    expect(total).toBeGreaterThanOrEqual(atLeast);
    await expect(counter(page)).toHaveText(`Slide 1 of ${total}`);
    await expect(slides(page).locator('visible=true')).toHaveCount(1);
    await expect(page.locator('#slide-1 h1')).toHaveText(lesson.title);

    for (const [key, n] of [['ArrowRight', 2], ['PageDown', 3], [' ', 4], ['PageUp', 3], ['ArrowLeft', 2], ['End', total], ['Home', 1]] as const) {
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await expect(counter(page)).toHaveText(`Slide ${n} of ${total}`);
      await expect(page).toHaveURL(new RegExp(`#slide-${n}$`));
      await expect(page.locator(`#slide-${n}`)).toBeVisible();
      await expect(slides(page).locator('visible=true')).toHaveCount(1);
    }
    // A trainer resumes where they were from the slide's address.
    await page.goto(`${PRESENT}#slide-3`);
    await page.reload();
    await expect(counter(page)).toHaveText(`Slide 3 of ${total}`);
    await expect(page.locator('#slide-3')).toBeVisible();
  });

  test('reveals a knowledge-check answer with the A key', async ({ page }) => {
    await page.goto(PRESENT);
    const slide = page.locator('[data-sg-slide][data-kind="check"]').first();
    const id = await slide.getAttribute('id');
    while (!(await slide.isVisible())) await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(slide.getByRole('heading', { level: 2 })).toHaveText(checks[0]!.question);
    const answer = slide.locator('details[data-sg-reveal]');
    await expect(answer).not.toHaveAttribute('open', '');
    await page.keyboard.press('a');
    await expect(answer).toHaveAttribute('open', '');
    await expect(answer).toContainText(`The answer is: ${checks[0]!.letter}.`);
  });

  test('opens the notes window with N, and it follows the slides', async ({ page }) => {
    await page.goto(`${PRESENT}#slide-2`);
    await expect(counter(page)).toHaveText(/^Slide 2 of/);
    const [notes] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('n')]);
    await notes.waitForLoadState();
    const shown = notes.locator('[data-sg-notes-slide]').locator('visible=true');
    await expect(shown).toHaveCount(1);
    await expect(shown).toHaveId('slide-2');
    // The lesson's own trainer notes are there for the whole session.
    await expect(notes.locator('.sg-present-notes__lesson')).toContainText(trainerNoteStart(lesson));

    // Moving the slides moves the notes, to the model answer of a knowledge check.
    const check = page.locator('[data-sg-slide][data-kind="check"]').first();
    const checkId = (await check.getAttribute('id'))!;
    await page.bringToFront();
    while (!(await check.isVisible())) await page.keyboard.press('ArrowRight');
    await expect(shown).toHaveId(checkId);
    await expect(notes).toHaveURL(new RegExp(`#${checkId}$`));
    await expect(shown).toContainText(`The answer is: ${checks[0]!.letter}.`);

    // The notes window's own keys move the slides.
    await notes.bringToFront();
    await notes.keyboard.press('ArrowLeft');
    const back = Number(checkId.replace('slide-', '')) - 1;
    await expect(counter(page)).toHaveText(new RegExp(`^Slide ${back} of`));
    await expect(shown).toHaveId(`slide-${back}`);
  });

  test('a reflection slide has a discussion timer the trainer can start', async ({ page }) => {
    await page.goto(PRESENT);
    const slide = page.locator('[data-sg-slide][data-kind="reflect"]').first();
    while (!(await slide.isVisible())) await page.keyboard.press('ArrowRight');
    const time = slide.locator('[data-sg-timer-time]');
    await expect(time).toHaveText('');
    await page.keyboard.press('t');
    await expect(time).toHaveText(/^[12]:\d\d$/);
    await slide.getByRole('button', { name: '5-minute timer' }).click();
    await expect(time).toHaveText(/^[45]:\d\d$/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every slide is on the page, one after another, in the lesson order', async ({ page }) => {
    await page.goto(PRESENT);
    const total = await slides(page).count();
    expect(total).toBeGreaterThanOrEqual(atLeast);
    const ids = await slides(page).evaluateAll((all) => all.map((s) => s.id));
    expect(ids).toEqual(Array.from({ length: total }, (_, i) => `slide-${i + 1}`));
    for (const slide of await slides(page).all()) await expect(slide).toBeVisible();
    await expect(slides(page).first().locator('h1')).toHaveText(lesson.title);
    await expect(slides(page).last().getByRole('heading', { level: 2 })).toHaveText('Sources');
    // Scenarios and questions appear in the order the lesson has them.
    const headings = await page.locator('[data-sg-slide] h2').allTextContents();
    const positions = [...scenarioTitles, ...checks.map((c) => c.question)].map((text) => headings.indexOf(text));
    expect(positions.every((p) => p >= 0), `every scenario and question is a slide heading: ${positions}`).toBe(true);
    expect(positions.slice(0, scenarioTitles.length)).toEqual([...positions.slice(0, scenarioTitles.length)].sort((a, b) => a - b));
    expect(positions.slice(scenarioTitles.length)).toEqual([...positions.slice(scenarioTitles.length)].sort((a, b) => a - b));
    // The answers are folded, and open.
    const answer = page.locator('[data-kind="check"] details[data-sg-reveal]').first();
    await answer.locator('summary').click();
    await expect(answer).toContainText(`The answer is: ${checks[0]!.letter}.`);
  });

  test('the notes page lists every slide’s notes', async ({ page }) => {
    await page.goto(NOTES);
    const sections = page.locator('[data-sg-notes-slide]');
    await expect(sections).toHaveCount(await (async () => {
      const slidesPage = await page.context().newPage();
      await slidesPage.goto(PRESENT);
      return slides(slidesPage).count();
    })());
    for (const s of await sections.all()) await expect(s).toBeVisible();
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    test('axe finds no WCAG 2.2 A or AA violation on the slides and the notes', async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(PRESENT);
      // A knowledge check with its answer revealed: the busiest slide.
      const check = page.locator('[data-sg-slide][data-kind="check"]').first();
      while (!(await check.isVisible())) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('a');
      for (const where of [PRESENT, NOTES]) {
        if (where === NOTES) await page.goto(NOTES);
        const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`), `${where} in the ${colorScheme} theme`).toEqual([]);
      }
    });
  });
}
