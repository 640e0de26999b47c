/**
 * The volunteer pathway's SCORM package, run as a learning system runs it: a parent page hosts a
 * real SCORM 1.2 runtime (scorm-again) and opens the package's SCO in a frame. The learner walks the
 * pathway (its steps read from content/pathways/), and the test checks what the runtime received,
 * then opens the package again in a fresh browser with the saved data and checks progress is back.
 * Needs a fresh `npm run build:test`; the package is made from dist/ here.
 */
import type { FrameLocator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { readPathway } from './support/pathways.ts';
import { startLms, type Lms } from './support/scorm-lms.ts';

const PATHWAY = 'volunteer-induction';
const pathway = readPathway(PATHWAY);
const required = pathway.steps.filter((s) => s.required);
let lms: Lms;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  lms = await startLms(PATHWAY);
});
test.afterAll(async () => {
  await lms?.close();
});

type Received = [string, string?, string?][];
const received = (page: Page) => page.evaluate(() => (window as unknown as { received: Received }).received);
/** The last value the package set for a CMI element. */
const lastSet = (log: Received, element: string) => log.filter((e) => e[0] === 'LMSSetValue' && e[1] === element).at(-1)?.[2];
/** A SCORM 1.2 CMITimespan (HHHH:MM:SS.SS) in seconds; NaN for anything else. */
const timespanSeconds = (span = '') => {
  const m = /^(\d{2,4}):(\d{2}):(\d{2}(?:\.\d{1,2})?)$/.exec(span);
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : Number.NaN;
};
interface Cmi {
  core: { lesson_status: string; lesson_location: string; session_time: string; score: { raw: string } };
  suspend_data: string;
}
const content = (page: Page): FrameLocator => page.frameLocator('#sco').frameLocator('iframe[data-sg-scorm-frame]');

test('the manifest is SCORM 1.2 with one SCO whose files are all in the package', async () => {
  expect(lms.manifest).toMatch(/<schema>ADL SCORM<\/schema>\s*<schemaversion>1\.2<\/schemaversion>/);
  expect(lms.manifest).toMatch(/<item identifier="[^"]+" identifierref="([^"]+)"[\s\S]*<resource identifier="\1" type="webcontent" adlcp:scormtype="sco" href="index\.html">/);
  expect(lms.manifest.match(/adlcp:scormtype="sco"/g)).toHaveLength(1);
  for (const step of pathway.steps.filter((s) => s.lesson)) expect(lms.manifest).toContain(`<file href="pathways/${PATHWAY}/${step.lesson}/index.html"/>`);
});

test('walking the pathway reports incomplete, then completed with the first-attempt score, and resuming restores progress', async ({ page, browser }) => {
  test.setTimeout(120_000);
  // Everything the package loads comes from inside it: nothing from the learning system's own pages.
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(`${lms.origin}/package/`) && !r.url().startsWith(`${lms.origin}/lms/`) && !r.url().startsWith('about:')) outside.push(r.url());
  });
  await page.goto(`${lms.origin}/lms/`);
  const frame = content(page);
  await expect(frame.getByRole('link', { name: 'Start the pathway' })).toBeVisible();
  let log = await received(page);
  expect(log.filter((e) => e[0] === 'LMSInitialize'), 'LMSInitialize once').toHaveLength(1);
  expect(lastSet(log, 'cmi.core.lesson_status')).toBe('incomplete');

  await frame.getByRole('link', { name: 'Start the pathway' }).click();
  let checks = 0;
  for (const [i, step] of pathway.steps.entries()) {
    await expect(frame.locator('[data-sg-pathway-position]'), `step ${i + 1}`).toContainText(`step ${i + 1} of ${pathway.steps.length}`);
    if (step.required && step.kind === 'guide') await frame.getByRole('button', { name: 'I have walked through the guide' }).click();
    if (step.required && step.kind !== 'guide') {
      // Marked complete on arrival (as a learner may), so the lesson's own completion at its end cannot race the click.
      const progress = frame.getByRole('region', { name: 'Your progress' });
      await progress.getByRole('button', { name: 'Mark as complete' }).click();
      await expect(progress).toContainText('You completed this lesson on');
      const kcs = frame.locator('sg-knowledge-check');
      const count = await kcs.count();
      for (let k = 0; k < count; k++) {
        const kc = kcs.nth(k);
        const correct = Number(await kc.getAttribute('data-correct'));
        // The very first check is answered wrongly first: the score counts first answers only.
        if (checks === 0) await kc.getByRole('radio').nth((correct + 1) % 2).check();
        await kc.getByRole('radio').nth(correct).check();
        await expect(kc.locator('.sg-kc__feedback')).toHaveAttribute('data-result', 'correct');
        checks++;
      }
    }
    if (step === required.at(-2)) {
      await expect.poll(async () => lastSet(await received(page), 'cmi.core.lesson_status'), 'still incomplete before the last required step').toBe('incomplete');
    }
    await frame.locator('a[rel="next"]').click();
  }
  await expect(frame.getByRole('heading', { level: 1 })).toContainText('Record of learning');
  expect(checks, 'the required lessons have knowledge checks').toBeGreaterThan(1);
  expect(outside, 'requests outside the package').toEqual([]);

  await expect.poll(async () => lastSet(await received(page), 'cmi.core.lesson_status')).toBe('completed');
  // Leaving the SCO (the learning system closes its frame) commits and finishes the session.
  await page.locator('#sco').evaluate((f: HTMLIFrameElement) => (f.src = 'about:blank'));
  await expect.poll(async () => (await received(page)).some((e) => e[0] === 'LMSFinish')).toBe(true);
  log = await received(page);
  // What the runtime itself now holds (what a learning system would store), not only what was sent.
  const cmi = await page.evaluate(() => {
    const json = (window as unknown as { API: { renderCMIToJSONObject(): { cmi?: Cmi } & Cmi } }).API.renderCMIToJSONObject();
    return json.cmi ?? json;
  });
  expect(cmi.core.lesson_status).toBe('completed');
  const score = Number(cmi.core.score.raw);
  expect(cmi.core.score.raw).toMatch(/^\d+$/);
  expect(score).toBeGreaterThanOrEqual(0);
  expect(score).toBeLessThanOrEqual(100);
  expect(score, 'one wrong first answer').toBe(Math.round((100 * (checks - 1)) / checks));
  expect(lastSet(log, 'cmi.core.session_time')).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
  // The runtime keeps the timespan as a duration, so '00:00:11.50' may come back as '00:00:11.5'.
  expect(timespanSeconds(cmi.core.session_time)).toBe(timespanSeconds(lastSet(log, 'cmi.core.session_time')));
  expect(cmi.suspend_data.length).toBeGreaterThan(0);
  expect(cmi.suspend_data.length).toBeLessThanOrEqual(4096);
  expect(log.filter((e) => e[0] === 'LMSFinish'), 'LMSFinish once').toHaveLength(1);
  const saved = { core: { lesson_status: cmi.core.lesson_status, lesson_location: cmi.core.lesson_location }, suspend_data: cmi.suspend_data };

  // A fresh browser (nothing in its storage) opens the package with what the learning system kept.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const again = await context.newPage();
    await again.goto(`${lms.origin}/lms/#${encodeURIComponent(JSON.stringify(saved))}`);
    const resumed = content(again);
    await expect(resumed.getByRole('heading', { level: 1 }), 'resumes at the page the learner left').toContainText('Record of learning');
    const rows = resumed.locator('tr[data-required="true"]');
    await expect(rows).toHaveCount(required.length);
    await expect(rows.locator('[data-sg-record-date]').filter({ hasText: 'Not completed' })).toHaveCount(0);
    const first = required.find((s) => s.lesson)!;
    const inner = again.frames().find((f) => f.url().startsWith(`${lms.origin}/package/pathways/`));
    await inner!.goto(`${lms.origin}/package${first.url}index.html`);
    await expect(resumed.getByRole('region', { name: 'Your progress' })).toContainText('You completed this lesson on');
    await expect(resumed.locator('sg-knowledge-check').first().getByRole('radio', { checked: true }), 'answers are restored').toHaveCount(1);
  } finally {
    await context.close();
  }
});

test('the site itself loads no SCORM script', async ({ page }) => {
  for (const url of [pathway.url, required.find((s) => s.lesson)!.url]) {
    await page.goto(url);
    const scripts = await page.locator('script[src]').evaluateAll((list) => list.map((s) => s.getAttribute('src') ?? ''));
    expect(scripts.length, url).toBeGreaterThan(0);
    expect(scripts.filter((src) => /scorm/i.test(src)), url).toEqual([]);
  }
});
