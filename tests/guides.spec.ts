import { test, expect } from './support/fixtures.ts';
import { guide, guides } from './support/curriculum.ts';

// Questions, answers and outcomes are read from content/guides/ (tests/support/curriculum.ts).
const NATIONS = guides().map((g) => g.nation);
/** The first question of a nation's guide, and where its first answer leads. */
function firstQuestion(nation: string) {
  const g = guide(nation);
  const start = g.steps.find((s) => s.id === g.start)!;
  const firstOutcome = g.outcomes.find((o) => o.id === start.answers[0]!.next);
  return { question: start.question, firstOutcome };
}
const visibleNode = '[data-node]:not([hidden])';

test.describe('when JavaScript is available', () => {
  for (const nation of NATIONS) {
    test(`the ${nation} guide asks one question at a time and reaches an outcome`, async ({ page }) => {
      await page.goto(`/worried/${nation}/`);
      const first = page.locator(visibleNode);
      await expect(first).toHaveCount(1);
      const { question, firstOutcome } = firstQuestion(nation);
      await expect(first.getByRole('heading', { level: 3 })).toContainText(question);

      // The first answer of the first question (the emergency) leads straight to its outcome and contacts.
      expect(firstOutcome, `the first answer of the ${nation} guide leads to an outcome`).toBeDefined();
      await first.locator('[data-next]').first().click();
      await expect(page.locator(visibleNode)).toHaveAttribute('data-outcome', '');
      await expect(page.locator(`${visibleNode} h3`)).toHaveText(firstOutcome!.title);
      await expect(page.locator(`${visibleNode} [data-contact="${firstOutcome!.contacts[0]}"]`)).toBeVisible();
      await page.getByRole('button', { name: 'Start again' }).click();

      // Then walk a full path that is not an emergency: the second answer, then always the first.
      await page.locator(`${visibleNode} [data-next]`).nth(1).click();
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
