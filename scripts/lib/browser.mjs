// @ts-check
/**
 * Finds the Chromium that the browser tests and the benchmark run in, in one place: an
 * environment variable first, then the usual system paths, then Playwright's own download.
 * With none, it stops with a message that says how to install one.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

/** Flags that keep Chromium from reaching outside hosts in a closed network. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * The path of a Chromium or Chrome to run.
 * @param {NodeJS.ProcessEnv} [env]
 * @param {(path: string) => boolean} [exists]
 * @returns {string}
 */
export function findBrowser(env = process.env, exists = existsSync) {
  const fromEnv = env['CHROMIUM_PATH'] ?? env['PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'];
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but there is no browser there. Correct the path or unset it.`);
  }
  const system = SYSTEM_PATHS.find((p) => exists(p));
  if (system) return system;
  /** @type {string | undefined} */
  let bundled;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && exists(bundled)) return bundled;
  throw new Error(
    'No Chromium browser was found for the browser tests.\n' +
      '  On Debian or Ubuntu: sudo apt-get install chromium\n' +
      '  Elsewhere: npx playwright install chromium, or install Google Chrome\n' +
      '  Or point CHROMIUM_PATH at an installed Chromium or Chrome.',
  );
}
