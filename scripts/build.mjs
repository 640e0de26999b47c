#!/usr/bin/env node
// @ts-check
/**
 * `npm run build`: builds the site into a temporary folder beside dist/ and swaps it in only when
 * the whole build succeeded (pages, search index, service worker). A failed build leaves the last
 * good dist/ exactly as it was, so a deploy that copies dist/ never ships half a site.
 *
 * Two Node processes, one after the other: `astro build` writes the pages, then, once it has exited
 * and freed its memory, scripts/finish-build.mjs writes the search index and the service worker.
 * Indexing inside Astro's process held both at once (3.7 GB at 2,000 lessons).
 *
 *   node scripts/build.mjs [ASTRO BUILD OPTIONS]    e.g. -- --verbose
 *
 *   node scripts/build.mjs --with-fixtures          also builds the test fixtures (npm run build:test)
 *
 * The folder to fill is SG_DIST (default dist). Any other option goes to `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { INDEX_LATER_ENV } from '../src/build/search-index.mjs';
import { ASTRO_NODE_FLAGS } from './lib/astro-node-flags.mjs';

const dist = resolve(process.env['SG_DIST'] || 'dist');
// Beside dist/, so the swap is a rename on one file system, never a copy.
const next = join(dirname(dist), `.${basename(dist)}-next`);
const old = join(dirname(dist), `.${basename(dist)}-old`);

rmSync(next, { recursive: true, force: true });
const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'astro.js');
const args = process.argv.slice(2);
// The /dev/components/ fixture (src/integrations/test-fixtures.ts) is for the browser tests only.
const env = { ...process.env, [INDEX_LATER_ENV]: '1', ...(args.includes('--with-fixtures') && { SG_FIXTURES: '1' }) };
let result = spawnSync(process.execPath, [...ASTRO_NODE_FLAGS, astro, 'build', '--outDir', next, ...args.filter((a) => a !== '--with-fixtures')], { stdio: 'inherit', env });
if (result.status === 0) {
  const finish = fileURLToPath(new URL('./finish-build.mjs', import.meta.url));
  result = spawnSync(process.execPath, [finish, next], { stdio: 'inherit', env });
}

if (result.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  const kept = existsSync(dist) ? `The previous ${basename(dist)}/ is unchanged.` : `There is no ${basename(dist)}/ yet.`;
  console.error(`\nbuild: the build failed, so nothing was replaced. ${kept} Fix the error above and run "npm run build" again.`);
  process.exit(result.status ?? 1);
}

rmSync(old, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, old);
renameSync(next, dist);
rmSync(old, { recursive: true, force: true });
console.log(`build: the new site is in ${basename(dist)}/.`);
