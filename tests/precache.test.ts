import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { AUTO_BUDGET, createPrecacheManifest, formatBytes, fragmentPages, INDEX_BUDGET, isCore, isOptional, isPrecached, isWordIndex, MANIFEST_FILE, offlineSizes, pagefindWasmInUse, pathwayLessons, precacheList, precacheUrl, renderManifest, renderServiceWorker, revisionOf, transferSize } from '../src/service-worker/precache.mjs';
import { writeServiceWorker } from '../src/service-worker/write.mjs';
import { serviceWorker } from '../src/service-worker/integration.ts';
import { GET as devServiceWorker } from '../src/service-worker/dev-kill-switch.ts';

const text = (s: string) => new TextEncoder().encode(s);
const ENTRY = JSON.stringify({ version: '1.6.0', languages: { 'en-gb': { hash: 'en-gb_1', wasm: 'en-gb', page_count: 2 } } });

/** A small built site, as `astro build` and Pagefind leave it. */
function builtSite(overrides: Record<string, string> = {}) {
  const files: Record<string, string> = {
    'index.html': '<h1>Home</h1>',
    '404.html': '<h1>Page not found</h1>',
    'modules/index.html': '<h1>Modules</h1>',
    'modules/01-a/01-b/index.html': '<h1>Lesson</h1>',
    '_astro/page.abc123.css': 'body{}',
    'favicon.svg': '<svg/>',
    '_headers': '/*\n  X-Frame-Options: DENY',
    '_redirects': '/old /new 301',
    '.well-known/security.txt': 'Contact: x',
    'sitemap-index.xml': '<sitemapindex/>',
    'sitemap-0.xml': '<urlset/>',
    'dev/components/index.html': '<h1>Fixtures</h1>',
    'pagefind/pagefind-entry.json': ENTRY,
    'pagefind/pagefind.js': 'js',
    'pagefind/pagefind-worker.js': 'js',
    'pagefind/pagefind-ui.js': 'js',
    'pagefind/pagefind-ui.css': 'css',
    'pagefind/pagefind-component-ui.js': 'js',
    'pagefind/pagefind-component-ui.css': 'css',
    'pagefind/pagefind-modular-ui.js': 'js',
    'pagefind/pagefind-modular-ui.css': 'css',
    'pagefind/pagefind-highlight.js': 'js',
    'pagefind/wasm.en-gb.pagefind': 'wasm',
    'pagefind/wasm.unknown.pagefind': 'wasm',
    'pagefind/pagefind.en-gb_1.pf_meta': 'meta',
    'pagefind/fragment/en-gb_1.pf_fragment': 'fragment',
    'pagefind/index/en-gb_1.pf_index': 'index',
    'pagefind/filter/en-gb_1.pf_filter': 'filter',
    ...overrides,
  };
  return Object.entries(files).map(([path, content]) => ({ path, bytes: text(content) }));
}

describe('precache addresses', () => {
  it('serves index.html files at their folder and other files at their own path', () => {
    expect(precacheUrl('index.html')).toBe('/');
    expect(precacheUrl('modules/01-a/index.html')).toBe('/modules/01-a/');
    expect(precacheUrl('404.html')).toBe('/404.html');
    expect(precacheUrl('pagefind/pagefind-entry.json')).toBe('/pagefind/pagefind-entry.json');
    expect(precacheUrl('a b/index.html')).toBe('/a%20b/');
  });
});

describe('what the offline copy holds', () => {
  const wasm = pagefindWasmInUse(ENTRY);

  it('keeps the search engine the search page runs and the index', () => {
    for (const path of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/pagefind.en-gb_1.pf_meta', 'pagefind/index/en-gb_1.pf_index', 'pagefind/filter/en-gb_1.pf_filter', 'pagefind/wasm.en-gb.pagefind', 'pagefind/fragment/en-gb_1.pf_fragment']) {
      expect(isPrecached(path, wasm), path).toBe(true);
    }
  });

  it('leaves out the Pagefind files the site never loads (every UI Pagefind ships, and its worker), sitemaps, fixtures, host configuration a host never serves, dotfiles, and the worker and its list', () => {
    for (const path of ['pagefind/pagefind-ui.js', 'pagefind/pagefind-ui.css', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-component-ui.js', 'pagefind/pagefind-component-ui.css', 'pagefind/pagefind-modular-ui.js', 'pagefind/pagefind-modular-ui.css', 'pagefind/pagefind-highlight.js', 'pagefind/wasm.unknown.pagefind', 'sitemap-index.xml', 'sitemap-0.xml', 'dev/components/index.html', 'sw.js', MANIFEST_FILE, '.DS_Store', '_headers', '_redirects', '_routes.json', '.well-known/security.txt']) {
      expect(isPrecached(path, wasm), path).toBe(false);
    }
  });

  it('marks optional what the offline copy can do without, never a page, script, style or search file', () => {
    for (const path of ['favicon.svg', 'icons/icon-192.png', 'manifest.webmanifest', 'handouts/a.pdf']) expect(isOptional(path), path).toBe(true);
    for (const path of ['index.html', '404.html', 'modules/01-a/index.html', '_astro/page.abc.js', '_astro/page.abc.css', 'pagefind/pagefind.js', 'pagefind/fragment/x.pf_fragment']) expect(isOptional(path), path).toBe(false);
    const manifest = createPrecacheManifest(builtSite());
    expect(manifest.filter((e) => e.optional).map((e) => e.url)).toEqual(['/favicon.svg']);
  });

  it('keeps wasm.unknown.pagefind when a language has no wasm of its own', () => {
    expect([...pagefindWasmInUse(JSON.stringify({ languages: { xx: { hash: 'xx_1', wasm: null } } }))]).toEqual(['pagefind/wasm.unknown.pagefind']);
  });
});

describe('the precache manifest', () => {
  it('lists every file the site loads once, in address order, with its size', () => {
    const manifest = createPrecacheManifest(builtSite());
    expect(manifest.map((e) => e.url)).toEqual([
      '/',
      '/404.html',
      '/_astro/page.abc123.css',
      '/favicon.svg',
      '/modules/',
      '/modules/01-a/01-b/',
      '/pagefind/filter/en-gb_1.pf_filter',
      '/pagefind/fragment/en-gb_1.pf_fragment',
      '/pagefind/index/en-gb_1.pf_index',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind.en-gb_1.pf_meta',
      '/pagefind/pagefind.js',
      '/pagefind/wasm.en-gb.pagefind',
    ]);
    expect(manifest.find((e) => e.url === '/')).toEqual({ url: '/', revision: revisionOf(text('<h1>Home</h1>')), size: 13, bytes: 13, core: true });
    expect(manifest.find((e) => e.url === '/favicon.svg')).toEqual({ url: '/favicon.svg', revision: revisionOf(text('<svg/>')), size: 6, bytes: 6, optional: true, core: true });
  });

  it('changes only the revision of a changed file, so an update fetches only that file', () => {
    const before = createPrecacheManifest(builtSite());
    const after = createPrecacheManifest(builtSite({ 'modules/01-a/01-b/index.html': '<h1>Lesson, revised</h1>' }));
    const changed = after.filter((e, i) => e.revision !== before[i]!.revision).map((e) => e.url);
    expect(changed).toEqual(['/modules/01-a/01-b/']);
  });

  it('stops when the search index is missing, and says where the order is set', () => {
    const site = builtSite().filter((f) => f.path !== 'pagefind/pagefind-entry.json');
    expect(() => createPrecacheManifest(site)).toThrow('pagefind/pagefind-entry.json is missing, so offline search would fail. The service worker must be written after the search index: list serviceWorker() after pagefindIndex() in astro.config.mjs.');
  });

  it('stops when the search wasm or the 404 page is missing', () => {
    expect(() => createPrecacheManifest(builtSite().filter((f) => f.path !== 'pagefind/wasm.en-gb.pagefind'))).toThrow('pagefind/wasm.en-gb.pagefind is named by pagefind/pagefind-entry.json but is not in the build.');
    expect(() => createPrecacheManifest(builtSite().filter((f) => f.path !== '404.html'))).toThrow('404.html is missing from the build');
  });
});

describe('the core set, the learner\'s groups and the budget', () => {
  it('puts in the core what makes the site useful offline, and leaves lessons, pathway steps and handouts out', () => {
    for (const path of ['index.html', '404.html', 'offline/index.html', 'search/index.html', 'contacts/index.html', 'glossary/index.html', 'my-learning/index.html', 'worried/index.html', 'worried/england/index.html', 'modules/index.html', 'modules/01-a/index.html', 'pathways/index.html', 'pathways/teacher/index.html', 'pathways/teacher/record/index.html', '_astro/page.abc.js', 'icons/icon-192.png', 'favicon.svg', 'manifest.webmanifest', 'pagefind/pagefind.js', 'pagefind/index/en_1.pf_index', 'pagefind/wasm.en-gb.pagefind']) {
      expect(isCore(path), path).toBe(true);
    }
    for (const path of ['modules/01-a/01-b/index.html', 'modules/01-a/facilitator/index.html', 'pathways/teacher/01-a/01-b/index.html', 'pathways/teacher/step-3/index.html', 'handouts/worried/england/index.html', 'handouts/a.pdf', 'pagefind/fragment/en_1.pf_fragment', 'changes.xml']) {
      expect(isCore(path), path).toBe(false);
    }
  });

  it('reads the pages a search fragment describes, for one page or a group, without anchors', () => {
    const fragment = (data: unknown) => gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(data)}`));
    expect(fragmentPages(fragment({ url: '/glossary/#ceop', content: 'x' }))).toEqual(['/glossary/']);
    expect(fragmentPages(fragment({ a: { url: '/modules/01-a/01-b/' }, b: { url: '/worried/' } }))).toEqual(['/modules/01-a/01-b/', '/worried/']);
    expect(fragmentPages(text('not gzip'))).toEqual([]);
  });

  it('files a fragment with its page: core for a core page, otherwise with the lesson', () => {
    const fragment = (url: string) => new TextDecoder('latin1').decode(gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url })}`)));
    const site = builtSite({ 'pagefind/fragment/en-gb_1.pf_fragment': '', 'pagefind/fragment/en-gb_2.pf_fragment': '' }).map((f) =>
      f.path === 'pagefind/fragment/en-gb_1.pf_fragment' ? { ...f, bytes: Buffer.from(fragment('/modules/01-a/01-b/'), 'latin1') } : f.path === 'pagefind/fragment/en-gb_2.pf_fragment' ? { ...f, bytes: Buffer.from(fragment('/glossary/#x'), 'latin1') } : f,
    );
    const manifest = createPrecacheManifest(site);
    expect(manifest.find((e) => e.url.endsWith('en-gb_1.pf_fragment'))).toMatchObject({ pages: ['/modules/01-a/01-b/'] });
    expect(manifest.find((e) => e.url.endsWith('en-gb_1.pf_fragment'))?.core).toBeUndefined();
    expect(manifest.find((e) => e.url.endsWith('en-gb_2.pf_fragment'))).toMatchObject({ pages: ['/glossary/'], core: true });
  });

  it('counts a file as a host sends it: gzipped text, already-compressed files as they are', () => {
    const prose = text('the same sentence again. '.repeat(200));
    expect(transferSize(prose)).toBe(gzipSync(prose, { level: 6 }).byteLength);
    expect(transferSize(prose)).toBeLessThan(prose.byteLength / 10);
    const packed = gzipSync(prose);
    expect(transferSize(packed)).toBe(packed.byteLength);
  });

  it('stores a pathway with its lessons at /modules/, and sizes each group with the core', () => {
    expect(pathwayLessons(['/pathways/t/', '/pathways/t/01-a/01-b/', '/pathways/t/step-2/', '/modules/01-a/01-b/', '/pathways/t/record/'])).toEqual({ '/pathways/t/': ['/modules/01-a/01-b/'] });
    const site = builtSite({ 'pathways/t/index.html': 'p', 'pathways/t/01-a/01-b/index.html': '<h1>Lesson in pathway</h1>', 'modules/02-c/01-d/index.html': '<h1>Another lesson, longer</h1>' });
    const list = precacheList(createPrecacheManifest(site));
    const sizes = offlineSizes(list);
    const bytesOf = (url: string) => list.files.find((e) => e.url === url)!.bytes;
    expect(sizes.core).toBe(list.files.filter((e) => e.core).reduce((t, e) => t + e.bytes, 0));
    const pathway = sizes.groups.find((g) => g.group === '/pathways/t/')!;
    expect(pathway.bytes).toBe(sizes.core + bytesOf('/pathways/t/01-a/01-b/') + bytesOf('/modules/01-a/01-b/'));
    expect(sizes.groups.find((g) => g.group === '/modules/02-c/')!.bytes).toBe(sizes.core + bytesOf('/modules/02-c/01-d/'));
    expect(sizes.whole).toBe(list.files.reduce((t, e) => t + e.bytes, 0));
    expect(list.wholeSiteAutomatic).toBe(true);
    expect(sizes.automatic).toBe(sizes.whole);
  });

  it('stores the whole site automatically only while it fits the budget', () => {
    // Random bytes do not compress, so each lesson costs its full size: 30 lessons of a twentieth of the budget.
    const lessons = Array.from({ length: 30 }, (_, i) => ({ path: `modules/0${i % 3}-m/${String(i).padStart(2, '0')}-l/index.html`, bytes: new Uint8Array(randomBytes(AUTO_BUDGET / 20)) }));
    const list = precacheList(createPrecacheManifest([...builtSite(), ...lessons]));
    expect(list.wholeSiteAutomatic).toBe(false);
    const sizes = offlineSizes(list);
    expect(sizes.automatic).toBe(sizes.largest.bytes);
    expect(sizes.automatic).toBeLessThan(sizes.whole);
  });

  it('stores the search word index first only while the first visit stays within the index budget', () => {
    // One module of incompressible lessons, sized so that the module and core fit INDEX_BUDGET only without a large index.
    const lessons = Array.from({ length: 8 }, (_, i) => ({ path: `modules/01-m/0${i}-l/index.html`, bytes: new Uint8Array(randomBytes(INDEX_BUDGET / 10)) }));
    const index = (bytes: number) => ['pagefind/index/en-gb_1.pf_index', 'pagefind/index/en-gb_2.pf_index'].map((path) => ({ path, bytes: new Uint8Array(randomBytes(bytes / 2)) }));
    const coreIndex = (site: { path: string, bytes: Uint8Array }[]) => precacheList(createPrecacheManifest(site)).files.filter((e) => isWordIndex(e.url)).map((e) => e.core === true);
    const without = (path: string) => builtSite().filter((f) => f.path !== path);
    const small = [...without('pagefind/index/en-gb_1.pf_index'), ...lessons, ...index(INDEX_BUDGET / 20)];
    expect(coreIndex(small)).toEqual([true, true]);
    expect(precacheList(createPrecacheManifest(small)).indexOnRequest).toBeUndefined();
    const large = [...without('pagefind/index/en-gb_1.pf_index'), ...lessons, ...index(INDEX_BUDGET / 2)];
    const list = precacheList(createPrecacheManifest(large));
    expect(list.indexOnRequest).toBe(true);
    expect(coreIndex(large)).toEqual([false, false]);
    // The engine and its list of chunks stay in the core, so search online starts from the store.
    expect(list.files.filter((e) => /pagefind\.js$|pf_meta$|pagefind-entry/.test(e.url)).every((e) => e.core)).toBe(true);
    expect(offlineSizes(list).automatic).toBeLessThanOrEqual(INDEX_BUDGET);
    expect(JSON.parse(renderManifest(createPrecacheManifest(large))).indexOnRequest).toBe(true);
  });
});

describe('the service worker source', () => {
  const worker = 'self.addEventListener("fetch", () => {});';

  const source = (site = builtSite()) => renderServiceWorker(renderManifest(createPrecacheManifest(site)), worker);

  it('is the same for the same files, and different when one file changes', () => {
    const a = source();
    expect(source()).toBe(a);
    expect(source(builtSite({ 'favicon.svg': '<svg></svg>' }))).not.toBe(a);
    expect(a.endsWith(worker)).toBe(true);
  });

  it('names the file list and its revision instead of holding the list', () => {
    const list = renderManifest(createPrecacheManifest(builtSite()));
    expect(source()).toContain(`const PRECACHE_LIST = {"url":"/${MANIFEST_FILE}","revision":"${revisionOf(text(list))}"};`);
    expect(source()).not.toContain('/modules/01-a/01-b/');
    expect(JSON.parse(list).files[0]).toEqual({ url: '/', revision: revisionOf(text('<h1>Home</h1>')), bytes: 13, core: true });
  });
});

describe('writeServiceWorker', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes sw.js into any built folder and reports what it stores', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sg-sw-'));
    for (const { path, bytes } of builtSite()) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), bytes);
    }
    const result = await writeServiceWorker(dir);
    expect(result.files).toBe(13);
    expect(result.bytes).toBe(createPrecacheManifest(builtSite()).reduce((sum, e) => sum + e.size, 0));
    const source = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(() => new Script(source)).not.toThrow();
    expect(source).toContain("self.addEventListener('fetch'");
    expect(result.workerBytes).toBe(Buffer.byteLength(source));
    const list = readFileSync(join(dir, MANIFEST_FILE), 'utf8');
    expect(JSON.parse(list).files).toHaveLength(13);
    expect(result.wholeSiteAutomatic).toBe(true);
    expect(source).toContain(revisionOf(text(list)));
    // Written again on the same folder (as the offline tests do), the list does not list itself.
    await writeServiceWorker(dir);
    expect(readFileSync(join(dir, MANIFEST_FILE), 'utf8')).toBe(list);
  });

  it('fails with the folder and the fix when there is no build', async () => {
    dir = join(tmpdir(), 'sg-sw-no-such-folder');
    await expect(writeServiceWorker(dir)).rejects.toThrow(`Cannot read the built site in ${dir}`);
  });
});

describe('formatBytes', () => {
  it('gives a rounded size and the exact count', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(2_716_947)).toBe('2.7 MB (2,716,947 bytes)');
    expect(formatBytes(48_200)).toBe('48.2 kB (48,200 bytes)');
  });
});

describe('the service worker integration', () => {
  const setup = (command: 'dev' | 'build') => {
    const injected: { pattern: string; entrypoint: string | URL }[] = [];
    const hook = serviceWorker().hooks['astro:config:setup'] as unknown as (options: { command: string; injectRoute: (route: { pattern: string; entrypoint: string | URL }) => void }) => void;
    hook({ command, injectRoute: (route) => injected.push(route) });
    return injected;
  };

  it('serves a worker that removes any offline copy under astro dev, and nothing extra in a build', () => {
    const [route, ...rest] = setup('dev');
    expect(rest).toEqual([]);
    expect(route!.pattern).toBe('/sw.js');
    expect(readFileSync(route!.entrypoint, 'utf8')).toContain('export const GET');
    expect(setup('build')).toEqual([]);
  });

  it('the removing worker deletes the stored copy and unregisters itself', async () => {
    const response = await devServiceWorker({} as never);
    expect(response.headers.get('Content-Type')).toBe('text/javascript');
    const source = await response.text();
    expect(() => new Script(source)).not.toThrow();
    expect(source).toContain('caches.delete(name)');
    expect(source).toContain('self.registration.unregister()');
  });
});
