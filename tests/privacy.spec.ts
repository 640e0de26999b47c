import { test, expect } from './support/fixtures.ts';
import { PAGE_KINDS } from './support/page-kinds.ts';

/** Loads a page and waits until it has stopped fetching (search loads its index after the page). */
async function visit(page: import('@playwright/test').Page, path: string) {
  await page.goto(path);
  if (path.startsWith('/search/')) await expect(page.locator('.sg-search-result').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
}

test('every kind of page makes no request to another origin', async ({ page, pageWatch }) => {
  // One visit, waiting for the network to settle, for each kind of page.
  test.setTimeout(30_000 + Object.keys(PAGE_KINDS).length * 5_000);
  for (const [kind, path] of Object.entries(PAGE_KINDS)) {
    await visit(page, path);
    expect(pageWatch.foreignRequests, `the ${kind} page (${path})`).toEqual([]);
  }
});

test('a request to another origin is caught', { tag: '@breaks-policy' }, async ({ page, baseURL, pageWatch: watch }) => {
  // A page without the policy that embeds an image from elsewhere; the request is stopped here.
  await page.route('**/__privacy-fixture/', (route) => route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>x</title><img src="https://tracker.example/pixel.gif" alt="">' }));
  await page.route('https://tracker.example/**', (route) => route.abort());
  await page.goto('/__privacy-fixture/');
  await expect.poll(() => watch.foreignRequests).toEqual([`image https://tracker.example/pixel.gif from ${new URL(baseURL!).origin}`]);
});
