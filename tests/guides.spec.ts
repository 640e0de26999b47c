import type { Locator } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { loadGuides, walksCoveringEveryAnswer, type GuideOutcome } from './support/guides.ts';

const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'];
const visibleNode = '[data-node]:not([hidden])';

test.describe('when JavaScript is available', () => {
  for (const nation of NATIONS) {
    test(`the ${nation} guide asks one question at a time and reaches an outcome`, async ({ page }) => {
      await page.goto(`/worried/${nation}/`);
      const first = page.locator(visibleNode);
      await expect(first).toHaveCount(1);
      await expect(first.getByRole('heading', { level: 3 })).toContainText('immediate danger');

      // The danger answer leads straight to the police.
      await first.locator('[data-next]').first().click();
      await expect(page.locator(visibleNode)).toHaveAttribute('data-outcome', '');
      await expect(page.locator(`${visibleNode} [data-contact="police-emergency"]`).first()).toBeVisible();
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
      await expect(page.locator(`${visibleNode} h3`)).toContainText('immediate danger');
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
