// @ts-check
/**
 * ESLint (flat config): JavaScript's and TypeScript's recommended rules, and eslint-plugin-astro's
 * for .astro files. Formatting is Prettier's job (npm run format), not the linter's.
 * Every rule changed from the recommended sets says why.
 */
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  {
    ignores: ['dist/', '.dist-next/', '.dist-old/', '.astro/', 'node_modules/', 'bench-results/', 'test-results/', 'playwright-report/', 'public/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // An unused argument named _x is kept on purpose (a callback's position); anything else unused is a mistake.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Browser specs import `test` from tests/support/fixtures.ts, which fails a test on a policy
      // violation or a request to another origin; the plain one would skip those checks.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@playwright/test', importNames: ['test'], message: "Import test from './support/fixtures.ts', which watches for policy violations and foreign requests." }] },
      ],
    },
  },
  {
    // The fixture itself extends Playwright's test.
    files: ['tests/support/fixtures.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The service worker template runs in a worker, not a page.
    files: ['src/service-worker/worker.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
);
