import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './support/fixtures.ts';
import type { BrowserContext, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { writeServiceWorker } from '../src/service-worker/write.mjs';
import { GET as devServiceWorker } from '../src/service-worker/dev-kill-switch.ts';
import { DIST, lessonPages } from './support/pages.ts';
import { serve, stop } from './support/build.ts';
import { contact } from './support/curriculum.ts';
import { offlineCopyUi, ui } from '../src/ui-strings.ts';
import { expectedPaths, expectSearchNotSavedOffline, offlineList, pathwaySteps, storedPaths, waitForStored, waitForWorkerIdle } from './support/offline-copy.ts';
import { emptyState, setComplete, STORE_KEY } from '../src/shared/progress-store.ts';

// Every other spec blocks service workers (playwright.config.ts); these are the ones about them.
test.use({ serviceWorkers: 'allow' });

/**
 * A port for a server of the test's own, clear of every checkout's shared test port (4400 to 4899,
 * see playwright.config.ts), so checkouts can still run their tests side by side.
 */
const ownPort = (baseURL: string | undefined, offset: 500 | 1000 | 1500 | 2000 | 2500 | 3000) => Number(new URL(baseURL!).port) + offset;

/** Serves a built folder with `npm run serve`'s server on a port of the test's own. */
async function startServer(dir: string, port: number) {
  const url = `http://localhost:${port}`;
  const server = await serve(dir, port);
  return {
    url,
    /** Stops the server and waits until it no longer answers. */
    stop: async () => {
      stop(server);
      await expect.poll(() => fetch(`${url}/`).then(() => 'answering', () => 'stopped'), { timeout: 10_000 }).toBe('stopped');
    },
  };
}

/** axe's WCAG 2.2 A and AA findings inside the notices, which are hidden when the page-wide axe test runs. */
async function noticeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('[data-sg-status]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help}`);
}

/** Waits until the worker has stored the core set and controls the page. */
async function waitForOfflineCopy(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Records every request that reached the network (not answered by the worker), and every failure. */
function watchNetwork(context: BrowserContext) {
  const fetched: string[] = [];
  const failed: string[] = [];
  context.on('requestfinished', async (request) => {
    const response = await request.response();
    const path = new URL(request.url()).pathname;
    if (request.serviceWorker() || !response?.fromServiceWorker()) fetched.push(path);
    if (response && response.status() >= 400) failed.push(`${response.status()} ${path}`);
  });
  context.on('requestfailed', (request) => {
    // The worker's own background downloads: opening a page offline makes its module the learner's,
    // and the worker tries to store the rest of it (in Playwright's emulated offline mode its
    // navigator.onLine stays true). Those fail harmlessly; what counts is what the pages asked for.
    if (request.serviceWorker()) return;
    const error = request.failure()?.errorText ?? '';
    // ERR_ABORTED is the browser cancelling a request itself (a favicon still loading when the test
    // moves on to the next page), not a request the offline copy failed to answer.
    if (error !== 'net::ERR_ABORTED') failed.push(`${error} ${request.url()}`);
  });
  return { fetched, failed };
}

test('after a first visit on a pathway, its pages, the guides, contacts and search work offline, and a page not stored gets the offline page', async ({ page, context, baseURL }) => {
  test.setTimeout(150_000);
  const list = offlineList(DIST);
  // The first pathway in the build, entered at its first lesson step, as a learner starting it would.
  const steps = pathwaySteps(list, list.files.map((e) => e.url).find((url) => /^\/pathways\/[^/]+\/$/.test(url))!);
  const group = steps[0]!.split('/').slice(0, 3).join('/') + '/';
  const server = await startServer(DIST, ownPort(baseURL, 500));
  try {
    await page.goto(`${server.url}${steps[0]}`);
    await waitForOfflineCopy(page);
    await waitForStored(page, expectedPaths(list, group));
    // The worker goes on storing the pathway's lessons at their /modules/ addresses in the
    // background: wait until it has finished, so going offline does not cut off its downloads.
    await waitForWorkerIdle(page);
  } finally {
    await server.stop();
  }
  await context.setOffline(true);
  const { failed } = watchNetwork(context);
  const heading = page.getByRole('heading', { level: 1 });

  // Three other pages, by the links a learner would follow.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
  await expect(heading).toHaveText('Glossary');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Who to contact' }).click();
  await expect(page).toHaveURL(/\/contacts\/$/);
  await expect(page.getByRole('main')).toContainText(contact('childline').name);
  // The pathway's last step, and the same lesson at its own address (where search results lead).
  const last = steps.at(-1)!;
  await page.goto(`${server.url}${last}`);
  await expect(page.getByRole('heading', { name: 'Learning outcomes' })).toBeVisible();
  await expect(page.getByText(ui.offline.savedCopy)).toBeVisible();
  const ownAddress = `/modules/${last.split('/').slice(3).join('/')}`;
  await page.goto(`${server.url}${ownAddress}`);
  await expect(page.getByRole('heading', { name: 'Learning outcomes' })).toBeVisible();

  // Search with a filter, then open a result: a word from the heading of a lesson in the pathway.
  const title = (await heading.textContent())!;
  await page.goto(`${server.url}/search/`);
  await page.getByRole('searchbox', { name: 'Search the curriculum' }).fill(title);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const results = page.locator('.sg-search-result');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('[data-sg-search-error]')).toBeHidden();
  const message = page.locator('.sg-search-message');
  await expect(message).toContainText(/\d+ results? for/);
  const result = results.locator(`a[href="${ownAddress}"]`).first();
  await expect(result, 'the lesson in the pathway is among the results').toBeVisible();
  await result.click();
  await expect(page).toHaveURL(`${server.url}${ownAddress}`);
  await expect(heading).toHaveText(title);

  // Walk a "Worried about a child?" guide from its first question to an outcome.
  await page.goto(`${server.url}/worried/england/`);
  const guide = page.locator('sg-guide');
  for (let step = 0; step < 12 && (await guide.locator('[data-outcome]:visible').count()) === 0; step++) {
    await guide.locator('[data-node]:visible a[data-next]').first().click();
  }
  await expect(guide.locator('[data-outcome]:visible')).toHaveCount(1);
  await expect(guide.locator('[data-outcome]:visible')).toContainText('Do this now');

  expect(failed, 'requests that failed while offline').toEqual([]);

  if (!list.wholeSiteAutomatic) {
    // A lesson outside the pathway is not stored: the stored offline page says so, and offers the whole site.
    const inPathway = new Set(expectedPaths(list, group));
    const outside = lessonPages().find((l) => !inPathway.has(l))!;
    const notStored = await page.goto(`${server.url}${outside}`);
    expect(notStored?.status()).toBe(503);
    await expect(heading).toHaveText(offlineCopyUi.title);
    await expect(page.getByText(offlineCopyUi.notSaved)).toBeVisible();
    await expect(page.getByRole('button', { name: /^Make the whole site available offline \(about \d+\.\d MB\)$/ })).toBeVisible();
  }

  // An address the site does not have gets the stored "Page not found" page.
  const missing = await page.goto(`${server.url}/no/such/page/`);
  expect(missing?.status()).toBe(404);
  await expect(heading).toHaveText('Page not found');
});

test('the home page names the pathway a learner is part-way through, and the worker stores that pathway', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const list = offlineList(DIST);
  const pathways = list.files.map((e) => e.url).filter((url) => /^\/pathways\/[^/]+\/$/.test(url));
  // The last pathway, so not the one the first-visit test enters.
  const group = pathways.at(-1)!;
  const steps = pathwaySteps(list, group);
  const server = await startServer(DIST, ownPort(baseURL, 2500));
  try {
    await page.goto(`${server.url}/`);
    await waitForOfflineCopy(page);
    await waitForStored(page, expectedPaths(list));
    if (!list.wholeSiteAutomatic) expect(await storedPaths(page), 'the home page alone names no pathway').not.toContain(steps.at(-1));
    // The learner has finished the pathway's first lesson step, in another visit.
    const lesson = steps[0]!.split('/').slice(3, 5).join('/');
    const state = setComplete({ ...emptyState(), nation: 'england' }, lesson, true, new Date());
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORE_KEY, JSON.stringify(state)]);
    await page.reload();
    await waitForStored(page, expectedPaths(list, group));
  } finally {
    await server.stop();
  }
});

test('on a curriculum too large to store its search index first, a first visit leaves the index to the whole site, and the site says so', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  // This build, with the worker written as for a very large curriculum (an index budget of 1 byte).
  const site = mkdtempSync(join(tmpdir(), 'sg-offline-'));
  cpSync(DIST, site, { recursive: true });
  await writeServiceWorker(site, { indexBudget: 1 });
  const list = offlineList(site);
  expect(list.files.filter((e) => e.url.startsWith('/pagefind/index/')).some((e) => e.core), 'no index chunk is in the core').toBe(false);
  const server = await startServer(site, ownPort(baseURL, 3000));
  try {
    const lesson = lessonPages()[0]!;
    await page.goto(`${server.url}${lesson}`);
    await waitForOfflineCopy(page);
    await waitForStored(page, expectedPaths(list, lesson.split('/').slice(0, 3).join('/') + '/'));
    await waitForWorkerIdle(page);
    expect((await storedPaths(page)).filter((p) => p.startsWith('/pagefind/index/')), 'index chunks stored').toEqual([]);
    // The notice promises no search; the offline page says what search can do.
    await page.goto(`${server.url}/offline/`);
    const [before, after] = offlineCopyUi.statePartNoSearch('{groups}', '{mb}').split('{groups}');
    const state = page.locator('[data-sg-offline-state]');
    await expect(state).toContainText(before!);
    await expect(state).toContainText(after!.split('{mb}')[0]!);
    // Offline, a search needs index chunks that are not stored: it says so, never "No results".
    await context.setOffline(true);
    await page.goto(`${server.url}/search/`);
    await expectSearchNotSavedOffline(page);
  } finally {
    await context.setOffline(false);
    await server.stop();
    rmSync(site, { recursive: true, force: true });
  }
});

test('with "Make the whole site available offline" used, every lesson works offline', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  const list = offlineList(DIST);
  const server = await startServer(DIST, ownPort(baseURL, 2000));
  try {
    await page.goto(`${server.url}/offline/`);
    await waitForOfflineCopy(page);
    await waitForStored(page, expectedPaths(list));
    const state = page.locator('[data-sg-offline-state]');
    const button = page.getByRole('button', { name: /^Make the whole site available offline \(about \d+\.\d MB\)$/ });
    if (!list.wholeSiteAutomatic) {
      // The size offered is what is left to download, from the list.
      // No pathway or module opened: everything but the core is left.
      const left = list.files.filter((e) => !e.core).reduce((t, e) => t + e.bytes, 0);
      await expect(button).toHaveText(offlineCopyUi.storeWhole((Math.max(left, 100_000) / 1_000_000).toFixed(1)));
      await expect(state).not.toHaveText(offlineCopyUi.stateWhole);
      await button.click();
    }
    await expect(state).toHaveText(offlineCopyUi.stateWhole, { timeout: 90_000 });
    await expect(button).toBeHidden();
    await waitForStored(page, expectedPaths(list, undefined, true));
  } finally {
    await server.stop();
  }
  await context.setOffline(true);
  const { failed } = watchNetwork(context);
  for (const lesson of lessonPages()) {
    const response = await page.goto(`${server.url}${lesson}`);
    expect(response?.status(), lesson).toBe(200);
    await expect(page.getByRole('heading', { name: 'Learning outcomes' })).toBeVisible();
  }
  expect(failed, 'requests that failed while offline').toEqual([]);
});

test('a new version shows an update notice, downloads only the changed file, and shows the change after reload', async ({ page, context, baseURL }) => {
  // It stores the offline copy twice (the first visit, then the update), which is slow on a busy machine.
  test.setTimeout(120_000);
  const site = mkdtempSync(join(tmpdir(), 'sg-offline-'));
  cpSync(DIST, site, { recursive: true });
  const server = await startServer(site, ownPort(baseURL, 1000));
  try {
    const lesson = lessonPages()[0]!;
    await page.goto(`${server.url}${lesson}`);
    await waitForOfflineCopy(page);
    // The lesson's module is stored in the background after the core: wait for it, so no download of this version is counted as the update's.
    await waitForStored(page, expectedPaths(offlineList(site), lesson.split('/').slice(0, 3).join('/') + '/'));

    // "Rebuild with a changed lesson": change one page and write the worker again, as the build does.
    const file = join(site, lesson, 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', '</h1><p>This lesson changed in the new version.</p>'));
    await writeServiceWorker(site);
    const network = watchNetwork(context);

    await page.goto(`${server.url}${lesson}`);
    const status = page.getByRole('status').filter({ hasText: 'A newer version of this site is available' });
    await expect(status).toBeVisible();
    await expect(page.getByText('This lesson changed in the new version.')).toHaveCount(0);
    expect(await noticeViolations(page)).toEqual([]);

    // Dismiss hides it for this page; it comes back on the next page until the learner reloads.
    await status.getByRole('button', { name: 'Dismiss' }).click();
    await expect(status).toBeHidden();
    await page.goto(`${server.url}/`);
    await expect(status).toBeVisible();
    await page.goto(`${server.url}${lesson}`);
    const reload = status.getByRole('button', { name: 'Reload' });
    await reload.focus();
    await expect(reload).toBeFocused();
    // Reload asks the waiting version to take over, and the page reloads when it has: activating a
    // worker and reloading can take several seconds on a busy machine, so wait for the reload itself.
    const reloaded = page.waitForEvent('load', { timeout: 30_000 });
    await page.keyboard.press('Enter');
    await reloaded;
    await expect(page.getByText('This lesson changed in the new version.')).toBeVisible({ timeout: 15_000 });
    await expect(status).toBeHidden();

    // The worker script itself is fetched by the browser's update check, which Playwright does not
    // always report, so it is left out, with its file list (a new one each version); every other
    // file must come from the stored copy.
    const fetchedFiles = [...new Set(network.fetched)].filter((path) => path !== '/sw.js' && path !== '/sw-files.json');
    expect(fetchedFiles, 'files fetched from the network for the update').toEqual([lesson]);
    expect(network.fetched.filter((path) => path === lesson)).toHaveLength(1);
    expect(network.failed).toEqual([]);
    // The old revision goes once no open tab was opened under the old version: here, after the next page.
    await page.goto(`${server.url}/`);
    const storedRevisions = () => page.evaluate(async (path) => (await (await caches.open('sg-precache')).keys()).filter((r) => r.url.includes(`${path}?`)).length, lesson);
    await expect.poll(storedRevisions, { message: 'old revisions are removed', timeout: 15_000 }).toBe(1);
  } finally {
    await server.stop();
    rmSync(site, { recursive: true, force: true });
  }
});

test('under the development server, /sw.js removes an offline copy a production build left on its address', async ({ page, baseURL }) => {
  test.setTimeout(60_000);
  const site = mkdtempSync(join(tmpdir(), 'sg-offline-'));
  cpSync(DIST, site, { recursive: true });
  const server = await startServer(site, ownPort(baseURL, 1500));
  try {
    await page.goto(`${server.url}/glossary/`);
    await waitForOfflineCopy(page);
    // What `astro dev` would now answer on this address: its own pages and the removing worker.
    const glossary = join(site, 'glossary', 'index.html');
    // A page from `astro dev` never registers a worker (that happens only in production builds), so
    // the production page script goes; otherwise this copy would register the removing worker again.
    const devPage = readFileSync(glossary, 'utf8')
      .replace('<h1>Glossary', '<h1>Glossary in development')
      .replace(/<script type="module" src="[^"]*"><\/script>/g, '');
    writeFileSync(glossary, devPage);
    writeFileSync(join(site, 'sw.js'), await (await devServiceWorker({} as never)).text());

    await page.goto(`${server.url}/glossary/`);
    // The browser checks /sw.js for an update on navigation; ask for the check now so the test does
    // not depend on its timing.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update().catch(() => undefined));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary in development', { timeout: 15_000 });
    await page.waitForFunction(() => navigator.serviceWorker.controller === null);
    const left = await page.evaluate(async () => ({ caches: await caches.keys(), workers: (await navigator.serviceWorker.getRegistrations()).length }));
    expect(left).toEqual({ caches: [], workers: 0 });
  } finally {
    await server.stop();
    rmSync(site, { recursive: true, force: true });
  }
});

test.describe('with the content security policy lifted, so the page can ask another origin', () => {
  // The site's policy (connect-src 'self') stops the page before its request reaches the worker;
  // lifting it here tests the worker itself. tests/security-headers.spec.ts tests the policy.
  test.use({ bypassCSP: true });
  test('the worker answers only same-origin GET requests and stores nothing else', { tag: '@breaks-policy' }, async ({ page, context, baseURL }) => {
    await page.goto('/');
    await waitForOfflineCopy(page);
    const otherOrigin = baseURL!.replace('localhost', '127.0.0.1');
    const origin = new URL(baseURL!).origin;
    // Online, another origin's answer passes through the worker untouched.
    await page.evaluate((url) => fetch(url, { mode: 'no-cors' }), `${otherOrigin}/glossary/`);
    await context.setOffline(true);
    const outcome = await page.evaluate(async (url) => {
      const settle = (request: Promise<Response>) => request.then((r) => `answered ${r.status}`, () => 'failed');
      return {
        get: await settle(fetch('/glossary/')),
        post: await settle(fetch('/glossary/', { method: 'POST', body: 'x' })),
        otherOrigin: await settle(fetch(url, { mode: 'no-cors' })),
      };
    }, `${otherOrigin}/glossary/`);
    expect(outcome).toEqual({ get: 'answered 200', post: 'failed', otherOrigin: 'failed' });
    const stored = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(r.url);
      return urls;
    });
    expect(stored.length).toBeGreaterThan(50);
    expect(stored.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
  });
});

test.describe('the offline indicator', () => {
  test('appears when the browser goes offline and goes away when it is back online', async ({ page, context }) => {
    await page.goto('/glossary/');
    const notice = page.getByRole('status').getByText('You are offline');
    await expect(notice).toBeHidden();
    await context.setOffline(true);
    const version = await page.getByRole('contentinfo').locator('time').textContent();
    await expect(notice).toBeVisible();
    await expect(notice).toHaveText(`${ui.offline.savedCopy} ${version}.`);
    expect(await noticeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await noticeViolations(page), 'in the dark theme').toEqual([]);
    await context.setOffline(false);
    await expect(notice).toBeHidden();
  });

  test.describe('when JavaScript is unavailable', () => {
    test.use({ javaScriptEnabled: false });
    test('no notice shows, no worker is installed, and the page is complete', async ({ page, context }) => {
      await page.goto('/glossary/');
      await context.setOffline(true);
      await expect(page.getByText('You are offline')).toBeHidden();
      await expect(page.getByText('A newer version of this site')).toBeHidden();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
      expect(context.serviceWorkers()).toHaveLength(0);
    });
  });
});
