/**
 * The trainers' handouts: each prints on exactly one A4 page, starts with the emergency line and
 * carries what the content says it should. What to expect is read from content/ (the guides, the
 * record-of-concern fields, the contacts), never typed here, so an organisation's edits never
 * break these checks: only a handout that outgrows its page does.
 */
import { test, expect } from './support/fixtures.ts';
import { contact, guides, recordOfConcern, walkGuide } from './support/curriculum.ts';
import { builtPages } from './support/pages.ts';

const INDEX = '/handouts/';
/** Counts the pages of a PDF (as tests/phone-and-print.spec.ts does). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
const emergency = contact('police-emergency');

/** The handouts the index lists, as [address, kind, nation]. */
async function listed(page: import('@playwright/test').Page) {
  await page.goto(INDEX);
  return page.locator('[data-sg-handout-list] > li').evaluateAll((items) =>
    items.map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, kind: li.getAttribute('data-sg-handout-kind')!, nation: li.getAttribute('data-nation') })),
  );
}

test('the index lists a flowchart for every nation with a guide, the record form and the local numbers sheet', async ({ page }) => {
  const all = await listed(page);
  expect(all.filter((h) => h.kind === 'flowchart').map((h) => h.nation).sort()).toEqual(guides().map((g) => g.nation).sort());
  expect(all.filter((h) => h.kind === 'form')).toHaveLength(1);
  expect(all.filter((h) => h.kind === 'sheet')).toHaveLength(1);
});

test('the facilitator packs and the contacts page link to the handouts', async ({ page }) => {
  const pack = builtPages().find((p) => /^\/modules\/[^/]+\/facilitator\/$/.test(p))!;
  for (const path of [pack, '/contacts/']) {
    await page.goto(path);
    await expect(page.locator(`main [data-sg-handouts-link] a[href="${INDEX}"]`), path).toHaveCount(1);
  }
});

test.describe('each handout on A4 paper', () => {
  // The list comes from the built index at run time, so one test walks them all and names the failure.
  test('prints on exactly one page, with the emergency line first', async ({ page }) => {
    const all = await listed(page);
    expect(all.length).toBeGreaterThan(2);
    for (const { href } of all) {
      await page.goto(href);
      const first = page.locator('[data-sg-handout] > :first-child');
      await expect(first, href).toHaveAttribute('data-sg-handout-999', '');
      await expect(first.locator(`a[href="tel:${emergency.phone}"]`), href).toHaveCount(1);
      await page.emulateMedia({ media: 'print' });
      await expect(first, `${href}: the emergency line prints`).toBeVisible();
      await expect(page.locator('.sg-emergency'), `${href}: the site's strip gives way to the handout's own line`).toBeHidden();
      await page.emulateMedia({ media: null });
      const pages = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      expect(pages, `${href} prints on ${pages} A4 pages`).toBe(1);
    }
  });
});

test.describe('the flowcharts', () => {
  for (const g of guides()) {
    test(`${g.nation}: every question and outcome of the guide, and its answers lead where the guide says`, async ({ page }) => {
      await page.goto(`/handouts/worried/${g.nation}/`);
      const chart = page.locator(`[data-sg-flowchart][data-nation="${g.nation}"]`);
      for (const step of g.steps) await expect(chart.locator(`[data-step="${step.id}"]`)).toContainText(step.question);
      for (const outcome of g.outcomes) await expect(chart.locator(`[data-outcome="${outcome.id}"]`)).toContainText(outcome.title);
      // Follow the guide's first answers to an outcome, through the handout's own links.
      const walk = walkGuide(g, () => 0);
      let at = g.start;
      for (const label of walk.labels) {
        const answer = chart.locator(`[data-step="${at}"] li`).filter({ hasText: label }).first();
        at = (await answer.locator('a').getAttribute('data-next'))!;
      }
      expect(at).toBe(walk.outcome.id);
      // Every contact an outcome names is in the numbers list.
      for (const id of new Set(g.outcomes.flatMap((o) => o.contacts))) await expect(chart.locator(`.sg-flow__numbers [data-contact="${id}"]`)).toHaveCount(1);
    });
  }
});

test('the record form has every field of content/record-of-concern.yaml, in order', async ({ page }) => {
  await page.goto('/handouts/record-of-concern/');
  const fields = recordOfConcern();
  await expect(page.locator('[data-field]')).toHaveCount(fields.length);
  const ids = await page.locator('[data-field]').evaluateAll((els) => els.map((e) => e.getAttribute('data-field')));
  expect(ids).toEqual(fields.map((f) => f.id));
  for (const f of fields) await expect(page.locator(`[data-field="${f.id}"]`)).toContainText(f.label);
});

test.describe('at 320 CSS pixels wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('no handout scrolls sideways', async ({ page }) => {
    const wide: string[] = [];
    for (const { href } of await listed(page)) {
      await page.goto(href);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${href} (${overflow}px too wide)`);
    }
    expect(wide).toEqual([]);
  });
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });
  test('every handout is complete, and the Print button (which needs JavaScript) stays hidden', async ({ page }) => {
    for (const { href } of await listed(page)) {
      await page.goto(href);
      await expect(page.locator('[data-sg-handout] h1'), href).toBeVisible();
      await expect(page.locator('[data-sg-print]'), href).toBeHidden();
    }
  });
});

test.describe('when JavaScript is available', () => {
  test('a handout offers a Print button', async ({ page }) => {
    const [first] = await listed(page);
    await page.goto(first!.href);
    await expect(page.getByRole('button', { name: 'Print this handout' })).toBeVisible();
  });
});
