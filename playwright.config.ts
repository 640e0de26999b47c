import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './scripts/lib/browser.mjs';

/**
 * The browser tests run against the production build in dist/, on a port of their own:
 * SG_TEST_PORT if set, otherwise one derived from the checkout's path, so two checkouts on one
 * machine can run their tests at the same time.
 */
function testPort(): number {
  if (process.env['SG_TEST_PORT']) return Number(process.env['SG_TEST_PORT']);
  let hash = 0;
  for (const ch of process.cwd()) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return 4400 + (hash % 500);
}
export const TEST_PORT = testPort();

export default defineConfig({
  testDir: './tests',
  testMatch: '**/*.spec.ts',
  // Two cores on these machines: more workers only slow the run down.
  workers: 2,
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  timeout: 30_000,
  // A web-first assertion retries until it holds, and fails only after this long. Playwright's
  // 5 s default is too short on a loaded two-core machine: a seven-word search took 2 s with one
  // worker and over 5 s during a full run (stop 28's CI). The assertions are the same; only a
  // real failure takes longer to report.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${TEST_PORT}`,
    launchOptions: { executablePath: findBrowser(), args: CHROMIUM_ARGS },
    trace: 'off',
    // Without the worker, other tests check the pages themselves and no test stores the whole site
    // first; tests/offline.spec.ts allows it where it is the subject.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx astro preview --port ${TEST_PORT}`,
    url: `http://localhost:${TEST_PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
