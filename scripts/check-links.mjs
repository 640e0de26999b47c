#!/usr/bin/env node
// @ts-check
/**
 * Fails when an internal link, image, script, stylesheet or #anchor in the build does not
 * resolve. Run after `npm run build`.
 *
 *   node scripts/check-links.mjs [DIST]   (default: dist)
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkLinks, formatLinkProblem } from './lib/links.mjs';

const dist = process.argv[2] ?? 'dist';
if (!existsSync(resolve(dist))) {
  console.error(`check-links: there is no ${dist}/ folder. Run "npm run build" first.`);
  process.exit(1);
}
const { pages, links, problems } = checkLinks(resolve(dist), dist.replace(/\/$/, ''));
for (const p of problems) console.error(formatLinkProblem(p));
if (pages === 0) {
  console.error(`check-links: ${dist}/ holds no HTML pages. Run "npm run build" first.`);
  process.exit(1);
}
console.log(`check-links: ${pages} pages, ${links} internal links and anchors, ${problems.length} broken.`);
process.exit(problems.length > 0 ? 1 : 0);
