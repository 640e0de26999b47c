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
 * --keep             keep the temporary copies the builds ran in, and print where they are
 * --compare starlight  also build the same lessons (and the synthetic ones) with Starlight 0.37.7,
 *                    interleaved with ours, and print both side by side (scripts/lib/starlight-compare.mjs)
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { findBrowser } from './lib/browser.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { copyProject, folderSize, lighthouse, OUR_SEARCH, precacheSize, recordTransfers, summarise, timedBuild } from './lib/bench-measure.mjs';
import { writeSyntheticCurriculum } from './lib/synthetic-lessons.mjs';
import { OFFLINE_BUDGET, offlineDownload, offlineRows } from './lib/bench-offline.mjs';

const ROOT = resolve('.');
const argv = process.argv.slice(2);
const option = (/** @type {string} */ name) => {
  const i = argv.indexOf(name);
  return i === -1 ? undefined : argv[i + 1];
};
const lessonsOption = option('--lessons') ?? '2000';
const syntheticLessons = Number(lessonsOption);
const compare = option('--compare');
if (compare !== undefined && compare !== 'starlight') {
  console.error(`bench: --compare "${compare}" is not known; the one comparison is --compare starlight.`);
  process.exit(1);
}
if (!Number.isInteger(syntheticLessons) || syntheticLessons < 1) {
  console.error(`bench: --lessons "${lessonsOption}" is not a whole number above 0, for example --lessons 2000.`);
  process.exit(1);
}

/** The budgets the issue sets; each figure is judged against one. */
const BUDGET = { lessonTransferKB: 40, lessonJsKB: 5, lighthouse: 100, scaleMsPerPage: 50, workerKB: 30, scalePeakGB: 3 };
/** The page of each type that is measured. */
const PAGES = { home: '/', lesson: '/modules/02-recognising-grooming/03-sexual-extortion/', search: '/search/' };
/**
 * Typical queries, from the curriculum's core topics (chosen before measuring, never tuned to the
 * index): the Starlight comparison totals a cold search for each. QUERY, the first, is the bench's own.
 */
const QUERIES = ['grooming', 'live streaming', 'encryption', 'referral', 'disclosure'];
/** A typical query: a word that appears in many lessons. */
const QUERY = QUERIES[0] ?? 'grooming';
/** The search page shows this many results before "Show more results" (src/browser/search.ts). */
const RESULTS_SHOWN = 5;

const kb = (/** @type {number} */ bytes) => Math.round((bytes / 1024) * 10) / 10;
const log = (/** @type {string} */ message) => console.error(`bench: ${message}`);
// Wall times depend on what else the machine runs: the load average is recorded beside them.
const results = /** @type {Record<string, any>} */ ({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, loadAverageAtStart: loadavg()[0], budgets: BUDGET });
const chromePath = findBrowser();

/** Temporary copies to remove at the end, unless --keep. */
const copies = /** @type {string[]} */ ([]);
process.on('exit', () => {
  if (argv.includes('--keep')) copies.forEach((c) => log(`kept ${c}`));
  else copies.forEach((c) => rmSync(c, { recursive: true, force: true }));
});

// 1. The real site: a timed, cold production build in a copy (the working tree's dist/ is left alone).
log('building the site in a temporary copy, with cold caches…');
const siteCopy = copyProject(ROOT);
copies.push(siteCopy);
const build = await timedBuild(siteCopy);
results.build = { pages: build.pages, totalMs: Math.round(build.buildMs), cpuMs: build.cpuMs, perPageMs: Math.round((build.buildMs / build.pages) * 10) / 10, indexMs: build.indexMs, indexPerPageMs: Math.round((build.indexMs / build.indexedPages) * 10) / 10, phases: build.phases };
const dist = join(siteCopy, 'dist');
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
    // Both lesson budgets count bytes as a host sends them (compressed); the raw size is printed beside.
    js: lesson.js.encoded < BUDGET.lessonJsKB * 1024 ? 'pass' : 'fail',
  };

  // 3. What Pagefind downloads for a typical query, from a cold cache, after the page has loaded.
  log(`measuring a cold search for "${QUERY}"…`);
  const searchTransfers = await recordTransfers(chromePath, async (page) => {
    await page.goto(`${server.origin}/search/`);
    await page.waitForLoadState('networkidle');
    await page.locator(OUR_SEARCH.input).fill(QUERY);
    // The UI shows results five at a time, fetching each one's fragment: wait for all five, so
    // every run counts the same downloads.
    await page.locator(OUR_SEARCH.result).nth(RESULTS_SHOWN - 1).waitFor();
  });
  // Pagefind's engine, index and results; the search page's own UI is its script (src/browser/search.ts).
  const query = searchTransfers.filter((t) => new URL(t.url).pathname.startsWith('/pagefind/'));
  const ui = searchTransfers.filter((t) => /\/_astro\/search\.[^/]*\.js$/.test(new URL(t.url).pathname));
  results.search = {
    query: QUERY,
    ui: { requests: ui.length, encoded: ui.reduce((a, t) => a + t.encoded, 0) },
    queryDownload: { requests: query.length, encoded: query.reduce((a, t) => a + t.encoded, 0), files: query.map((t) => `${new URL(t.url).pathname} ${t.encoded}`) },
  };

  // 4. The offline precache, once a service worker exists.
  const precache = precacheSize(dist);
  results.precache = precache ?? 'n/a (no service worker yet)';
  results.offline = offlineDownload(dist);

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

// 6. Scale: N synthetic lessons in another copy, built and indexed from cold.
if (!argv.includes('--skip-scale')) {
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  const copy = copyProject(ROOT);
  copies.push(copy);
  log(`scale test: writing ${syntheticLessons} synthetic lessons into ${copy}…`);
  const written = writeSyntheticCurriculum(copy, syntheticLessons);
  log(`scale test: building ${written.lessons} synthetic lessons in ${written.modules} modules (about 40 s a thousand lessons on an idle two-core machine, longer when it is busy)…`);
  const scaled = await timedBuild(copy);
  writeFileSync(join(ROOT, 'bench-results', 'scale-build.log'), scaled.log);
  const index = folderSize(join(copy, 'dist/pagefind'));
  const indexOnly = folderSize(join(copy, 'dist/pagefind'), (f) => !/^pagefind-(?:component-|modular-)?ui|^pagefind-highlight/.test(f));
  const perPage = scaled.buildMs / scaled.pages;
  results.scale = {
    syntheticLessons: written.lessons,
    pages: scaled.pages,
    totalMs: Math.round(scaled.buildMs),
    cpuMs: scaled.cpuMs,
    perPageMs: Math.round(perPage * 10) / 10,
    cpuPerPageMs: Math.round((scaled.cpuMs / scaled.pages) * 10) / 10,
    phases: scaled.phases,
    indexMs: scaled.indexMs,
    indexPerPageMs: Math.round((scaled.indexMs / scaled.indexedPages) * 10) / 10,
    indexBytes: index.bytes,
    indexFiles: index.files,
    indexBytesWithoutUi: indexOnly.bytes,
    budget: perPage < BUDGET.scaleMsPerPage ? 'pass' : 'fail',
    peakBytes: scaled.peakBytes,
    workerBytes: precacheSize(join(copy, 'dist'))?.workerBytes,
    offline: offlineDownload(join(copy, 'dist')),
  };
}

// The table, then the JSON.
/** "bundle 24.1 s · render 1.9 s · index 1.0 s · start-up and the rest 6.2 s" */
function phaseText(/** @type {{ bundleMs: number, renderMs: number, indexMs: number }} */ p, /** @type {number} */ totalMs) {
  const s = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(1)} s`;
  return `bundle ${s(p.bundleMs)} · render ${s(p.renderMs)} · index ${s(p.indexMs)} · start-up and the rest ${s(totalMs - p.bundleMs - p.renderMs - p.indexMs)}`;
}
/** @type {[string, string, string][]} */
const rows = [];
const row = (/** @type {string} */ what, /** @type {string} */ value, budget = '') => rows.push([what, value, budget]);
const b = results.build;
row('pages built', String(b.pages));
row('build time (total, incl. index)', `${(b.totalMs / 1000).toFixed(1)} s wall, ${(b.cpuMs / 1000).toFixed(1)} s CPU`);
row('build time per page', `${b.perPageMs} ms`);
row('where the build time goes', phaseText(b.phases, b.totalMs));
row('search index time', `${b.indexMs} ms (${b.indexPerPageMs} ms/page)`);
row('search index size', `${kb(results.searchIndex.bytes)} KB in ${results.searchIndex.files} files`);
for (const [kind, p] of Object.entries(results.pages)) {
  const budgetT = kind === 'lesson' ? `< ${BUDGET.lessonTransferKB} KB: ${p.budget.transfer.toUpperCase()}` : '';
  const budgetJ = kind === 'lesson' ? `< ${BUDGET.lessonJsKB} KB: ${p.budget.js.toUpperCase()}` : '';
  row(`${kind}: transferred at load (${p.requests} requests)`, `${kb(p.total.encoded)} KB (HTML ${kb(p.html.encoded)}, CSS ${kb(p.css.encoded)}, JS ${kb(p.js.encoded)}, other ${kb(p.other.encoded)})`, budgetT);
  row(`${kind}: JavaScript at load`, `${kb(p.js.encoded)} KB compressed (${kb(p.js.decoded)} KB run)`, budgetJ);
}
row(`Pagefind, query "${QUERY}", cold, ${RESULTS_SHOWN} results shown`, `${kb(results.search.queryDownload.encoded)} KB in ${results.search.queryDownload.requests} requests (+ UI ${kb(results.search.ui.encoded)} KB with the page)`);
row('offline precache', typeof results.precache === 'string' ? results.precache : `${results.precache.files} files, ${kb(results.precache.bytes)} KB (${kb(results.precache.gzipBytes)} KB gzipped)`);
/** "12.3 KB", with PASS or FAIL against the worker budget. */
const workerBudget = (/** @type {number} */ bytes) => `<= ${BUDGET.workerKB} KB: ${bytes <= BUDGET.workerKB * 1024 ? 'PASS' : 'FAIL'}`;
if (typeof results.precache !== 'string') row('service worker script (sw.js)', `${kb(results.precache.workerBytes)} KB`, workerBudget(results.precache.workerBytes));
for (const r of offlineRows(results.offline, OFFLINE_BUDGET.curriculum)) row(...r);
for (const [kind, l] of Object.entries(results.lighthouse ?? {})) {
  const s = l.scores;
  row(`Lighthouse mobile: ${kind}`, `perf ${s.performance} · a11y ${s.accessibility} · best ${s['best-practices']} · SEO ${s.seo}`, `100 each: ${l.pass ? 'PASS' : 'FAIL'}`);
}
if (results.scale) {
  const s = results.scale;
  row(`scale: ${s.syntheticLessons} synthetic lessons, pages built`, String(s.pages));
  row('scale: build + index, total', `${(s.totalMs / 1000).toFixed(1)} s wall, ${(s.cpuMs / 1000).toFixed(1)} s CPU`);
  row('scale: build + index per page', `${s.perPageMs} ms wall (${s.cpuPerPageMs} ms CPU)`, `< ${BUDGET.scaleMsPerPage} ms: ${s.budget.toUpperCase()}`);
  row('scale: where the time goes', phaseText(s.phases, s.totalMs));
  const peak = Number.isNaN(s.peakBytes) ? 'not measured (needs /proc)' : `${(s.peakBytes / 1e9).toFixed(2)} GB`;
  row('scale: peak memory, all build processes together', peak, `<= ${BUDGET.scalePeakGB} GB: ${s.peakBytes <= BUDGET.scalePeakGB * 1e9 ? 'PASS' : 'FAIL'}`);
  row('scale: index time per page', `${s.indexPerPageMs} ms (${(s.indexMs / 1000).toFixed(1)} s)`);
  if (s.workerBytes !== undefined) row(`scale: service worker script at ${s.syntheticLessons} lessons`, `${kb(s.workerBytes)} KB`, workerBudget(s.workerBytes));
  for (const r of offlineRows(s.offline, OFFLINE_BUDGET.scale, `scale: at ${s.syntheticLessons} lessons, `)) row(...r);
  row('scale: index size', `${kb(s.indexBytes)} KB in ${s.indexFiles} files (${kb(s.indexBytesWithoutUi)} KB without the UI files)`);
}
results.loadAverageAtEnd = loadavg()[0];
row('machine', `${results.cpus} CPUs, load average ${results.loadAverageAtStart.toFixed(1)} at the start and ${results.loadAverageAtEnd.toFixed(1)} at the end`);
const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length), ['figure', 'value', 'budget'][i]?.length ?? 0));
const line = (/** @type {string[]} */ cells) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
console.log(line(['figure', 'value', 'budget']));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));

if (compare === 'starlight') {
  const { compareWithStarlight } = await import('./lib/starlight-compare.mjs');
  const compared = await compareWithStarlight({ root: ROOT, chromePath, copyProject, copies, syntheticLessons, skipScale: argv.includes('--skip-scale'), skipLighthouse: argv.includes('--skip-lighthouse'), lessonPath: PAGES.lesson, queries: QUERIES, shown: RESULTS_SHOWN, resultsDir: join(ROOT, 'bench-results'), log });
  results.compare = compared.results;
  console.log(compared.table);
}

mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
const stamp = results.date.replace(/[:.]/g, '-');
writeFileSync(join(ROOT, 'bench-results', `bench-${stamp}.json`), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(ROOT, 'bench-results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
log(`wrote bench-results/latest.json and bench-results/bench-${stamp}.json`);
