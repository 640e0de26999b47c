import { test, expect } from './support/fixtures.ts';

const FIXTURE = '/dev/components/';

test.describe('when JavaScript is available', () => {
  test('choosing an option gives its feedback', async ({ page }) => {
    await page.goto(FIXTURE);
    const check = page.locator('sg-knowledge-check').first();
    const options = check.getByRole('radio');
    await expect(options.first()).toBeEnabled();
    await check.getByLabel('Forward it to your manager.').check();
    const feedback = check.locator('.sg-kc__feedback');
    await expect(feedback).toHaveText(/^Not quite\. Forwarding an indecent image of a child is an offence\./);
    await expect(feedback).toHaveAttribute('data-result', 'incorrect');
    await check.getByLabel('Do not look at it again; tell the DSL now.').check();
    await expect(feedback).toHaveText(/^Correct\. Pass it on without copying anything\./);
    await expect(feedback).toHaveAttribute('data-result', 'correct');
  });
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });
  test('every option is listed and the answer with its feedback is in a details element', async ({ page }) => {
    await page.goto(FIXTURE);
    const check = page.locator('sg-knowledge-check').first();
    await expect(check.getByRole('radio')).toHaveCount(3);
    const answer = check.locator('details.sg-kc__answer');
    await expect(answer).not.toHaveAttribute('open', '');
    await answer.locator('summary').click();
    await expect(answer).toContainText('The answer is: B.');
    await expect(answer).toContainText('Never save or copy it.');
  });
});
