import { test, expect } from './support/fixtures.ts';
import { PAGE_KINDS } from './support/page-kinds.ts';
import { searchableWord, wordOnlyInOneLessonBody } from './support/curriculum.ts';
import { cspHeader, previewHeaders } from '../config/security-headers.mjs';

test('every kind of page ships the policy as a header and as a meta element, with no unsafe-inline', async ({ request, page }) => {
  for (const [kind, path] of Object.entries(PAGE_KINDS)) {
    // Astro's preview writes its 404 response itself, without the configured headers; real hosts
    // send _headers with every response. The 404 page still carries the <meta> policy.
    if (kind !== 'not found') {
      const headers = (await request.get(path)).headers();
      for (const [name, value] of Object.entries(previewHeaders())) expect(headers[name.toLowerCase()], `${kind}: ${name}`).toBe(value);
    }
    await page.goto(path);
    const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(meta, `${kind}: the <meta> policy`).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(meta).not.toContain('unsafe-inline');
  }
  expect(cspHeader()).not.toContain('unsafe-inline');
});

test('the search page runs Pagefind under the policy', async ({ page }) => {
  // The fixture fails the test on any violation; this proves the search actually ran.
  // Two words that certainly find something, read from content/ (tests/support/curriculum.ts).
  const [first, second] = [searchableWord(), wordOnlyInOneLessonBody().word];
  await page.goto(`/search/?q=${encodeURIComponent(first)}`);
  await expect(page.locator('.sg-search-result').first()).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search the curriculum' }).fill(second);
  await expect(page.locator('.sg-search-message')).toContainText(second);
});

test('an inline script and an inline style attribute are refused and reported', { tag: '@breaks-policy' }, async ({ page, baseURL, pageWatch: watch }) => {
  await page.route('**/__csp-fixture/', (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: { 'Content-Security-Policy': cspHeader() },
      body: '<!DOCTYPE html><title>x</title><p style="color: red">styled</p><script>document.title = "ran"</script>',
    }),
  );
  await page.goto('/__csp-fixture/');
  await expect.poll(() => watch.violations.filter((v) => !v.startsWith('console:')).sort()).toEqual([
    `script-src-elem blocked inline on ${baseURL}/__csp-fixture/ (${baseURL}/__csp-fixture/:1)`,
    `style-src-attr blocked inline on ${baseURL}/__csp-fixture/ (${baseURL}/__csp-fixture/:1)`,
  ]);
  await expect(page).toHaveTitle('x');
});
