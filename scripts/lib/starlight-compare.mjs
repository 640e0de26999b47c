// @ts-check
/**
 * `npm run bench -- --compare starlight`: the same lessons built by this site and by Starlight
 * (the Astro documentation framework), measured side by side on one machine.
 *
 * - Starlight is installed from the npm registry into a temporary folder only, pinned to
 *   @astrojs/starlight 0.37.7 (the last version for Astro 5) with the astro, @astrojs/mdx and
 *   pagefind versions this site uses; it never enters the project's package.json.
 * - Each lesson (content/modules/**.mdx) becomes a Starlight docs page at the same address. The
 *   MDX body is kept as it is; our author components become small stub components that print the
 *   same text as plain HTML (a contact's name, number and hours, a safety rule's steps, a knowledge
 *   check's question, options and feedback…), read from the same content/*.yaml files. The lesson's
 *   time, content note, outcomes and sources are written around the body, as our lesson page shows them.
 * - Builds are interleaved (ours, theirs, ours, theirs…), each from cold caches, and the median is
 *   kept; the same is done with the scale test's synthetic lessons.
 * - Starlight is used as it comes: its default sidebar (every page listed on every page) and its
 *   search dialog; nothing is switched off to make it slower or faster.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, sep } from 'node:path';
import { chromium } from '@playwright/test';
import { parse, stringify } from 'yaml';
import { CHROMIUM_ARGS } from './browser.mjs';
import { childrenCpuMs, lighthouse, OUR_SEARCH, recordTransfers, run, summarise, timedBuild } from './bench-measure.mjs';
import { fileForPath } from './links.mjs';
import { compress, serveStatic } from './static-server.mjs';
import { writeSyntheticCurriculum } from './synthetic-lessons.mjs';

/** Exact versions: Starlight 0.37.7 is the last line that accepts Astro 5 (TOOLCHAIN.md). */
export const STARLIGHT_PACKAGES = { '@astrojs/starlight': '0.37.7', astro: '5.18.2' };
/** Pinned to this site's versions, so both sites use the same compiler and the same search engine. */
// (@pagefind/default-ui, which Starlight bundles into its own script, stops at 1.5.2 on the registry.)
const OVERRIDES = { '@astrojs/mdx': '4.3.14', pagefind: '1.6.0', unifont: { undici: '7.30.2' } };
/** Our author components, each replaced by a stub of the same name. */
const COMPONENTS = ['Term', 'Cite', 'Contact', 'SafetyRule', 'KnowledgeCheck', 'NationNote', 'Scenario', 'Branching', 'KeyPoints', 'TrainerNote', 'Reflect', 'Callout', 'Table'];
/** Each site's search box and result, for the cold searches. Starlight uses Pagefind's Default UI. */
const SEARCH_UI = { ours: OUR_SEARCH, starlight: { input: '.pagefind-ui__search-input', result: '.pagefind-ui__result' } };
/** Cold search is PASS at this ratio or below (issue 23); every other ratio at 1.0. */
const SEARCH_RATIO = 0.8;

const median = (/** @type {number[]} */ values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};

/**
 * Starlight's packages, installed once per version into a temporary folder and reused.
 * @param {(message: string) => void} log
 * @returns {string} the folder holding node_modules
 */
export function installStarlight(log) {
  const dir = join(tmpdir(), `sg-bench-starlight-${STARLIGHT_PACKAGES['@astrojs/starlight']}`);
  const installed = join(dir, 'node_modules/@astrojs/starlight/package.json');
  const done = join(dir, '.installed');
  if (existsSync(done) && existsSync(installed) && JSON.parse(readFileSync(installed, 'utf8')).version === STARLIGHT_PACKAGES['@astrojs/starlight']) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'sg-bench-starlight', private: true, type: 'module', dependencies: STARLIGHT_PACKAGES, overrides: OVERRIDES }, null, 2)}\n`);
  log(`installing @astrojs/starlight ${STARLIGHT_PACKAGES['@astrojs/starlight']} into ${dir} (about a minute; once per machine)…`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  writeFileSync(done, new Date().toISOString());
  return dir;
}

/** Text safe to put into MDX as prose. */
const mdxText = (/** @type {string} */ s) => s.replace(/[{}<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The stub components and the data they read, written into a Starlight project.
 * @param {string} site our project (content/*.yaml)
 * @param {string} project the Starlight project
 */
function writeStubs(site, project) {
  const yaml = (/** @type {string} */ file) => /** @type {any[]} */ (parse(readFileSync(join(site, 'content', file), 'utf8')));
  const byId = (/** @type {any[]} */ list) => Object.fromEntries(list.map((e) => [e.id, e]));
  const data = {
    glossary: byId(yaml('glossary.yaml')),
    references: byId(yaml('references.yaml')),
    contacts: byId(yaml('contacts.yaml')),
    rules: byId(yaml('safety-rules.yaml')),
    scenarios: Object.fromEntries(
      (existsSync(join(site, 'content/scenarios')) ? readdirSync(join(site, 'content/scenarios')) : [])
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => [f.replace(/\.yaml$/, ''), parse(readFileSync(join(site, 'content/scenarios', f), 'utf8'))]),
    ),
    nations: { england: 'England', wales: 'Wales', scotland: 'Scotland', 'northern-ireland': 'Northern Ireland' },
  };
  const dir = join(project, 'src/components/sg');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(project, 'src/sg-data.json'), JSON.stringify(data));
  const head = (/** @type {string} */ script) => `---\nimport data from '../../sg-data.json';\nconst d: any = data;\n${script}\n---\n`;
  const contactInline = `c.phone ? <><a href={'tel:' + c.phone}>{c.phone}</a> ({c.name})</> : c.web ? <a href={c.web}>{c.name}</a> : <a href={'mailto:' + c.email}>{c.email}</a>`;
  const stubs = {
    Term: [head('const { id } = Astro.props;'), '<a href={`/glossary/#${id}`} title={d.glossary[id]?.definition}><slot /></a>'],
    Cite: [head('const { id } = Astro.props; const r = d.references[id];'), '<span>(<a href={`/sources/#${id}`} title={`${r.title}, ${r.publisher}, ${r.edition}`}>{r.short ?? r.title}</a>)</span>'],
    Contact: [
      head("const { id, variant = 'card' } = Astro.props; const c = d.contacts[id]; const where = c.nations.length === 4 ? 'All of the UK' : c.nations.map((n: string) => d.nations[n]).join(', ');"),
      `{variant === 'inline' ? (${contactInline}) : (<div><p><strong>{c.name}</strong></p><p>{c.for}</p>{c.phone && <p>Phone: <a href={'tel:' + c.phone}>{c.phone}</a></p>}<dl>{c.text && <><dt>Text</dt><dd>{c.text}</dd></>}{c.email && <><dt>Email</dt><dd>{c.email}</dd></>}{c.web && <><dt>Website</dt><dd><a href={c.web}>{c.web}</a></dd></>}<dt>When</dt><dd>{c.hours}</dd><dt>Where</dt><dd>{where}</dd></dl>{c.notes && <p>{c.notes}</p>}</div>)}`,
    ],
    SafetyRule: [
      head("import Contact from './Contact.astro';\nconst { id, omitContacts = [] } = Astro.props; const r = d.rules[id];\nconst parts = (s: string) => s.split(/\\{contact:([a-z0-9-]+)\\}/);"),
      '<aside aria-label={r.title}><p><strong>{r.title}</strong></p><ol>{r.steps.map((s: string) => <li>{parts(s).map((p, i) => (i % 2 ? <Contact id={p} variant="inline" /> : p))}</li>)}</ol>{(r.contacts ?? []).filter((c: string) => !omitContacts.includes(c)).map((c: string) => <Contact id={c} />)}</aside>',
    ],
    KnowledgeCheck: [
      head('const { question, options } = Astro.props;'),
      "<section><p><strong>Check your understanding:</strong> {question}</p><ol>{options.map((o: any) => <li><details><summary>{o.text}</summary><p>{o.correct ? 'The best answer. ' : 'Not the best answer. '}{o.feedback}</p></details></li>)}</ol></section>",
    ],
    NationNote: [head("const { nations } = Astro.props; const names = nations.map((n: string) => d.nations[n]); const label = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];"), '<aside><p><strong>In {label}</strong></p><slot /></aside>'],
    Scenario: [head('const { title } = Astro.props;'), '<section><h3>Scenario: {title}</h3><slot /></section>'],
    // Every step, as our page shows it without JavaScript: the situation, the question, the choices as links.
    Branching: [
      head('const { id } = Astro.props; const sc = d.scenarios[id];'),
      '<section><h3>{sc.title}</h3><p>{sc.summary}</p>{sc.steps.map((st: any) => <div id={`${id}--${st.id}`}><p>{st.text}</p>{st.question && <p><strong>{st.question}</strong></p>}{st.choices && <ul>{st.choices.map((c: any) => <li><a href={`#${id}--${c.next}`}>{c.label}</a></li>)}</ul>}</div>)}</section>',
    ],
    KeyPoints: [head(''), '<section><h2>Key points</h2><slot /></section>'],
    TrainerNote: [head(''), '<aside><p><strong>Trainer note</strong></p><slot /></aside>'],
    Reflect: [head("const { title = 'Reflect' } = Astro.props;"), '<aside><p><strong>{title}</strong></p><slot /></aside>'],
    Callout: [head("const { type = 'info', title } = Astro.props; const label = ({ info: 'Note', important: 'Important', warning: 'Warning' } as any)[type];"), '<aside><p><strong>{title ?? label}</strong></p><slot /></aside>'],
    Table: [head(''), '<div><slot /></div>'],
  };
  for (const [name, parts] of Object.entries(stubs)) writeFileSync(join(dir, `${name}.astro`), parts.join(''));
  writeFileSync(join(dir, 'index.ts'), COMPONENTS.map((c) => `export { default as ${c} } from './${c}.astro';`).join('\n') + '\n');
  return data;
}

/**
 * One of our lessons or module pages as a Starlight page.
 * @param {string} source the MDX
 * @param {string} importPath the stubs' index, relative to the page
 * @param {any} data from writeStubs
 */
export function starlightPage(source, importPath, data) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new Error('starlight-compare: a lesson without frontmatter');
  const fm = parse(match[1] ?? '');
  const body = source.slice(match[0].length);
  const before = [];
  const after = [];
  if (fm.duration) {
    before.push(`**Time:** ${fm.duration} minutes`, '');
    if (fm.contentNote) before.push(`**Content note:** ${mdxText(fm.contentNote)} [Looking after yourself](/wellbeing/).`, '');
    before.push(`This lesson takes about ${fm.duration} minutes. You can stop at any point and come back.`, '');
  }
  if (fm.outcomes?.length) before.push('## What you will learn', '', 'By the end, you will be able to:', '', ...fm.outcomes.map((/** @type {string} */ o) => `- ${mdxText(o)}`), '');
  if (fm.sources?.length) {
    after.push('', '## Sources', '');
    for (const id of fm.sources) {
      const r = data.references[id];
      if (r) after.push(`- ${mdxText([r.title, r.publisher, r.edition].filter(Boolean).join(', '))}`);
    }
  }
  const frontmatter = stringify({ title: fm.title, description: fm.description ?? fm.summary ?? fm.title });
  return `---\n${frontmatter}---\n\nimport { ${COMPONENTS.join(', ')} } from '${importPath}';\n\n${before.join('\n')}\n${body}\n${after.join('\n')}\n`;
}

/**
 * A Starlight project in a temporary folder holding our lessons, with node_modules linked from
 * the installed copy (its caches kept out, so every build is cold).
 * @param {string} site our project (or its copy, with synthetic lessons)
 * @param {string} installed from installStarlight
 * @returns {string} the project's folder
 */
export function writeStarlightProject(site, installed) {
  const project = mkdtempSync(join(tmpdir(), 'sg-starlight-'));
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'sg-starlight-compare', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(
    join(project, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n\nexport default defineConfig({ site: 'http://localhost:4321', integrations: [starlight({ title: 'Online safeguarding' })] });\n",
  );
  mkdirSync(join(project, 'src/content/docs'), { recursive: true });
  writeFileSync(
    join(project, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  mkdirSync(join(project, 'node_modules'));
  for (const entry of readdirSync(join(installed, 'node_modules'))) {
    if (!['.astro', '.vite', '.cache'].includes(entry)) symlinkSync(join(installed, 'node_modules', entry), join(project, 'node_modules', entry));
  }
  const data = writeStubs(site, project);
  convertLessons(site, project, data);
  return project;
}

/**
 * (Re)writes the project's docs from the lessons in `site`.
 * @param {string} site
 * @param {string} project
 * @param {any} data
 */
function convertLessons(site, project, data) {
  const docs = join(project, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const modules = join(site, 'content/modules');
  /** @type {string[]} */
  const moduleLinks = [];
  for (const module of readdirSync(modules).sort()) {
    if (!statSync(join(modules, module)).isDirectory()) continue;
    for (const file of readdirSync(join(modules, module))) {
      if (extname(file) !== '.mdx') continue;
      const target = join(docs, 'modules', module, file);
      mkdirSync(dirname(target), { recursive: true });
      const importPath = relative(dirname(target), join(project, 'src/components/sg/index.ts')).split(sep).join('/');
      const source = readFileSync(join(modules, module, file), 'utf8');
      writeFileSync(target, starlightPage(source, importPath, data));
      if (file === 'index.mdx') moduleLinks.push(`- [${mdxText(String(parse(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '').title))}](/modules/${module}/)`);
    }
  }
  writeFileSync(join(docs, 'index.mdx'), `---\ntitle: Online safeguarding\ndescription: A curriculum on online child abuse for people who work with children in the UK.\n---\n\n## Modules\n\n${moduleLinks.join('\n')}\n`);
}

/** Removes a project's build output and caches, so the next build is cold. */
function clean(/** @type {string} */ project) {
  for (const dir of ['dist', '.astro', 'node_modules/.vite', 'node_modules/.astro']) rmSync(join(project, dir), { recursive: true, force: true });
}

/**
 * A cold Starlight build, timed, with the peak memory of all its processes.
 * @param {string} project
 */
async function starlightBuild(project) {
  clean(project);
  const cpuBefore = childrenCpuMs();
  const result = await run(process.execPath, ['--max-old-space-size=4096', join(project, 'node_modules/astro/astro.js'), 'build'], { cwd: project, env: { ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.code !== 0) throw new Error(`bench: the Starlight build failed in ${project}:\n${result.output.slice(-3000)}`);
  // eslint-disable-next-line no-control-regex
  const plain = result.output.replace(/\x1b\[[0-9;]*m/g, '');
  const pages = Number(/(\d+) page\(s\) built in/.exec(plain)?.[1] ?? NaN);
  return { ms: result.ms, cpuMs: childrenCpuMs() - cpuBefore, peakBytes: result.peakBytes, pages };
}

/** Our cold build, as `npm run build` does it (two processes). */
async function ourBuild(/** @type {string} */ copy) {
  clean(copy);
  const b = await timedBuild(copy);
  return { ms: b.buildMs, cpuMs: b.cpuMs, peakBytes: b.peakBytes, pages: b.pages };
}

/**
 * Interleaved builds: ours, theirs, ours, theirs… `runs` of each; the medians.
 * @param {string} ours
 * @param {string} theirs
 * @param {number} runs
 * @param {(message: string) => void} log
 * @param {string} what
 */
async function interleavedBuilds(ours, theirs, runs, log, what) {
  /** @type {{ ms: number, cpuMs: number, peakBytes: number, pages: number }[][]} */
  const all = [[], []];
  for (let i = 0; i < runs; i++) {
    log(`compare: ${what}, build ${i + 1} of ${runs}: ours…`);
    all[0]?.push(await ourBuild(ours));
    log(`compare: ${what}, build ${i + 1} of ${runs}: Starlight…`);
    all[1]?.push(await starlightBuild(theirs));
  }
  return all.map((builds) => ({
    ms: median(builds.map((b) => b.ms)),
    cpuMs: median(builds.map((b) => b.cpuMs)),
    peakBytes: median(builds.map((b) => b.peakBytes)),
    pages: builds[0]?.pages ?? NaN,
    runsMs: builds.map((b) => Math.round(b.ms)),
  }));
}

/**
 * A file's size as the benchmark's server sends it (Brotli for text), for requests Playwright
 * reports as 0 bytes: worker scripts.
 * @param {string} dist
 * @param {string} url
 */
function servedSize(dist, url) {
  const path = fileForPath(dist, new URL(url).pathname);
  if (!path) return 0;
  const body = readFileSync(path);
  return /\.(?:html|css|js|mjs|json|svg|xml|txt|webmanifest)$/.test(path) ? compress(body, 'br').length : body.length;
}

/**
 * Every transfer of a cold visit, with worker scripts (Playwright reports them as 0 bytes, and
 * recordTransfers lists every worker the page started) counted from disk, as the server sends them.
 * @param {import('./bench-measure.mjs').Transfer[]} transfers
 * @param {string} dist
 */
function countWorkers(transfers, dist) {
  return transfers.map((t) => (t.encoded === 0 && /\.m?js(?:\?|$)/.test(t.url) ? { ...t, encoded: servedSize(dist, t.url), fromDisk: true } : t));
}

/**
 * What a first visit to `path` downloads after the page itself: the service worker script
 * (Playwright reports it as 0 bytes: counted from disk) and every request the worker makes while
 * it stores the site automatically, until the network has been quiet for 3 s (at most 3 minutes).
 * @param {string} chromePath
 * @param {string} origin
 * @param {string} path
 * @param {string} dist
 */
export async function afterLoad(chromePath, origin, path, dist) {
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    /** @type {Promise<{ url: string, encoded: number }>[]} */
    const pending = [];
    let last = Date.now();
    context.on('requestfinished', (request) => {
      last = Date.now();
      if (!request.serviceWorker()) return;
      pending.push(request.sizes().then((s) => ({ url: request.url(), encoded: s.responseBodySize })));
    });
    context.on('request', () => (last = Date.now()));
    const page = await context.newPage();
    await page.goto(origin + path, { waitUntil: 'load' });
    const started = Date.now();
    while (Date.now() - last < 3000 && Date.now() - started < 180_000) await page.waitForTimeout(250);
    // The page registers its worker after load: ask which one once the network is quiet.
    /** @type {string[]} */
    const workers = await page.evaluate(async () => {
      const registrations = navigator.serviceWorker ? await navigator.serviceWorker.getRegistrations() : [];
      return registrations.flatMap((r) => [r.installing, r.waiting, r.active].filter(Boolean).map((w) => /** @type {ServiceWorker} */ (w).scriptURL)).slice(0, 1);
    });
    let stored = await Promise.all(pending);
    // What the worker stored, from Cache Storage: should a browser not report a worker's own
    // requests, they are counted from disk instead, so nothing it downloads goes uncounted.
    /** @type {string[]} */
    const cached = await page.evaluate(async () => {
      if (!('caches' in self)) return [];
      const lists = await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)));
      return lists.flat();
    });
    const reported = stored.length > 0;
    if (!reported) stored = cached.map((url) => ({ url, encoded: servedSize(dist, url) }));
    await context.close();
    const workerBytes = workers.reduce((sum, url) => sum + servedSize(dist, url), 0);
    return { requests: stored.length + workers.length, bytes: stored.reduce((a, t) => a + t.encoded, 0) + workerBytes, workerBytes, cachedFiles: cached.length, countedFrom: reported ? 'the browser' : 'disk' };
  } finally {
    await browser.close();
  }
}

/**
 * A cold search: from an empty cache, open the page a reader searches from, type the query and
 * wait for the first five results. Ours is the search page; Starlight has none, its search dialog
 * is on every page, so it starts from its lightest page, the home page. Everything is counted:
 * the page, its styles and scripts, the search UI, the index, the results and the worker scripts.
 * @param {string} chromePath
 * @param {string} origin
 * @param {string} dist
 * @param {'ours' | 'starlight'} site
 * @param {string} query
 * @param {number} shown
 */
async function coldSearch(chromePath, origin, dist, site, query, shown) {
  const ui = SEARCH_UI[site];
  const transfers = await recordTransfers(chromePath, async (page) => {
    await page.goto(`${origin}${site === 'ours' ? '/search/' : '/'}`);
    await page.waitForLoadState('networkidle');
    if (site === 'starlight') await page.locator('button[data-open-modal]').first().click();
    await page.locator(ui.input).fill(query);
    await page.locator(ui.result).nth(shown - 1).waitFor({ timeout: 60_000 });
  });
  const all = countWorkers(transfers, dist);
  const search = all.filter((t) => new URL(t.url).pathname.startsWith('/pagefind/'));
  return { requests: all.length, bytes: all.reduce((a, t) => a + t.encoded, 0), pagefindBytes: search.reduce((a, t) => a + t.encoded, 0) };
}

/**
 * Largest contentful paint on a page, from Lighthouse (mobile, the bench's settings), in ms.
 * @param {string} root
 * @param {string} url
 * @param {string} chromePath
 * @param {string} reportPath
 */
async function lcp(root, url, chromePath, reportPath) {
  await lighthouse(root, url, chromePath, reportPath);
  return Number(JSON.parse(readFileSync(reportPath, 'utf8')).audits?.['largest-contentful-paint']?.numericValue ?? NaN);
}

/**
 * The whole comparison. Returns the table's rows and the figures as JSON.
 * @param {{ root: string, chromePath: string, copyProject: (root: string) => string, copies: string[], syntheticLessons: number, skipScale: boolean, skipLighthouse: boolean, runs?: number, lessonPath: string, queries: string[], shown: number, resultsDir: string, log: (message: string) => void }} o
 */
export async function compareWithStarlight(o) {
  // Three of each, so one build slowed by something else on the machine does not set the median.
  const runs = o.runs ?? 3;
  const installed = installStarlight(o.log);
  const ours = o.copyProject(o.root);
  o.copies.push(ours);
  const theirs = writeStarlightProject(ours, installed);
  o.copies.push(theirs);
  const lessons = readdirSync(join(ours, 'content/modules'), { recursive: true }).filter((f) => String(f).endsWith('.mdx') && !String(f).endsWith('index.mdx')).length;

  const [a, b] = await interleavedBuilds(ours, theirs, runs, o.log, `${lessons} lessons`);
  const results = /** @type {Record<string, any>} */ ({ starlight: STARLIGHT_PACKAGES['@astrojs/starlight'], lessons, runs, build: { ours: a, starlight: b } });

  const ourDist = join(ours, 'dist');
  const theirDist = join(theirs, 'dist');
  const ourServer = await serveStatic(ourDist);
  const theirServer = await serveStatic(theirDist, { securityHeaders: false });
  try {
    o.log('compare: page weights…');
    const page = async (/** @type {string} */ origin, /** @type {string} */ dist) => summarise(countWorkers(await recordTransfers(o.chromePath, async (p) => void (await p.goto(origin + o.lessonPath))), dist));
    results.lesson = { ours: await page(ourServer.origin, ourDist), starlight: await page(theirServer.origin, theirDist) };
    o.log('compare: what a first visit downloads after the page…');
    results.afterLoad = { ours: await afterLoad(o.chromePath, ourServer.origin, o.lessonPath, ourDist), starlight: await afterLoad(o.chromePath, theirServer.origin, o.lessonPath, theirDist) };
    // One query can land on a boundary between two of Pagefind's index chunks and fetch both, on
    // either site, by luck: so a set of typical queries, each from an empty cache, and their total.
    results.searches = [];
    for (const query of o.queries) {
      o.log(`compare: cold search for "${query}"…`);
      results.searches.push({ query, ours: await coldSearch(o.chromePath, ourServer.origin, ourDist, 'ours', query, o.shown), starlight: await coldSearch(o.chromePath, theirServer.origin, theirDist, 'starlight', query, o.shown) });
    }
    if (!o.skipLighthouse) {
      // The bench's own Lighthouse settings (scripts/lib/bench-measure.mjs), the same for both sites.
      /** @type {number[][]} */
      const lcps = [[], []];
      for (let i = 0; i < runs; i++) {
        o.log(`compare: Lighthouse LCP on the lesson, run ${i + 1} of ${runs}…`);
        lcps[0]?.push(await lcp(o.root, ourServer.origin + o.lessonPath, o.chromePath, join(o.resultsDir, 'compare-lighthouse-ours.json')));
        lcps[1]?.push(await lcp(o.root, theirServer.origin + o.lessonPath, o.chromePath, join(o.resultsDir, 'compare-lighthouse-starlight.json')));
      }
      results.lcp = { ours: median(lcps[0] ?? []), starlight: median(lcps[1] ?? []), runs: lcps };
    }
  } finally {
    await ourServer.close();
    await theirServer.close();
  }

  if (!o.skipScale) {
    o.log(`compare: writing ${o.syntheticLessons} synthetic lessons into both projects…`);
    const written = writeSyntheticCurriculum(ours, o.syntheticLessons);
    convertLessons(ours, theirs, JSON.parse(readFileSync(join(theirs, 'src/sg-data.json'), 'utf8')));
    const [sa, sb] = await interleavedBuilds(ours, theirs, runs, o.log, `${written.lessons} synthetic lessons`);
    results.scale = { syntheticLessons: written.lessons, ours: sa, starlight: sb };
  }
  return { results, table: compareTable(results) };
}

/**
 * The table as Markdown, with a heading line.
 * @param {Record<string, any>} r
 */
export function compareTable(r) {
  const rows = [['figure', 'ours', `Starlight ${r.starlight}`, 'ratio', 'verdict'], ...compareRows(r)];
  const w = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  const cells = (/** @type {string[]} */ row) => `| ${row.map((c, i) => c.padEnd(w[i] ?? 0)).join(' | ')} |`;
  const [head, ...body] = rows;
  return [`\nSide by side with Starlight ${r.starlight} on the same ${r.lessons} lessons (ratio = ours / Starlight; builds interleaved, cold, median of ${r.runs}):\n`, cells(head ?? []), `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`, ...body.map(cells)].join('\n');
}

/**
 * The side-by-side table: figure, ours, Starlight, ratio, verdict.
 * @param {Record<string, any>} r
 * @returns {string[][]}
 */
export function compareRows(r) {
  const kb = (/** @type {number} */ b) => `${(b / 1024).toFixed(1)} KB`;
  const s = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(1)} s`;
  const gb = (/** @type {number} */ b) => (Number.isNaN(b) ? 'not measured' : `${(b / 1e9).toFixed(2)} GB`);
  /** @type {string[][]} */
  const rows = [];
  /** limit: the highest ratio that passes; null for a detail row without a verdict. */
  const add = (/** @type {string} */ what, /** @type {number} */ ours, /** @type {number} */ theirs, /** @type {(n: number) => string} */ show, /** @type {number | null} */ limit = 1) => {
    let ratio;
    let verdict;
    if (theirs === 0) {
      ratio = ours === 0 ? '1.00' : '∞';
      verdict = limit === null ? '(detail)' : ours === 0 ? 'PASS' : 'FAIL (behind: Starlight downloads nothing)';
    } else {
      const value = ours / theirs;
      ratio = value.toFixed(2);
      verdict = limit === null ? '(detail)' : value <= limit ? 'PASS' : `FAIL (behind; needs ≤ ${limit.toFixed(1)})`;
    }
    rows.push([what, show(ours), show(theirs), ratio, verdict]);
  };
  add(`build time, ${r.lessons} lessons (pages: ours ${r.build.ours.pages}, Starlight ${r.build.starlight.pages})`, r.build.ours.ms, r.build.starlight.ms, s);
  add(`  CPU time of the build, ${r.lessons} lessons (all processes)`, r.build.ours.cpuMs, r.build.starlight.cpuMs, s, null);
  add(`peak memory of the build, ${r.lessons} lessons`, r.build.ours.peakBytes, r.build.starlight.peakBytes, gb);
  if (r.lesson) {
    add('lesson: bytes transferred at load', r.lesson.ours.total.encoded, r.lesson.starlight.total.encoded, kb);
    add('lesson: JavaScript at load', r.lesson.ours.js.encoded, r.lesson.starlight.js.encoded, kb);
    if (r.afterLoad.starlight.bytes === 0) {
      // No ratio can be fair here: storing the site for offline use after one visit is this site's
      // promise (issue 23), and Starlight stores nothing. The offline budget rows of the bench judge it.
      rows.push(['lesson: after load (worker + what it stores)', kb(r.afterLoad.ours.bytes), kb(0), 'n/a', 'NOT COMPARABLE (Starlight keeps no offline copy; see the offline budget rows)']);
    } else add('lesson: after load (worker + what it stores)', r.afterLoad.ours.bytes, r.afterLoad.starlight.bytes, kb);
    const total = (/** @type {'ours' | 'starlight'} */ site, /** @type {'bytes' | 'pagefindBytes'} */ field) => r.searches.reduce((/** @type {number} */ a, /** @type {any} */ q) => a + q[site][field], 0);
    add(`cold search, ${r.searches.length} typical queries, each from an empty cache: total`, total('ours', 'bytes'), total('starlight', 'bytes'), kb, SEARCH_RATIO);
    add('  of which Pagefind (UI, index, results, worker)', total('ours', 'pagefindBytes'), total('starlight', 'pagefindBytes'), kb, null);
    for (const q of r.searches) add(`  "${q.query}"`, q.ours.bytes, q.starlight.bytes, kb, null);
  }
  if (r.lcp) add(`lesson: LCP, Lighthouse mobile (median of ${r.runs})`, r.lcp.ours, r.lcp.starlight, (ms) => `${Math.round(ms)} ms`);
  if (r.scale) {
    const n = r.scale.syntheticLessons;
    add(`scale: build time, + ${n} synthetic lessons`, r.scale.ours.ms, r.scale.starlight.ms, s);
    add(`  CPU time of the build (all processes)`, r.scale.ours.cpuMs, r.scale.starlight.cpuMs, s, null);
    add(`scale: build time per page built (ours ${r.scale.ours.pages}, Starlight ${r.scale.starlight.pages})`, r.scale.ours.ms / r.scale.ours.pages, r.scale.starlight.ms / r.scale.starlight.pages, (ms) => `${ms.toFixed(1)} ms`);
    add(`scale: peak memory of the build`, r.scale.ours.peakBytes, r.scale.starlight.peakBytes, gb);
  }
  return rows;
}
