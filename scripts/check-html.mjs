#!/usr/bin/env node
// @ts-check
/**
 * Fails when a built page is not valid HTML (html-validate; the rules are in
 * scripts/lib/html-check.mjs). Run after `npm run build`.
 *
 *   node scripts/check-html.mjs [DIST]   (default: dist)
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatHtmlProblem, validateSite } from './lib/html-check.mjs';

const dist = process.argv[2] ?? 'dist';
if (!existsSync(resolve(dist))) {
  console.error(`check-html: there is no ${dist}/ folder. Run "npm run build" first.`);
  process.exit(1);
}
const started = performance.now();
const { pages, problems } = await validateSite(resolve(dist), dist.replace(/\/$/, ''));
for (const p of problems) console.error(formatHtmlProblem(p));
if (pages === 0) {
  console.error(`check-html: ${dist}/ holds no HTML pages. Run "npm run build" first.`);
  process.exit(1);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`check-html: ${pages} pages validated in ${seconds} s, ${problems.length} problem${problems.length === 1 ? '' : 's'}.`);
process.exit(problems.length > 0 ? 1 : 0);
