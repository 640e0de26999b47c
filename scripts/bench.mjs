#!/usr/bin/env node
// @ts-check
/**
 * The benchmark: measures the site the way its readers and maintainers feel it, prints a table
 * and writes the same figures as JSON to bench-results/. Budgets are marked pass or fail beside
 * each figure; the benchmark reports them, tests never time anything.
 *
 *   npm run bench [-- --lessons N] [--skip-scale] [--skip-lighthouse] [--keep]
 *
 * --lessons N        synthetic lessons in the scale test (default 2000)
 * --skip-scale       leave out the scale test
 * --skip-lighthouse  leave out Lighthouse (about 15 s a page)
 * --keep             keep the scale test's temporary copy and print where it is
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { findBrowser } from './lib/browser.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { folderSize, lighthouse, precacheSize, recordTransfers, summarise, timedBuild } from './lib/bench-measure.mjs';
import { writeSyntheticCurriculum } from './lib/synthetic-lessons.mjs';

const ROOT = resolve('.');
const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(name);
  return i === -1 ? undefined : argv[i + 1];
};
const lessonsOption = option('--lessons') ?? '2000';
const syntheticLessons = Number(lessonsOption);
if (!Number.isInteger(syntheticLessons) || syntheticLessons < 1) {
  console.error(`bench: --lessons "${lessonsOption}" is not a whole number above 0, for example --lessons 2000.`);
  process.exit(1);
}

/** The budgets the issue sets; each figure is judged against one. */
const BUDGET = { lessonTransferKB: 40, lessonJsKB: 5, lighthouse: 100, scaleMsPerPage: 50 };
/** The page of each type that is measured. */
const PAGES = { home: '/', lesson: '/modules/02-recognising-grooming/03-sexual-extortion/', search: '/search/' };
/** A typical query: a word that appears in many lessons. */
const QUERY = 'grooming';

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const log = (message) => console.error(`bench: ${message}`);
const results = /** @type {Record<string, any>} */ ({ date: new Date().toISOString(), node: process.version, budgets: BUDGET });
const chromePath = findBrowser();

// 1. The real site: a timed production build.
log('building the site…');
const build = await timedBuild(ROOT);
results.build = { pages: build.pages, totalMs: Math.round(build.buildMs), perPageMs: Math.round((build.buildMs / build.pages) * 10) / 10, indexMs: build.indexMs, indexPerPageMs: Math.round((build.indexMs / build.indexedPages) * 10) / 10 };
const dist = join(ROOT, 'dist');
results.searchIndex = folderSize(join(dist, 'pagefind'));

// 2. What each kind of page downloads before any interaction, compressed as a host serves it.
const server = await serveStatic(dist);
try {
  log(`measuring page weights on ${server.origin}…`);
  results.pages = {};
  for (const [kind, path] of Object.entries(PAGES)) {
    const transfers = await recordTransfers(chromePath, async (page) => {
      await page.goto(server.origin + path);
    });
    results.pages[kind] = { path, ...summarise(transfers) };
  }
  const lesson = results.pages.lesson;
  results.pages.lesson.budget = {
    transfer: lesson.total.encoded < BUDGET.lessonTransferKB * 1024 ? 'pass' : 'fail',
    js: lesson.js.decoded < BUDGET.lessonJsKB * 1024 ? 'pass' : 'fail',
  };

  // 3. What Pagefind downloads for a typical query, from a cold cache, after the page has loaded.
  log(`measuring a cold search for "${QUERY}"…`);
  const searchTransfers = await recordTransfers(chromePath, async (page) => {
    await page.goto(`${server.origin}/search/`);
    await page.waitForLoadState('networkidle');
    await page.locator('.pagefind-ui__search-input').fill(QUERY);
    await page.locator('.pagefind-ui__result').first().waitFor();
  });
  const pagefindFiles = searchTransfers.filter((t) => new URL(t.url).pathname.startsWith('/pagefind/'));
  const ui = pagefindFiles.filter((t) => /pagefind-ui\.(js|css)$/.test(t.url));
  const query = pagefindFiles.filter((t) => !ui.includes(t));
  results.search = {
    query: QUERY,
    ui: { requests: ui.length, encoded: ui.reduce((a, t) => a + t.encoded, 0) },
    queryDownload: { requests: query.length, encoded: query.reduce((a, t) => a + t.encoded, 0), files: query.map((t) => `${new URL(t.url).pathname} ${t.encoded}`) },
  };

  // 4. The offline precache, once a service worker exists.
  const precache = precacheSize(dist);
  results.precache = precache ?? 'n/a (no service worker yet)';

  // 5. Lighthouse, mobile, on the three kinds of page.
  if (!argv.includes('--skip-lighthouse')) {
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    results.lighthouse = {};
    for (const [kind, path] of Object.entries(PAGES)) {
      log(`Lighthouse on the ${kind} page…`);
      const { scores, failing } = await lighthouse(ROOT, server.origin + path, chromePath, join(ROOT, 'bench-results', `lighthouse-${kind}.json`));
      results.lighthouse[kind] = { scores, pass: Object.values(scores).every((s) => s >= BUDGET.lighthouse), belowFull: failing };
    }
  }
} finally {
  await server.close();
}

// 6. Scale: N synthetic lessons in a temporary copy, built and indexed.
if (!argv.includes('--skip-scale')) {
  const copy = mkdtempSync(join(tmpdir(), 'sg-bench-scale-'));
  try {
    log(`scale test: copying the project to ${copy} and writing ${syntheticLessons} synthetic lessons…`);
    const skip = new Set(['node_modules', 'dist', '.astro', '.git', 'bench-results', 'test-results', 'playwright-report']);
    cpSync(ROOT, copy, { recursive: true, filter: (src) => src === ROOT || !skip.has(basename(src)) || resolve(src, '..') !== ROOT });
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const written = writeSyntheticCurriculum(copy, syntheticLessons);
    log(`scale test: building ${written.lessons} synthetic lessons in ${written.modules} modules (this takes a few minutes)…`);
    const scaled = await timedBuild(copy);
    const index = folderSize(join(copy, 'dist/pagefind'));
    const indexOnly = folderSize(join(copy, 'dist/pagefind'), (f) => !/^pagefind-(?:component-|modular-)?ui|^pagefind-highlight/.test(f));
    const perPage = scaled.buildMs / scaled.pages;
    results.scale = {
      syntheticLessons: written.lessons,
      pages: scaled.pages,
      totalMs: Math.round(scaled.buildMs),
      perPageMs: Math.round(perPage * 10) / 10,
      indexMs: scaled.indexMs,
      indexPerPageMs: Math.round((scaled.indexMs / scaled.indexedPages) * 10) / 10,
      indexBytes: index.bytes,
      indexFiles: index.files,
      indexBytesWithoutUi: indexOnly.bytes,
      budget: perPage < BUDGET.scaleMsPerPage ? 'pass' : 'fail',
    };
    if (argv.includes('--keep')) log(`scale test: kept ${copy}`);
  } finally {
    if (!argv.includes('--keep')) rmSync(copy, { recursive: true, force: true });
  }
}

// The table, then the JSON.
/** @type {[string, string, string][]} */
const rows = [];
const row = (/** @type {string} */ what, /** @type {string} */ value, budget = '') => rows.push([what, value, budget]);
const b = results.build;
row('pages built', String(b.pages));
row('build time (total, incl. index)', `${(b.totalMs / 1000).toFixed(1)} s`);
row('build time per page', `${b.perPageMs} ms`);
row('search index time', `${b.indexMs} ms (${b.indexPerPageMs} ms/page)`);
row('search index size', `${kb(results.searchIndex.bytes)} KB in ${results.searchIndex.files} files`);
for (const [kind, p] of Object.entries(results.pages)) {
  const budgetT = kind === 'lesson' ? `< ${BUDGET.lessonTransferKB} KB: ${p.budget.transfer.toUpperCase()}` : '';
  const budgetJ = kind === 'lesson' ? `< ${BUDGET.lessonJsKB} KB: ${p.budget.js.toUpperCase()}` : '';
  row(`${kind}: transferred at load (${p.requests} requests)`, `${kb(p.total.encoded)} KB (HTML ${kb(p.html.encoded)}, CSS ${kb(p.css.encoded)}, JS ${kb(p.js.encoded)}, other ${kb(p.other.encoded)})`, budgetT);
  row(`${kind}: JavaScript run at load`, `${kb(p.js.decoded)} KB (${kb(p.js.encoded)} KB compressed)`, budgetJ);
}
row(`Pagefind, query "${QUERY}", cold`, `${kb(results.search.queryDownload.encoded)} KB in ${results.search.queryDownload.requests} requests (+ UI ${kb(results.search.ui.encoded)} KB with the page)`);
row('offline precache', typeof results.precache === 'string' ? results.precache : `${results.precache.files} files, ${kb(results.precache.bytes)} KB (${kb(results.precache.gzipBytes)} KB gzipped)`);
for (const [kind, l] of Object.entries(results.lighthouse ?? {})) {
  const s = l.scores;
  row(`Lighthouse mobile: ${kind}`, `perf ${s.performance} · a11y ${s.accessibility} · best ${s['best-practices']} · SEO ${s.seo}`, `100 each: ${l.pass ? 'PASS' : 'FAIL'}`);
}
if (results.scale) {
  const s = results.scale;
  row(`scale: ${s.syntheticLessons} synthetic lessons, pages built`, String(s.pages));
  row('scale: build + index, total', `${(s.totalMs / 1000).toFixed(1)} s`);
  row('scale: build + index per page', `${s.perPageMs} ms`, `< ${BUDGET.scaleMsPerPage} ms: ${s.budget.toUpperCase()}`);
  row('scale: index time per page', `${s.indexPerPageMs} ms (${(s.indexMs / 1000).toFixed(1)} s)`);
  row('scale: index size', `${kb(s.indexBytes)} KB in ${s.indexFiles} files (${kb(s.indexBytesWithoutUi)} KB without the UI files)`);
}
const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), ['figure', 'value', 'budget'][i]?.length ?? 0));
const line = (/** @type {string[]} */ cells) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
console.log(line(['figure', 'value', 'budget']));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));

mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
const stamp = results.date.replace(/[:.]/g, '-');
writeFileSync(join(ROOT, 'bench-results', `bench-${stamp}.json`), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(ROOT, 'bench-results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
log(`wrote bench-results/latest.json and bench-results/bench-${stamp}.json`);
