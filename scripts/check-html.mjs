#!/usr/bin/env node
// @ts-check
/**
 * Fails when a built page is not valid HTML. Two checkers, because each catches what the other
 * misses: html-validate (rules in scripts/lib/html-check.mjs: accessibility and authoring rules
 * such as tel-non-breaking) and the W3C Nu validator (scripts/lib/nu-check.mjs: the HTML parsing
 * rules themselves, such as content after </html>). Run after `npm run build`.
 *
 *   node scripts/check-html.mjs [DIST]   (default: dist)
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatHtmlProblem, validateSite } from './lib/html-check.mjs';
import { formatNuProblem, nuValidateSite } from './lib/nu-check.mjs';

const dist = process.argv[2] ?? 'dist';
if (!existsSync(resolve(dist))) {
  console.error(`check-html: there is no ${dist}/ folder. Run "npm run build" first.`);
  process.exit(1);
}
const label = dist.replace(/\/$/, '');
const started = performance.now();
const { pages, problems } = await validateSite(resolve(dist), label);
for (const p of problems) console.error(formatHtmlProblem(p));
if (pages === 0) {
  console.error(`check-html: ${dist}/ holds no HTML pages. Run "npm run build" first.`);
  process.exit(1);
}
/** @type {import('./lib/nu-check.mjs').NuProblem[]} */
let nuProblems;
try {
  nuProblems = (await nuValidateSite(resolve(dist), label)).problems;
} catch (error) {
  console.error(`check-html: ${/** @type {Error} */ (error).message}`);
  process.exit(1);
}
for (const p of nuProblems) console.error(formatNuProblem(p));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const plural = (/** @type {number} */ n) => `${n} problem${n === 1 ? '' : 's'}`;
console.log(`check-html: ${pages} pages validated in ${seconds} s: html-validate ${plural(problems.length)}, W3C Nu validator ${plural(nuProblems.length)}.`);
process.exit(problems.length + nuProblems.length > 0 ? 1 : 0);
