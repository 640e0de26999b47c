// @ts-check
/**
 * The benchmark's measurements, one function each: a timed build, what a page downloads,
 * what a search downloads, the offline precache, Lighthouse. scripts/bench.mjs runs them.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from './browser.mjs';
import { samplePeakMemory } from './process-memory.mjs';
import { INDEX_LATER_ENV } from '../../src/build/search-index.mjs';
import { ASTRO_NODE_FLAGS } from './astro-node-flags.mjs';

/**
 * Runs a command, echoing nothing, and returns its output, its wall time and the peak memory of
 * the command and every process it started, together (sampled from /proc every 100 ms).
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env?: NodeJS.ProcessEnv }} options
 * @returns {Promise<{ code: number | null, output: string, ms: number, peakBytes: number }>}
 */
export function run(command, args, { cwd, env = {} }) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const memory = samplePeakMemory(child.pid);
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (error) => {
      memory.stop();
      reject(error);
    });
    // 'exit' comes while the process still exists, so the last sample is taken before it goes.
    child.on('exit', () => memory.stop());
    child.on('close', (code) => resolve({ code, output, ms: performance.now() - started, peakBytes: memory.stop() }));
  });
}

/**
 * CPU time, in ms, used by the processes this one has started and waited for (and theirs), from
 * /proc/self/stat (cutime + cstime, in clock ticks of 10 ms); NaN where there is no /proc.
 */
export function childrenCpuMs() {
  if (!existsSync('/proc/self/stat')) return NaN;
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of stat (cutime, cstime) are the 14th and 15th after the command name.
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/**
 * Builds a project as `npm run build` does, in two processes one after the other: `astro build`
 * (leaving the search index for later), then scripts/finish-build.mjs (the search index and the
 * service worker), with the same Node options (ASTRO_NODE_FLAGS). Reads the figures from their logs.
 * @param {string} root
 * @returns {Promise<{ pages: number, buildMs: number, cpuMs: number, peakBytes: number, indexMs: number, indexedPages: number, phases: ReturnType<typeof buildPhases>, log: string }>}
 */
export async function timedBuild(root) {
  const child = fileURLToPath(new URL('./build-child.mjs', import.meta.url));
  const env = { ASTRO_TELEMETRY_DISABLED: '1', [INDEX_LATER_ENV]: '1' };
  const cpuBefore = childrenCpuMs();
  const astro = await run(process.execPath, [...ASTRO_NODE_FLAGS, child, root], { cwd: root, env });
  if (astro.code !== 0) throw new Error(`bench: astro build failed in ${root}:\n${astro.output.slice(-3000)}`);
  const finish = await run(process.execPath, [join(root, 'scripts/finish-build.mjs'), join(root, 'dist')], { cwd: root, env });
  if (finish.code !== 0) throw new Error(`bench: the search index or the service worker failed in ${root}:\n${finish.output.slice(-3000)}`);
  const result = { output: `${astro.output}\n${finish.output}`, ms: astro.ms + finish.ms, peakBytes: Math.max(astro.peakBytes, finish.peakBytes) };
  // Astro colours its log: strip the terminal's colour codes, which start with the ESC character.
  // eslint-disable-next-line no-control-regex
  const plain = result.output.replace(/\x1b\[[0-9;]*m/g, '');
  const pages = Number(/(\d+) page\(s\) built in/.exec(plain)?.[1] ?? NaN);
  const index = /indexed (\d+) pages[^\n]*? in (\d+) ms/.exec(plain);
  if (!index || Number.isNaN(pages)) throw new Error(`bench: could not read the page count or the index time from the build log:\n${plain.slice(-2000)}`);
  // Every process of the build, Pagefind's indexer and esbuild included.
  const cpuMs = childrenCpuMs() - cpuBefore;
  return { pages, buildMs: result.ms, cpuMs, peakBytes: result.peakBytes, indexMs: Number(index[2]), indexedPages: Number(index[1]), phases: buildPhases(plain), log: plain };
}

/**
 * Where a build's time goes, read from Astro's log: compiling and bundling the pages (Vite),
 * rendering them to HTML, and the search index.
 * @param {string} log the build output without colour codes
 */
export function buildPhases(log) {
  const ms = (/** @type {string | undefined} */ value) => (!value ? NaN : value.endsWith('ms') ? Number(value.slice(0, -2)) : Number(value.slice(0, -1)) * 1000);
  const after = (/** @type {string} */ marker) => {
    const at = log.indexOf(marker);
    return at === -1 ? undefined : /✓ Completed in ([\d.]+m?s)/.exec(log.slice(at))?.[1];
  };
  return {
    bundleMs: Math.round(ms(after('Building static entrypoints'))),
    renderMs: Math.round(ms(after('generating static routes'))),
    indexMs: Number(/indexed \d+ pages[^\n]*? in (\d+) ms/.exec(log)?.[1] ?? NaN),
  };
}

/**
 * A copy of the project in a temporary folder, sharing the installed packages but none of their
 * caches (Astro's content store, Vite's optimised dependencies), so every build in it is cold
 * and the working tree's own build and caches are left alone.
 * @param {string} root
 * @returns {string} the copy's path
 */
export function copyProject(root) {
  const copy = mkdtempSync(join(tmpdir(), 'sg-bench-'));
  const skip = new Set(['node_modules', 'dist', '.dist-next', '.dist-old', '.astro', '.git', 'bench-results', 'test-results', 'playwright-report']);
  for (const entry of readdirSync(root)) {
    if (!skip.has(entry)) cpSync(join(root, entry), join(copy, entry), { recursive: true });
  }
  mkdirSync(join(copy, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (!['.astro', '.vite', '.cache'].includes(entry)) symlinkSync(join(root, 'node_modules', entry), join(copy, 'node_modules', entry));
  }
  return copy;
}

/**
 * Total bytes of the files under a folder, raw and gzipped.
 * @param {string} dir
 * @param {(file: string) => boolean} [include] a filter on the path relative to `dir`
 */
export function folderSize(dir, include = () => true) {
  let files = 0;
  let bytes = 0;
  const walk = (/** @type {string} */ current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (include(relative(dir, path).split(sep).join('/'))) {
        files++;
        bytes += statSync(path).size;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { files, bytes };
}

/**
 * @typedef {object} Transfer
 * @property {string} url
 * @property {string} type     Playwright's resource type: document, stylesheet, script, fetch, …
 * @property {number} encoded  bytes on the wire (compressed)
 * @property {number} decoded  bytes after decompression
 */

/** Our search page's box and one result (src/pages/search.astro), for the cold searches. */
export const OUR_SEARCH = { input: '#sg-search-input', result: '.sg-search-result' };

/** How long the network must be quiet before a page's transfers are summed. */
const QUIET_MS = 3000;

/**
 * Opens a new (cold) browser context, runs `act` in it and records every response, until the
 * network has been quiet for QUIET_MS.
 * @param {string} executablePath
 * @param {(page: import('@playwright/test').Page) => Promise<void>} act
 * @returns {Promise<Transfer[]>}
 */
export async function recordTransfers(executablePath, act) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    /** @type {Promise<Transfer>[]} */
    const pending = [];
    let last = Date.now();
    page.on('request', () => (last = Date.now()));
    // A worker's script may not be reported as a request at all: every worker the page starts is
    // listed, and one not among the requests is added with 0 bytes, for the caller to count from disk.
    /** @type {string[]} */
    const workers = [];
    page.on('worker', (worker) => void workers.push(worker.url()));
    page.on('requestfinished', (request) => {
      last = Date.now();
      pending.push(
        (async () => {
          const sizes = await request.sizes();
          const response = await request.response();
          const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
          return { url: request.url(), type: request.resourceType(), encoded: sizes.responseBodySize, decoded: body.length };
        })(),
      );
    });
    await act(page);
    await page.waitForLoadState('networkidle');
    // Scripts a page fetches when the browser is idle (Starlight's search UI) count too: Playwright's
    // "network idle" (500 ms quiet) can come before the browser's first idle period, so wait
    // until nothing has been requested for QUIET_MS.
    while (Date.now() - last < QUIET_MS) await page.waitForTimeout(250);
    const transfers = await Promise.all(pending);
    for (const url of workers) if (!transfers.some((t) => t.url === url)) transfers.push({ url, type: 'script', encoded: 0, decoded: 0 });
    await context.close();
    return transfers;
  } finally {
    await browser.close();
  }
}

/**
 * Sums transfers by kind.
 * @param {Transfer[]} transfers
 */
export function summarise(transfers) {
  const sum = (/** @type {(t: Transfer) => boolean} */ test) => transfers.filter(test).reduce((a, t) => ({ encoded: a.encoded + t.encoded, decoded: a.decoded + t.decoded }), { encoded: 0, decoded: 0 });
  return {
    requests: transfers.length,
    total: sum(() => true),
    html: sum((t) => t.type === 'document'),
    css: sum((t) => t.type === 'stylesheet'),
    js: sum((t) => t.type === 'script'),
    other: sum((t) => !['document', 'stylesheet', 'script'].includes(t.type)),
  };
}

/**
 * The offline precache, if a service worker exists: the files its manifest lists.
 * @param {string} dist
 * @returns {{ files: number, bytes: number, gzipBytes: number, source: string, workerBytes: number } | undefined}
 */
export function precacheSize(dist) {
  const sw = ['sw.js', 'service-worker.js'].map((f) => join(dist, f)).find((f) => existsSync(f));
  if (!sw) return undefined;
  // Read the list from a manifest beside the worker if there is one, else from the worker itself.
  const manifests = readdirSync(dist).filter((f) => /(?:precache|sw|manifest).*\.json$/i.test(f) && !/^manifest\.json$|webmanifest/.test(f));
  const sources = [sw, ...manifests.map((f) => join(dist, f))];
  const texts = sources.map((source) => readFileSync(source, 'utf8'));
  // A manifest of { url, revision } entries (Workbox's shape, and this site's); failing that, every quoted path.
  const listed = texts.flatMap((text) => [...text.matchAll(/"url"\s*:\s*"([^"]+)"/g)].map((m) => m[1] ?? ''));
  const quoted = texts.flatMap((text) => [...text.matchAll(/["'`](\/[^"'`\s]*)["'`]/g)].map((m) => m[1] ?? ''));
  const urls = new Set((listed.length > 0 ? listed : quoted).map((url) => decodeURI(url.split('?')[0] ?? '')));
  let files = 0;
  let bytes = 0;
  let gzipBytes = 0;
  for (const url of urls) {
    const clean = String(url).replace(/^\//, '');
    const path = [join(dist, clean), join(dist, clean, 'index.html')].find((p) => existsSync(p) && statSync(p).isFile());
    if (!path) continue;
    const body = readFileSync(path);
    files++;
    bytes += body.length;
    gzipBytes += gzipSync(body, { level: 6 }).length;
  }
  // The worker script itself, which Playwright reports as 0 bytes: its size as stored.
  return { files, bytes, gzipBytes, source: relative(dist, sw), workerBytes: statSync(sw).size };
}

/**
 * Runs Lighthouse (mobile) on one address and returns the four category scores (0 to 100).
 * @param {string} root the project root, to find Lighthouse
 * @param {string} url
 * @param {string} chromePath
 * @param {string} reportPath where to write the full JSON report
 */
export async function lighthouse(root, url, chromePath, reportPath) {
  const cli = join(root, 'node_modules/lighthouse/cli/index.js');
  const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
  const once = () =>
    run(
      process.execPath,
      [cli, url, '--quiet', '--output=json', `--output-path=${reportPath}`, `--chrome-flags=${flags}`, '--only-categories=performance,accessibility,best-practices,seo'],
      { cwd: root, env: { CHROME_PATH: chromePath } },
    );
  let result = await once();
  // Lighthouse now and then fails to record its trace ("NO_NAVSTART") on a busy machine; one retry.
  if (result.code !== 0 && /NO_NAVSTART|Please run Lighthouse again/.test(result.output)) result = await once();
  if (result.code !== 0 || !existsSync(reportPath)) throw new Error(`bench: Lighthouse failed on ${url}:\n${result.output.slice(-2000)}`);
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  /** @type {Record<string, number>} */
  const scores = {};
  for (const [id, category] of Object.entries(report.categories ?? {})) scores[id] = Math.round(Number(/** @type {any} */ (category).score) * 100);
  /** Audits that cost points, to say why a score is not 100. */
  const failing = Object.values(report.audits ?? {})
    .filter((/** @type {any} */ a) => typeof a.score === 'number' && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
    .map((/** @type {any} */ a) => `${a.id} (${a.score})`);
  return { scores, failing };
}
