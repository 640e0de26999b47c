import type { Locator } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { contacts, firstOnwardAnswer, guide as guideData, guides as allGuides, walkPastTheEmergency } from './support/curriculum.ts';
import { loadGuides, walksCoveringEveryAnswer, type GuideOutcome } from './support/guides.ts';

// Questions, answers and outcomes are read from content/guides/ (tests/support/curriculum.ts).
const NATIONS = allGuides().map((g) => g.nation);
/** The first question of a nation's guide, where its first answer leads, and its first answer that asks another question. */
function firstQuestion(nation: string) {
  const g = guideData(nation);
  const start = g.steps.find((s) => s.id === g.start)!;
  const firstOutcome = g.outcomes.find((o) => o.id === start.answers[0]!.next);
  const onward = firstOnwardAnswer(g, start);
  return { question: start.question, firstOutcome, onward };
}
const visibleNode = '[data-node]:not([hidden])';

test.describe('when JavaScript is available', () => {
  for (const nation of NATIONS) {
    test(`the ${nation} guide asks one question at a time and reaches an outcome`, async ({ page }) => {
      await page.goto(`/worried/${nation}/`);
      const first = page.locator(visibleNode);
      await expect(first).toHaveCount(1);
      const { question, firstOutcome, onward } = firstQuestion(nation);
      await expect(first.getByRole('heading', { level: 3 })).toContainText(question);

      // The first answer of the first question (the emergency) leads straight to its outcome and contacts.
      expect(firstOutcome, `the first answer of the ${nation} guide leads to an outcome`).toBeDefined();
      await first.locator('[data-next]').first().click();
      await expect(page.locator(visibleNode)).toHaveAttribute('data-outcome', '');
      await expect(page.locator(`${visibleNode} > h3`)).toHaveText(firstOutcome!.title);
      await expect(page.locator(`${visibleNode} [data-contact="${firstOutcome!.contacts[0]}"]`).first()).toBeVisible();
      await page.getByRole('button', { name: 'Start again' }).click();

      // Then walk a full path that is not an emergency: the first answer that asks another question, then always the first.
      await page.locator(`${visibleNode} [data-next]`).nth(onward).click();
      const questions: string[] = [];
      for (let step = 0; step < 8; step++) {
        const node = page.locator(visibleNode);
        if ((await node.getAttribute('data-outcome')) !== null) break;
        questions.push((await node.getByRole('heading', { level: 3 }).textContent())!);
        await node.locator('[data-next]').first().click();
      }
      const outcome = page.locator(visibleNode);
      await expect(outcome).toHaveAttribute('data-outcome', '');
      await expect(outcome.getByRole('heading', { level: 3 })).toBeFocused();
      await expect(outcome.getByRole('heading', { name: 'Do this now' })).toBeVisible();
      await expect(outcome.getByRole('heading', { name: 'Write down' })).toBeVisible();
      await expect(outcome.locator('[data-contact]').first()).toBeVisible();
      await expect(outcome.locator('[data-sg-local]')).toBeVisible();

      // Back returns to the last question asked.
      await page.getByRole('button', { name: 'Back' }).click();
      await expect(page.locator(`${visibleNode} h3`)).toHaveText(questions.at(-1)!);
      await page.getByRole('button', { name: 'Start again' }).click();
      await expect(page.locator(`${visibleNode} h3`)).toContainText(firstQuestion(nation).question);
    });
  }
});

test('a guide\'s safety rules show no contact card for a service only in another nation', async ({ page }) => {
  const covers = new Map(contacts().map((c) => [c.id, c.nations]));
  for (const nation of NATIONS) {
    await page.goto(`/worried/${nation}/`);
    const shown = await page.locator('[data-safety-rule] .sg-rule__contacts [data-contact]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-contact')!));
    expect(shown.length, `the ${nation} guide shows a rule with contact cards`).toBeGreaterThan(0);
    for (const id of shown) expect(covers.get(id) ?? [nation], `${id} on the ${nation} guide`).toContain(nation);
  }
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });
  for (const nation of NATIONS) {
    test(`every question and outcome of the ${nation} guide is on the page, linked by anchors`, async ({ page }) => {
      await page.goto(`/worried/${nation}/`);
      const nodes = page.locator('[data-node]');
      const count = await nodes.count();
      expect(count).toBeGreaterThan(4);
      for (let i = 0; i < count; i++) await expect(nodes.nth(i)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Start again' })).toBeHidden();
      // Every answer is a link to a node on the same page.
      const targets = await page.locator('[data-next]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      for (const href of targets) await expect(page.locator(href)).toHaveCount(1);
      await page.locator('[data-next]').first().click();
      await expect(page).toHaveURL(/#outcome-/);
    });
  }
});

test('the emergency strip leads to the guides from every page in one step', async ({ page }) => {
  await page.goto('/modules/');
  await page.getByRole('region', { name: 'Emergency', exact: true }).getByRole('link').last().click();
  await expect(page).toHaveURL(/\/worried\/$/);
  for (const nation of NATIONS) await expect(page.locator(`[data-sg-guide-list] [data-nation="${nation}"] a`)).toHaveAttribute('href', `/worried/${nation}/`);
});

/** What every outcome must show, read from its YAML: its title, 999, its own contacts, and any other nations' guides and shared rules. */
async function expectOutcome(node: Locator, outcome: GuideOutcome) {
  await expect(node.getByRole('heading', { level: 3 })).toHaveText(outcome.title);
  await expect(node.locator('[data-contact="police-emergency"]').first()).toBeVisible();
  for (const id of outcome.contacts) await expect(node.locator(`[data-contact="${id}"]`).first()).toBeVisible();
  for (const nation of outcome.otherGuides ?? []) await expect(node.locator(`a[href="/worried/${nation}/"]`)).toBeVisible();
  for (const rule of outcome.rules ?? []) await expect(node.locator(`[data-safety-rule="${rule}"]`)).toBeVisible();
}

const guides = loadGuides();

// One test per guide and way of reading it, each walk a step: a page per walk would cost minutes on a busy machine.
test.describe('every answer of every guide, when JavaScript is available', () => {
  test.use({ reducedMotion: 'reduce' });
  for (const guide of guides) {
    const walks = walksCoveringEveryAnswer(guide);
    test(`the ${guide.nation} guide: ${walks.length} walks choose every answer and reach the outcome its YAML names`, async ({ page }) => {
      test.setTimeout(30_000 + walks.length * 15_000);
      await page.goto(`/worried/${guide.nation}/`);
      for (const walk of walks) {
        await test.step(walk.name, async () => {
          await page.getByRole('button', { name: 'Start again' }).click();
          for (const { step, answer } of walk.clicks) {
            const node = page.locator(visibleNode);
            await expect(node).toHaveAttribute('data-node', step.id);
            await expect(node.getByRole('heading', { level: 3 })).toHaveText(step.question, { useInnerText: true });
            await node.getByRole('link', { name: answer.label, exact: true }).click();
          }
          const outcome = page.locator(visibleNode);
          await expect(outcome).toHaveCount(1);
          await expect(outcome).toHaveAttribute('data-node', walk.outcome.id);
          await expect(outcome.getByRole('heading', { level: 3 })).toBeFocused();
          await expectOutcome(outcome, walk.outcome);
        });
      }
    });
  }
});

test.describe('every answer of every guide, when JavaScript is unavailable', () => {
  // Anchor jumps scroll smoothly when motion is allowed; a moving link cannot be clicked.
  test.use({ javaScriptEnabled: false, reducedMotion: 'reduce' });
  for (const guide of guides) {
    const walks = walksCoveringEveryAnswer(guide);
    test(`the ${guide.nation} guide: ${walks.length} walks follow anchors to the outcome its YAML names`, async ({ page }) => {
      test.setTimeout(30_000 + walks.length * 15_000);
      await page.goto(`/worried/${guide.nation}/`);
      for (const walk of walks) {
        await test.step(walk.name, async () => {
          for (const { step, answer } of walk.clicks) {
            const node = page.locator(`#step-${step.id}`);
            await expect(node.getByRole('heading', { level: 3 })).toContainText(step.question);
            await node.getByRole('link', { name: answer.label, exact: true }).click();
            const kind = answer.next === walk.outcome.id ? 'outcome' : 'step';
            await expect(page).toHaveURL(new RegExp(`#${kind}-${answer.next}$`));
          }
          await expectOutcome(page.locator(`#outcome-${walk.outcome.id}`), walk.outcome);
        });
      }
    });
  }
});

test.describe('on a 390 by 844 phone, when JavaScript is available', () => {
  const PHONE = { width: 390, height: 844 };
  test.use({ viewport: PHONE });

  test('/worried/ shows every nation without scrolling', async ({ page }) => {
    await page.goto('/worried/');
    for (const nation of NATIONS) await expect(page.locator(`[data-sg-guide-list] [data-nation="${nation}"] a`)).toBeInViewport({ ratio: 1 });
  });

  for (const nation of NATIONS) {
    test(`the ${nation} guide shows its first question's answers on the first screen`, async ({ page }) => {
      await page.goto(`/worried/${nation}/`);
      const g = guideData(nation);
      const answers = page.locator(`${visibleNode} [data-next]`);
      await expect(answers).toHaveCount(g.steps.find((s) => s.id === g.start)!.answers.length);
      for (const answer of await answers.all()) await expect(answer).toBeInViewport({ ratio: 1 });
    });
  }
});

test.describe('the guide in the browser history, when JavaScript is available', () => {
  const nation = NATIONS[0]!;
  const g = guideData(nation);
  const walk = walkPastTheEmergency(g);

  test('each answer gets its own address, and the browser Back and Forward step one question at a time', async ({ page }) => {
    await page.goto(`/worried/${nation}/`);
    const heading = page.locator(`${visibleNode} h3`);
    for (const label of walk.labels) await page.locator(visibleNode).getByRole('link', { name: label, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#outcome-${walk.outcome.id}$`));
    await expect(heading).toHaveText(walk.outcome.title);
    // Back: the last question asked, then the one before.
    for (const question of [...walk.questions].reverse()) {
      await page.goBack();
      await expect(heading).toContainText(question);
      await expect(heading).toBeFocused();
    }
    await expect(page).toHaveURL(new RegExp(`/worried/${nation}/$`));
    await page.goForward();
    await expect(heading).toContainText(walk.questions[1] ?? walk.outcome.title);
    // The page's own Back button goes back through the same history.
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(heading).toContainText(walk.questions[0]!);
    await expect(page.getByRole('button', { name: 'Back' })).toBeDisabled();
  });

  test('a bookmarked outcome address opens at that outcome, and a question address at that question', async ({ page }) => {
    await page.goto(`/worried/${nation}/#outcome-${walk.outcome.id}`);
    await expect(page.locator(visibleNode)).toHaveCount(1);
    await expect(page.locator(visibleNode)).toHaveAttribute('data-node', walk.outcome.id);
    await expect(page.locator(`${visibleNode} h3`)).toBeInViewport();
    await page.getByRole('button', { name: 'Start again' }).click();
    await expect(page.locator(`${visibleNode} h3`)).toContainText(walk.questions[0]!);
    await page.goBack();
    await expect(page.locator(visibleNode)).toHaveAttribute('data-node', walk.outcome.id);

    const second = g.steps.find((s) => s.question === walk.questions[1]);
    if (second) {
      await page.goto(`/worried/${nation}/#step-${second.id}`);
      await expect(page.locator(visibleNode)).toHaveAttribute('data-node', second.id);
    }
  });

  test('headings stay in order once the script runs, on a question and on an outcome', async ({ page }) => {
    const levels = () =>
      page.locator('main').evaluate((main) =>
        [...main.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => !h.closest('[hidden]')).map((h) => Number(h.tagName[1])),
      );
    const inOrder = (list: number[]) => list.every((level, i) => i === 0 || level <= list[i - 1]! + 1);
    await page.goto(`/worried/${nation}/`);
    await expect(page.locator(visibleNode)).toHaveCount(1);
    expect(inOrder(await levels()), `${await levels()}`).toBe(true);
    await page.goto(`/worried/${nation}/#outcome-${walk.outcome.id}`);
    await expect(page.locator(visibleNode)).toHaveAttribute('data-node', walk.outcome.id);
    expect(inOrder(await levels()), `${await levels()}`).toBe(true);
  });
});
