import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './tests/support/browser.ts';

/** The browser tests run against the production build in dist/, on a port of their own. */
export const TEST_PORT = 4329;

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
