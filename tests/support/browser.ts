/**
 * Finds the Chromium the browser tests run in. The code lives in scripts/lib/browser.mjs so that
 * the benchmark (plain Node, which cannot load TypeScript) finds the same browser.
 */
export { CHROMIUM_ARGS, findBrowser } from '../../scripts/lib/browser.mjs';
