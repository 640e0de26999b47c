/**
 * A reading page loads its JavaScript in one round trip: every module a lesson's scripts import is
 * the page's own entry or preloaded (scripts/lib/module-graph.mjs), checked on the built files and
 * in the browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures.ts';
import { fileForPath } from '../scripts/lib/links.mjs';
import { lateModules, pageModules } from '../scripts/lib/module-graph.mjs';
import { builtPages, DIST, lessonPages } from './support/pages.ts';

const html = (page: string) => readFileSync(fileForPath(DIST, page)!, 'utf8');
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

test('every built lesson and reading page imports nothing its HTML does not already ask for', () => {
  const reading = [...lessonPages(), ...builtPages().filter((p) => /^\/(?:worried|glossary|contacts)\//.test(p))];
  expect(reading.length).toBeGreaterThan(0);
  const late = reading.flatMap((page) => lateModules(html(page), page, read).map((l) => `${page}: ${l.module} (imported by ${l.importedBy}) is neither a module script nor a modulepreload`));
  expect(late).toEqual([]);
});

test('a lesson asks for every script it runs at load in its HTML', async ({ page }) => {
  const lesson = lessonPages()[0]!;
  const { entries, preloaded } = pageModules(html(lesson), lesson);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(lesson);
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((s) => !entries.includes(s) && !preloaded.includes(s))).toEqual([]);
});
