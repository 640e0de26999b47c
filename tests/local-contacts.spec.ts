import { readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures.ts';
import type { Page } from '@playwright/test';
import { buildInto, serve, stop } from './support/build.ts';
import { DIST } from './support/pages.ts';
import { TEST_PORT } from '../playwright.config.ts';
import { guide, guides, lessonWithEveryNation, NATION_NAMES, walkPastTheEmergency } from './support/curriculum.ts';

const FIXTURE = new URL('./fixtures/local-contacts.yaml', import.meta.url).pathname;
const ORGANISATION = 'Riverside Youth Trust (example)';
/** The fixture's defaultNation. */
const NATION = 'england';
const OTHER_NATION = guides().find((g) => g.nation !== NATION)!.nation;

/** Walks the nation's guide (read from content/guides/) past the emergency question to an outcome. */
async function guideEnding(page: Page, base: string) {
  const g = guide(NATION);
  const walk = walkPastTheEmergency(g);
  await page.goto(`${base}${g.url}`);
  for (const label of walk.labels) await page.locator('[data-node]:not([hidden])').getByRole('link', { name: label, exact: true }).click();
  const outcome = page.locator('[data-outcome]:not([hidden])');
  await expect(outcome.getByRole('heading', { level: 3 })).toHaveText(walk.outcome.title);
  return outcome;
}

test.describe('without a local contacts file', () => {
  test('the directory, the footer and a guide say where to find local numbers, and no example details ship', async ({ page }) => {
    await page.goto('/contacts/');
    await expect(page.locator('main [data-sg-local="missing"]')).toContainText('safeguarding policy');
    await expect(page.getByRole('contentinfo').locator('[data-sg-local="missing"]')).toContainText('safeguarding policy');
    for (const path of [`/handouts/worried/${NATION}/`, '/handouts/local-numbers/']) {
      await page.goto(path);
      await expect(page.locator('[data-sg-handout] [data-sg-local="blank"] [data-sg-blank]').first(), `${path}: lines to fill in`).toBeVisible();
    }
    const outcome = await guideEnding(page, '');
    await expect(outcome.locator('[data-sg-local="missing"]')).toHaveText(/local numbers .* are in its safeguarding policy and on the local council's website/);
    for (const path of ['contacts/index.html', 'index.html', `worried/${NATION}/index.html`, `handouts/worried/${NATION}/index.html`, 'handouts/local-numbers/index.html']) {
      expect(readFileSync(`${DIST}${path}`, 'utf8')).not.toContain('Riverside');
    }
  });
});

test.describe('with a local contacts file', () => {
  // One build and one server on one port for the whole group: in parallel, two workers would each
  // run beforeAll, building into the same .astro/ cache and serving on the same port at once.
  test.describe.configure({ mode: 'serial', timeout: 300_000 });
  const port = TEST_PORT + 1;
  let server: Awaited<ReturnType<typeof serve>> | undefined;

  test.beforeAll(async () => {
    // A whole build: describe.configure's timeout does not reach hooks, so set the hook's own.
    test.setTimeout(300_000);
    server = await serve(buildInto({ SG_LOCAL_CONTACTS: FIXTURE }), port);
  });
  test.afterAll(() => {
    if (server) stop(server);
  });

  test('the directory, the footer and the default nation guide show the organisation’s contacts', async ({ page }) => {
    const base = `http://localhost:${port}`;
    await page.goto(`${base}/contacts/`);
    const local = page.locator('main [data-sg-local="present"]');
    await expect(page.getByRole('heading', { name: `Your organisation: ${ORGANISATION}` })).toBeVisible();
    await expect(local).toContainText('Designated safeguarding lead: Sam Okafor');
    await expect(local.getByRole('link', { name: '01632 960 200' })).toHaveAttribute('href', 'tel:01632960200');
    await expect(local).toContainText('LADO or designated officer: Anytown LADO');
    await expect(page.locator('main [data-sg-local="missing"]')).toHaveCount(0);

    const footer = page.getByRole('contentinfo').locator('[data-sg-local="present"]');
    await expect(footer).toContainText(ORGANISATION);
    await expect(footer).toContainText('Deputy safeguarding lead: Priya Shah, 01632 960 102');

    const outcome = await guideEnding(page, base);
    await expect(outcome.locator('[data-sg-local="present"]')).toContainText("Children's services (out of hours): Anytown emergency duty team, 01632 960 201");

    // Another nation's guide keeps that nation's advice: the organisation's numbers are for England.
    await page.goto(`${base}/worried/${OTHER_NATION}/`);
    await expect(page.locator('[data-outcome] [data-sg-local="present"]')).toHaveCount(0);

    // The organisation's nation is a learner's starting choice: its guide, and other nations' notes folded.
    await expect(page.locator('[data-sg-worried-link]')).toHaveAttribute('href', `/worried/${NATION}/`);
    await page.goto(`${base}${lessonWithEveryNation().url}`);
    await expect(page.getByRole('heading', { name: `In ${NATION_NAMES[NATION]}` })).toBeVisible();
    await expect(page.getByRole('heading', { name: `In ${NATION_NAMES[OTHER_NATION]}` })).toBeHidden();
  });

  test('the handouts print the organisation’s numbers on the flowchart for its nation and on the local numbers sheet, each still on one A4 page', async ({ page }) => {
    const base = `http://localhost:${port}`;
    for (const path of [`/handouts/worried/${NATION}/`, '/handouts/local-numbers/']) {
      await page.goto(`${base}${path}`);
      const local = page.locator('[data-sg-handout] [data-sg-local="present"]');
      await expect(local, path).toContainText(ORGANISATION);
      await expect(local, path).toContainText('Anytown LADO');
      await expect(local.getByRole('link', { name: '01632 960 201' }), path).toHaveAttribute('href', 'tel:01632960201');
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, `${path} prints on one page`).toBe(1);
    }
    // Another nation's flowchart leaves lines to fill in: the organisation's numbers are for its own nation.
    await page.goto(`${base}/handouts/worried/${OTHER_NATION}/`);
    await expect(page.locator('[data-sg-handout] [data-sg-local="blank"] [data-sg-blank]').first()).toBeVisible();
  });
});
