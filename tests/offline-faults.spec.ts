/**
 * The offline copy under host and network faults (issue 19): a file cut short with status 200
 * during the first install and during an update, a damaged stored copy, an old tab's search after
 * an update, and a first visit cut off part-way. Each runs on a copy of the build served by
 * tests/support/fault-server.ts; pages and words are read from the build, never named here.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { test, expect } from './support/fixtures.ts';
import type { Page } from '@playwright/test';
import { writeServiceWorker } from '../src/service-worker/write.mjs';
import { offlineCopyUi, ui } from '../src/ui-strings.ts';
import { DIST, lessonPages } from './support/pages.ts';
import { fromWorker, startFaultServer } from './support/fault-server.ts';
import { expectedPaths, expectSearchNotSavedOffline, offlineList, pathwaySteps, waitForStored } from './support/offline-copy.ts';

test.use({ serviceWorkers: 'allow' });
test.setTimeout(90_000);

/** A copy of the build the test may change, removed afterwards. */
function copyOfBuild() {
  const dir = mkdtempSync(join(tmpdir(), 'sg-faults-'));
  cpSync(DIST, dir, { recursive: true });
  return dir;
}

/** The page's content version, as its footer shows it. */
const contentVersion = (page: Page) => page.getByRole('contentinfo').locator('time').first().textContent();

/** The notices under the header, each by the start of its wording in src/ui-strings.ts. */
const notices = (page: Page) => ({
  ready: page.locator('[data-sg-offline-ready]'),
  incomplete: page.locator('[data-sg-offline-incomplete]'),
  updateFailed: page.locator('[data-sg-update-failed]'),
  update: page.locator('[data-sg-update]'),
});

/** Every address stored for offline use, without its revision. */
const storedPaths = (page: Page) => page.evaluate(async () => (await (await caches.open('sg-precache')).keys()).map((r) => new URL(r.url).pathname));

/** The module a lesson page belongs to, as the worker groups it: "/modules/<module>/". */
const moduleOf = (lesson: string) => `${lesson.split('/').slice(0, 3).join('/')}/`;

/** A lesson page is whole: it reaches its footer and its knowledge checks work. */
async function expectWholeLesson(page: Page) {
  await expect(page.getByRole('contentinfo')).toBeVisible();
  const checks = page.locator('sg-knowledge-check');
  if ((await checks.count()) > 0) await expect(checks.first().getByRole('radio').first()).toBeEnabled();
}

/** The site's main script, which every page loads. */
function sharedScript(dir: string): string {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  return html.match(/<script type="module" src="(\/_astro\/[^"]+\.js)"/)![1]!;
}

test('a file cut short during the first install is never stored or served, and the copy completes once the host is fixed', async ({ page, context }) => {
  const dir = copyOfBuild();
  const server = await startFaultServer(dir);
  try {
    const script = sharedScript(dir);
    // Only the worker's own fetch is cut short, so the page itself loads and can report.
    server.rules.push({ match: (path, request) => path === script && fromWorker(request), fault: 'truncate' });
    await page.goto(`${server.url}/`);
    const n = notices(page);
    await expect(n.incomplete).toBeVisible({ timeout: 20_000 });
    await expect(n.incomplete).toContainText((await contentVersion(page))!);
    await expect(n.ready).toBeHidden();
    expect(await storedPaths(page)).not.toContain(script);

    server.rules.length = 0;
    await page.reload();
    await expect(n.ready).toBeVisible({ timeout: 20_000 });
    await expect(n.ready).toHaveText(`${ui.offline.ready} ${await contentVersion(page)}${ui.offline.readyTail} ${ui.offline.readyLink}`);
    await expect(n.ready.getByRole('link', { name: ui.offline.readyLink })).toHaveAttribute('href', '/offline/');
    expect(await storedPaths(page)).toContain(script);

    // Opening a lesson online stores its module; then it works offline.
    const lesson = lessonPages()[0]!;
    await page.goto(`${server.url}${lesson}`);
    await waitForStored(page, expectedPaths(offlineList(dir), moduleOf(lesson)));
    await context.setOffline(true);
    await page.goto(`${server.url}/`);
    await page.goto(`${server.url}${lesson}`);
    await expectWholeLesson(page);
  } finally {
    await context.setOffline(false);
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a page cut short during an update is not stored; the update completes once the host is fixed', async ({ page, context }) => {
  const dir = copyOfBuild();
  const server = await startFaultServer(dir);
  try {
    // A page of the core set, which an update's install must store (lessons are stored after it).
    const lesson = '/contacts/';
    expect(offlineList(dir).files.find((e) => e.url === lesson)?.core).toBe(true);
    await page.goto(`${server.url}/`);
    const n = notices(page);
    await expect(n.ready).toBeVisible({ timeout: 20_000 });

    // A new version changes the page; while the deploy copies it, the host sends half of it.
    const file = join(dir, lesson, 'index.html');
    const marker = 'This lesson changed in the new version.';
    writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', `</h1><p>${marker}</p>`));
    await writeServiceWorker(dir);
    server.rules.push({ match: (path) => path === lesson, fault: 'truncate' });

    await page.goto(`${server.url}/glossary/`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update().catch(() => undefined));
    await expect(n.updateFailed).toBeVisible({ timeout: 20_000 });
    await expect(n.update).toBeHidden();
    // The learner keeps the whole previous version meanwhile.
    await page.goto(`${server.url}${lesson}`);
    await expectWholeLesson(page);
    await expect(page.getByText(marker)).toHaveCount(0);

    server.rules.length = 0;
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update().catch(() => undefined));
    await expect(n.update).toBeVisible({ timeout: 20_000 });
    await n.update.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByText(marker)).toBeVisible();
    await expectWholeLesson(page);

    await context.setOffline(true);
    await page.goto(`${server.url}/`);
    await page.goto(`${server.url}${lesson}`);
    await expect(page.getByText(marker)).toBeVisible();
    await expectWholeLesson(page);
  } finally {
    await context.setOffline(false);
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a damaged stored copy is not served, and is replaced from the host', async ({ page, context }) => {
  const dir = copyOfBuild();
  const server = await startFaultServer(dir);
  try {
    const lesson = lessonPages()[0]!;
    await page.goto(`${server.url}${lesson}`);
    await expect(notices(page).ready).toBeVisible({ timeout: 20_000 });
    await waitForStored(page, expectedPaths(offlineList(dir), moduleOf(lesson)));
    // Damage the stored lesson as an older worker could have stored it: cut short, under the right key.
    await page.evaluate(async (path) => {
      const cache = await caches.open('sg-precache');
      const key = (await cache.keys()).find((r) => new URL(r.url).pathname === path)!;
      const whole = await (await cache.match(key))!.text();
      await cache.put(key, new Response(whole.slice(0, whole.length / 2), { headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
    }, lesson);

    await page.goto(`${server.url}${lesson}`);
    await expectWholeLesson(page);
    await context.setOffline(true);
    await page.goto(`${server.url}/`);
    await page.goto(`${server.url}${lesson}`);
    await expectWholeLesson(page);
  } finally {
    await context.setOffline(false);
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a first visit cut off part-way is reported as not ready offline, and completes on the next visit', async ({ page }) => {
  const dir = copyOfBuild();
  const server = await startFaultServer(dir);
  try {
    // The connection drops for the search index and every lesson while the worker stores the site.
    server.rules.push({ match: (path, request) => fromWorker(request) && /^\/(pagefind|modules)\//.test(path), fault: 'reset' });
    await page.goto(`${server.url}/`);
    const n = notices(page);
    await expect(n.incomplete).toBeVisible({ timeout: 20_000 });
    await expect(n.ready).toBeHidden();
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();

    server.rules.length = 0;
    const before = server.served.length;
    await page.goto(`${server.url}/glossary/`);
    await expect(n.ready).toBeVisible({ timeout: 30_000 });
    await expect(n.incomplete).toBeHidden();
    // The next visit fetched only what was missing: no file the first visit stored was fetched again.
    const byWorker = (from: number, to?: number) => server.served.slice(from, to).filter((r) => r.worker).map((r) => r.path);
    const stored = new Set(byWorker(0, before).filter((path) => !/^\/(pagefind|modules)\//.test(path)));
    expect(stored.size).toBeGreaterThan(0);
    expect(byWorker(before).filter((path) => stored.has(path))).toEqual([]);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('after an update, a tab still on the old version finds results instead of a false "No results"', async ({ context }) => {
  const dir = copyOfBuild();
  const server = await startFaultServer(dir);
  try {
    const old = await context.newPage();
    // The learner opened a lesson, so its module (with its search fragments) is in the old version's copy.
    const lesson = lessonPages()[0]!;
    await old.goto(`${server.url}${lesson}`);
    await expect(notices(old).ready).toBeVisible({ timeout: 20_000 });
    await waitForStored(old, expectedPaths(offlineList(dir), moduleOf(lesson)));
    await old.goto(`${server.url}/search/`);
    await old.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // A word from a lesson's own heading: the search must find it.
    const heading = readFileSync(join(dir, lesson, 'index.html'), 'utf8').match(/<h1[^>]*>([^<]+)</)![1]!;
    const word = heading.split(/\s+/).find((w) => /^[A-Za-z]{6,}$/.test(w)) ?? heading.split(/\s+/)[0]!;
    // The old tab starts Pagefind (loading the old version's index list) with an unrelated search.
    const box = old.getByRole('searchbox', { name: 'Search the curriculum' });
    await box.fill('qqqqzz');
    await expect(old.locator('.sg-search-message')).toBeVisible();

    // Publish a new version whose search index has new file names; the host removes the old ones.
    const file = join(dir, lesson, 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', '</h1><p>Changed in the new version.</p>'));
    rmSync(join(dir, 'pagefind'), { recursive: true, force: true });
    const { index } = await pagefind.createIndex({});
    await index!.addDirectory({ path: dir });
    await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
    await pagefind.close();
    await writeServiceWorker(dir);
    expect(readdirSync(join(dir, 'pagefind', 'index')).length).toBeGreaterThan(0);

    // A second tab gets the new version and reloads into it.
    const fresh = await context.newPage();
    await fresh.goto(`${server.url}/glossary/`);
    await fresh.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update().catch(() => undefined));
    const update = notices(fresh).update;
    await expect(update).toBeVisible({ timeout: 20_000 });
    await update.getByRole('button', { name: 'Reload' }).click();
    await expect(fresh.getByRole('heading', { level: 1 })).toBeVisible();

    // The old tab is told a newer version is in use, and its search still works meanwhile.
    await expect(notices(old).update).toBeVisible({ timeout: 20_000 });
    await box.fill(word);
    const message = old.locator('.sg-search-message');
    await expect(message).toContainText(/\d+ results? for/, { timeout: 20_000 });
    await expect(message).not.toContainText('No results');
    await expect(old.locator('[data-sg-search-error]')).toBeHidden();
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** What the host fails to serve: Pagefind's engine, its index list and metadata, or only the chunks of the index a search needs. */
const MISSING_SEARCH_FILES: [string, (path: string) => boolean][] = [
  ['Pagefind itself', (path) => path.startsWith('/pagefind/')],
  ['the index', (path) => path.startsWith('/pagefind/') && path !== '/pagefind/pagefind.js'],
  ['a chunk of the index', (path) => path.startsWith('/pagefind/index/')],
];
for (const [what, match] of MISSING_SEARCH_FILES) {
  test(`a search when ${what} cannot be loaded says so instead of "No results"`, async ({ page }) => {
    const dir = copyOfBuild();
    const server = await startFaultServer(dir);
    try {
      server.rules.push({ match, fault: 'missing' });
      await page.goto(`${server.url}/search/`);
      await page.getByRole('searchbox', { name: 'Search the curriculum' }).fill('child');
      const error = page.locator('[data-sg-search-error]');
      // Alone this takes 5 to 10 s; in a full run on two busy cores, while the worker is also storing
      // the site in the background and retrying the same missing files, it once took over 20 s.
      await expect(error).toBeVisible({ timeout: 45_000 });
      await expect(error).toContainText(ui.search.unavailable);
      await expect(page.getByText(/^No results for/)).toBeHidden();
      await expect(page.getByRole('status').filter({ hasText: /results? for/ })).toHaveCount(0);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('offline, a search whose index files are missing from the stored copy says so instead of "No results"', async ({ page, context }) => {
  const dir = copyOfBuild();
  const server = await startFaultServer(dir);
  try {
    await page.goto(`${server.url}/search/`);
    await expect(notices(page).ready).toBeVisible({ timeout: 20_000 });
    await page.reload();
    // Lose the stored index files (as a browser clearing part of its storage might), then go offline.
    await page.evaluate(async () => {
      const cache = await caches.open('sg-precache');
      for (const r of await cache.keys()) if (new URL(r.url).pathname.startsWith('/pagefind/index/')) await cache.delete(r);
    });
    await context.setOffline(true);
    // The worker says those files are this version's but not saved: the alert says so, not that search is broken.
    await expectSearchNotSavedOffline(page);
  } finally {
    await context.setOffline(false);
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('offline, a result whose page is not saved still shows, marked as not saved, and leads to the offline page', async ({ page, context }) => {
  const dir = copyOfBuild();
  const server = await startFaultServer(dir);
  try {
    // A lesson whose search fragment describes it alone, so the worker can stand in for it.
    const lesson = lessonPages()[0]!;
    const fragment = offlineList(dir).files.find((e) => e.url.startsWith('/pagefind/fragment/') && e.pages?.length === 1 && e.pages[0] === lesson);
    expect(fragment, `a fragment of its own for ${lesson}`).toBeDefined();
    const heading = readFileSync(join(dir, lesson, 'index.html'), 'utf8').match(/<h1[^>]*>([^<]+)</)![1]!;
    await page.goto(`${server.url}/search/`);
    await expect(notices(page).ready).toBeVisible({ timeout: 20_000 });
    await page.reload();
    // However much the first visit stored, this lesson and its fragment are not in the copy.
    await page.evaluate(async (urls) => {
      const cache = await caches.open('sg-precache');
      for (const r of await cache.keys()) if (urls.includes(new URL(r.url).pathname)) await cache.delete(r);
    }, [fragment!.url, lesson]);
    await context.setOffline(true);
    await page.getByRole('searchbox', { name: 'Search the curriculum' }).fill(heading);
    const result = page.locator('.sg-search-result').filter({ has: page.locator(`h2 a[href="${lesson}"]`) });
    await expect(result).toBeVisible({ timeout: 20_000 });
    await expect(result.getByRole('heading')).toContainText(offlineCopyUi.notSavedResult);
    await expect(page.locator('[data-sg-search-error]')).toBeHidden();
    await result.getByRole('heading').getByRole('link').click();
    await expect(page).toHaveURL(`${server.url}${lesson}`);
    await expect(page.getByText(offlineCopyUi.notSaved)).toBeVisible();
  } finally {
    await context.setOffline(false);
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('on a host that does not serve _headers, _redirects or an optional file, the install completes and the offline copy works', async ({ page, context }) => {
  const dir = copyOfBuild();
  const server = await startFaultServer(dir);
  try {
    // The build has host configuration (public/_headers), but the worker's list never names it.
    const list = offlineList(dir).files;
    expect(readdirSync(dir)).toContain('_headers');
    expect(list.filter((e) => /(^|\/)(_headers|_redirects|\.[^/]*)$/.test(e.url))).toEqual([]);
    const optional = list.find((e) => e.optional)!.url;
    // As Cloudflare Pages and Netlify answer: 404 for the host's own files, and here for one optional file too.
    server.rules.push({ match: (path) => path === '/_headers' || path === '/_redirects' || path === optional, fault: 'missing' });

    // A first visit on a pathway's first step: the install completes, then the pathway is stored.
    const group = list.map((e) => e.url).find((url) => /^\/pathways\/[^/]+\/$/.test(url))!;
    const steps = pathwaySteps(offlineList(dir), group);
    await page.goto(`${server.url}${steps[0]}`);
    const n = notices(page);
    await expect(n.ready).toBeVisible({ timeout: 30_000 });
    await expect(n.incomplete).toBeHidden();
    await waitForStored(page, expectedPaths(offlineList(dir), group).filter((url) => url !== optional));
    expect(await storedPaths(page)).not.toContain(optional);

    await context.setOffline(true);
    const heading = page.getByRole('heading', { level: 1 });
    // Another step of the pathway, a "Worried about a child?" guide and search, from the stored copy.
    await page.goto(`${server.url}${steps.at(-1)!}`);
    await expectWholeLesson(page);
    await page.goto(`${server.url}/worried/`);
    await expect(heading).toBeVisible();
    await expect(page.locator('a[href^="/worried/"]').first()).toBeVisible();
    await page.goto(`${server.url}/search/`);
    await page.getByRole('searchbox', { name: 'Search the curriculum' }).fill('child');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page.locator('.sg-search-result').first()).toBeVisible();
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
