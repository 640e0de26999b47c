/**
 * Branching scenarios in the browser. The walk-throughs use the fixture scenario at /dev/branching/
 * (src/fixtures/fixture-walk.yaml, built by `npm run build:test`), whose steps this spec reads from
 * the YAML file, so no live scenario's wording is typed here. The last group checks every real
 * scenario a lesson shows, reading its steps from content/scenarios/.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { test, expect } from './support/fixtures.ts';
import { CONTENT_DIR, lessons } from './support/curriculum.ts';
import { stepsInOrder } from '../src/content-engine/branching.mjs';

interface Step {
  id: string;
  text: string;
  question?: string;
  choices?: { label: string; next: string }[];
  outcome?: 'good' | 'mixed' | 'risky';
  title?: string;
}
interface Scenario {
  id: string;
  title: string;
  start: string;
  steps: Step[];
}

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const PAGE = '/dev/branching/';
const PRESENT = '/dev/branching/present/';
const fixture: Scenario = parse(readFileSync(new URL('../src/fixtures/fixture-walk.yaml', import.meta.url), 'utf8'));
const byId = new Map(fixture.steps.map((s) => [s.id, s]));
const step = (id: string) => byId.get(id)!;
const start = step(fixture.start);
/** A choice of `from` that leads straight to an outcome of the given kind, and one that leads to another decision. */
const toOutcome = (from: Step, kind?: Step['outcome']) => from.choices!.find((c) => step(c.next).outcome !== undefined && (kind === undefined || step(c.next).outcome === kind))!;
const toDecision = (from: Step) => from.choices!.find((c) => step(c.next).choices !== undefined)!;
const LABELS = { good: 'Good practice', mixed: 'Partly right', risky: 'Risky' };
const root = (page: Page) => page.locator(`sg-branching#${fixture.id}`);
const shownHeading = (page: Page) => root(page).locator('[data-step]:visible h4');
/** The step shown is the decision `s`, headed by its number on this path, its question after the situation. */
async function expectDecision(page: Page, s: Step, number: number) {
  await expect(shownHeading(page)).toHaveText(`Step ${number}.`, { useInnerText: true });
  await expect(root(page).locator('[data-step]:visible .sg-branching__question')).toHaveText(s.question!);
}

test('the fixture has the paths this spec walks', () => {
  expect(toOutcome(start, 'good')).toBeDefined();
  expect(toDecision(start)).toBeDefined();
  expect(toOutcome(step(toDecision(start).next))).toBeDefined();
});

test.describe('with JavaScript', () => {
  test('one step at a time: a choice, then Back, then a second path to another outcome, and Start again', async ({ page }) => {
    await page.goto(PAGE);
    const box = root(page);
    await expect(box).toHaveClass(/sg-branching--js/);
    await expect(box.locator('[data-step]:visible')).toHaveCount(1);
    await expectDecision(page, start, 1);
    const back = box.getByRole('button', { name: 'Back', exact: true });
    await expect(back).toBeDisabled();
    // Choices are buttons; the links stay for print but are hidden.
    await expect(box.locator('[data-step]:visible').getByRole('button')).toHaveCount(start.choices!.length);
    await expect(box.locator('[data-step]:visible').getByRole('link')).toHaveCount(0);

    // Path 1: straight to the good outcome.
    const good = toOutcome(start, 'good');
    await box.getByRole('button', { name: good.label }).click();
    const goodStep = step(good.next);
    await expect(shownHeading(page)).toContainText(`${LABELS[goodStep.outcome!]}: ${goodStep.title}`);
    await expect(shownHeading(page)).toBeFocused();
    const path = box.locator('[data-sg-branching-path]');
    await expect(path).toBeVisible();
    await expect(path.getByText('Your path')).toBeVisible();
    await expect(path.locator('li')).toHaveText([good.label]);

    // Back returns to the first step, with no path shown.
    await back.click();
    await expectDecision(page, start, 1);
    await expect(shownHeading(page)).toBeFocused();
    await expect(path).toBeHidden();

    // Path 2: through the second decision to a different outcome.
    const first = toDecision(start);
    await box.getByRole('button', { name: first.label }).click();
    const middle = step(first.next);
    await expectDecision(page, middle, 2);
    const second = middle.choices!.find((c) => step(c.next).outcome !== goodStep.outcome)!;
    await box.getByRole('button', { name: second.label }).click();
    const end = step(second.next);
    await expect(shownHeading(page)).toContainText(`${LABELS[end.outcome!]}: ${end.title}`);
    await expect(path.locator('li')).toHaveText([first.label, second.label]);

    // Start again clears the path and returns to the start.
    await box.getByRole('button', { name: 'Start again' }).click();
    await expectDecision(page, start, 1);
    await expect(shownHeading(page)).toBeFocused();
    await expect(path).toBeHidden();
    await expect(back).toBeDisabled();
  });
});

test('on paper, a scenario prints its first step and choices and says the rest is on the site', async ({ page }) => {
  await page.goto(PAGE);
  await expect(root(page)).toHaveClass(/sg-branching--js/);
  // Partway down a path when the learner prints: still the first step, with its choices as text.
  await root(page).getByRole('button', { name: toDecision(start).label }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(root(page).locator('[data-step]:visible')).toHaveCount(1);
  await expect(root(page).locator('[data-step]:visible')).toHaveAttribute('id', `${fixture.id}--${start.id}`);
  await expect(root(page).locator('a[data-next]:visible')).toHaveText(start.choices!.map((c) => c.label));
  await expect(root(page).locator('.sg-branching__print-note')).toContainText(`all ${fixture.steps.length} steps`);
  await expect(root(page).locator('button:visible')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every step is on the page in reading order, and each choice link leads to its step', async ({ page }) => {
    await page.goto(PAGE);
    const order = stepsInOrder(fixture as Parameters<typeof stepsInOrder>[0]).map((s: { id: string }) => s.id);
    await expect(root(page).locator('[data-step]')).toHaveCount(fixture.steps.length);
    expect(await root(page).locator('[data-step]').evaluateAll((els) => els.map((e) => e.id))).toEqual(order.map((id: string) => `${fixture.id}--${id}`));
    for (const s of fixture.steps) {
      const section = page.locator(`#${fixture.id}--${s.id}`);
      await expect(section).toBeVisible();
      await expect(section).toContainText(s.text.trim().split(/\s+/).slice(0, 6).join(' '));
      if (s.outcome) await expect(section.locator('h4')).toContainText(`${LABELS[s.outcome]}: ${s.title}`);
      if (s.outcome) await expect(section.getByRole('link', { name: 'Start again' })).toHaveAttribute('href', `#${fixture.id}--${fixture.start}`);
    }
    await expect(page.getByRole('button', { name: 'Back' })).toBeHidden();

    // Following a link goes to the step's anchor.
    const choice = toDecision(start);
    await page.getByRole('link', { name: choice.label }).click();
    await expect(page).toHaveURL(new RegExp(`#${fixture.id}--${choice.next}$`));
    const target = page.locator(`#${fixture.id}--${choice.next}`);
    await expect(target).toBeInViewport();
    await expect(target.locator('.sg-branching__question')).toHaveText(step(choice.next).question!);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    test(`finds no violation on the fixture, at the start and at an outcome`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(PAGE);
      const first = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      expect(first.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
      await root(page).getByRole('button', { name: toOutcome(start, 'risky').label }).click();
      const outcome = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      expect(outcome.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    });
    test(`finds no violation on the fixture as it reads without JavaScript (every step shown)`, async ({ page }) => {
      test.setTimeout(120_000);
      // The page's scripts are not loaded (axe itself needs the browser's JavaScript).
      await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
      await page.goto(PAGE);
      await expect(root(page).locator('[data-step]:visible')).toHaveCount(fixture.steps.length);
      const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    });
  });
}

test.describe('presenter view', () => {
  test('a slide per step, choices lettered A to D, each linking to its step’s slide', async ({ page }) => {
    await page.goto(PRESENT);
    const slides = page.locator('[data-sg-slide][data-kind="branch"]');
    await expect(slides).toHaveCount(fixture.steps.length);
    const order = stepsInOrder(fixture as Parameters<typeof stepsInOrder>[0]) as Step[];
    const slideOf = new Map<string, string>();
    for (let i = 0; i < order.length; i++) slideOf.set(order[i]!.id, (await slides.nth(i).getAttribute('id'))!);
    for (let i = 0; i < order.length; i++) {
      const s = order[i]!;
      const slide = slides.nth(i);
      if (s.outcome) {
        await expect(slide.locator('h2')).toContainText(`${LABELS[s.outcome]}: ${s.title}`);
        continue;
      }
      await expect(slide.locator('h2')).toContainText(s.question!);
      const links = slide.locator('.sg-slide__choices a');
      await expect(links).toHaveCount(s.choices!.length);
      for (const [j, c] of s.choices!.entries()) {
        await expect(links.nth(j)).toHaveText(`${String.fromCharCode(65 + j)} ${c.label}`);
        await expect(links.nth(j)).toHaveAttribute('href', `#${slideOf.get(c.next)}`);
      }
    }
    // Following a choice shows its step's slide.
    const choice = toDecision(start);
    await page.goto(`${PRESENT}#${slideOf.get(start.id)}`);
    await page.getByRole('link', { name: choice.label }).click();
    await expect(page).toHaveURL(new RegExp(`#${slideOf.get(choice.next)}$`));
    await expect(page.locator(`#${slideOf.get(choice.next)}`)).toBeVisible();
  });
});

/** Every scenario a lesson shows, with the lesson, read from the MDX and content/scenarios/. */
const used = lessons().flatMap((lesson) => [...lesson.body.matchAll(/<Branching\s+id="([^"]+)"/g)].map((m) => ({ lesson, id: m[1]! })));

test('every <Branching id> in a lesson has its file in content/scenarios/', () => {
  for (const { lesson, id } of used) expect(existsSync(join(CONTENT_DIR, 'scenarios', `${id}.yaml`)), `${lesson.id} shows "${id}"`).toBe(true);
});

for (const { lesson, id } of used) {
  test(`${lesson.url} shows every step of the scenario "${id}"`, async ({ browser }) => {
    const scenario: Scenario = parse(readFileSync(join(CONTENT_DIR, 'scenarios', `${id}.yaml`), 'utf8'));
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(lesson.url);
    await expect(page.locator(`sg-branching#${id} [data-step]`)).toHaveCount(scenario.steps.length);
    for (const s of scenario.steps) {
      const section = page.locator(`#${id}--${s.id}`);
      await expect(section).toBeVisible();
      if (s.outcome) await expect(section.locator('h4')).toContainText(s.title!);
      else await expect(section.locator('.sg-branching__question')).toHaveText(s.question!.trim());
    }
    await context.close();
  });
}

for (const { lesson, id } of used) {
  test(`the facilitator pack of ${lesson.url} maps the scenario "${id}": each decision, and where each choice leads`, async ({ page }) => {
    const scenario: Scenario = parse(readFileSync(join(CONTENT_DIR, 'scenarios', `${id}.yaml`), 'utf8'));
    await page.goto(`${lesson.url.split('/').slice(0, 3).join('/')}/facilitator/`);
    const map = page.locator('.sg-box--scenario', { hasText: scenario.title });
    await expect(map).toHaveCount(1);
    // In the lesson page's order (breadth-first), as numbered there.
    const decisions = (stepsInOrder(scenario as Parameters<typeof stepsInOrder>[0]) as Step[]).filter((s) => !s.outcome);
    const items = map.locator('.sg-pack__branching > li');
    await expect(items).toHaveCount(decisions.length);
    for (const [i, s] of decisions.entries()) {
      const item = items.nth(i);
      await expect(item.locator('strong')).toHaveText(s.question!.trim());
      for (const c of s.choices!) {
        const next = scenario.steps.find((n) => n.id === c.next)!;
        await expect(item.locator('li', { hasText: c.label })).toContainText(next.outcome ? next.title! : 'step');
      }
    }
  });
}
