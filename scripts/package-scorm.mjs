#!/usr/bin/env node
// @ts-check
/**
 * `npm run package:scorm`: one SCORM 1.2 package per pathway (content/pathways/*.yaml), from the
 * built site in dist/, into dist-scorm/<pathway-id>.zip. Each package is one SCO: a launch page that
 * talks to the learning system (src/browser/scorm-launch.ts) around the pathway's own built pages,
 * rewritten to work from inside the package with no request outside it. The README explains how
 * to import one.
 *
 *   node scripts/package-scorm.mjs [PATHWAY-ID ...]
 *
 * SG_DIST is the built site (default dist), SG_SCORM_OUT the folder to write (default dist-scorm).
 * SITE_URL, if set, is the public site: links to pages that are not in a package open there in a
 * new tab; without it they become plain text.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { parse } from 'yaml';
import { inScope, launchHtml, manifestXml, packageScope, pageFile, pageLinks, rewriteCss, rewriteHtml } from './lib/scorm-package.mjs';

const root = resolve('.');
const dist = resolve(process.env['SG_DIST'] || 'dist');
const out = resolve(process.env['SG_SCORM_OUT'] || 'dist-scorm');
const site = process.env['SITE_URL'] || '';
const PAGE_SCRIPT = 'scorm/page.js';
const LAUNCH_SCRIPT = 'scorm/launch.js';

const fail = (/** @type {string} */ message) => {
  console.error(`package:scorm: ${message}`);
  process.exit(1);
};

if (!existsSync(join(dist, 'index.html'))) fail(`${relative(root, dist) || dist}/ holds no built site. Run "npm run build" first, then "npm run package:scorm" again.`);

const pathwayDir = join(root, 'content/pathways');
const wanted = process.argv.slice(2);
const ids = readdirSync(pathwayDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .filter((id) => !wanted.length || wanted.includes(id))
  .sort();
for (const id of wanted) if (!ids.includes(id)) fail(`there is no pathway "${id}" (content/pathways/${id}.yaml). Pathways: ${readdirSync(pathwayDir).map((f) => f.replace(/\.yaml$/, '')).join(', ')}.`);

/** A lesson's title from its MDX frontmatter. */
function lessonTitle(/** @type {string} */ id) {
  const file = join(root, 'content/modules', `${id}.mdx`);
  if (!existsSync(file)) fail(`a pathway step names lesson "${id}", but content/modules/${id}.mdx does not exist. Fix the step in content/pathways/.`);
  const front = readFileSync(file, 'utf8').split(/^---\s*$/m)[1] ?? '';
  return String(/** @type {{ title?: string }} */ (parse(front)).title ?? id);
}

/**
 * The pathway's steps as src/shared/pathway.ts summarises them (minutes are not needed here).
 * @param {string} pathway
 * @param {Record<string, unknown>[]} steps
 */
function summarise(pathway, steps) {
  const lesson = (/** @type {string} */ id) => ({ id, title: lessonTitle(id), minutes: 0, url: `/pathways/${pathway}/${id}/` });
  return steps.map((step, i) => {
    const required = step['required'] !== false;
    if (typeof step['lesson'] === 'string') {
      const l = lesson(step['lesson']);
      return { kind: 'lesson', required, title: l.title, minutes: 0, url: l.url, lesson: l };
    }
    if (step['byNation']) {
      const nations = Object.fromEntries(Object.entries(/** @type {Record<string, string>} */ (step['byNation'])).map(([n, id]) => [n, lesson(id)]));
      return { kind: 'byNation', required, title: String(step['title']), minutes: 0, url: `/pathways/${pathway}/step-${i + 1}/`, nations };
    }
    return { kind: 'guide', required, title: String(step['title']), minutes: 0, url: `/pathways/${pathway}/step-${i + 1}/` };
  });
}

/** Bundles a browser entry into one classic script. */
async function bundle(/** @type {string} */ entry, /** @type {Record<string, string>} */ define = {}) {
  const result = await build({ entryPoints: [join(root, entry)], bundle: true, format: 'iife', target: 'es2020', minify: true, write: false, define, logLevel: 'silent' });
  return result.outputFiles[0]?.contents ?? fail(`esbuild produced nothing for ${entry}`);
}

/** Every file under a folder of dist/, as site paths ("/_astro/x.js"). */
function filesUnder(/** @type {string} */ folder) {
  const dir = join(dist, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => `/${folder}/${f.split('\\').join('/')}`);
}

const launchScript = await bundle('src/browser/scorm-launch.ts');
const version = String(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
// Fixed times keep a package's bytes the same for the same content.
const mtime = new Date('2026-01-01T00:00:00Z');
mkdirSync(out, { recursive: true });

for (const id of ids) {
  const data = /** @type {{ title: string, steps: Record<string, unknown>[] }} */ (parse(readFileSync(join(pathwayDir, `${id}.yaml`), 'utf8')));
  const steps = summarise(id, data.steps ?? []);
  const start = `/pathways/${id}/`;
  if (!existsSync(join(dist, pageFile(start)))) fail(`${relative(root, dist)}/${pageFile(start)} is missing: the built site has no page for pathway "${id}". Run "npm run build" again.`);

  // The pages the pathway reaches, within the package's scope.
  const scope = packageScope(id);
  const pages = new Set([start]);
  const queue = [start];
  /** @type {Map<string, string>} */
  const html = new Map();
  while (queue.length) {
    const path = queue.shift() ?? '';
    const text = readFileSync(join(dist, pageFile(path)), 'utf8');
    html.set(path, text);
    for (const link of pageLinks(text)) {
      if (!pages.has(link) && inScope(link, scope) && existsSync(join(dist, pageFile(link)))) {
        pages.add(link);
        queue.push(link);
      }
    }
  }

  /** @type {Record<string, string[]>} */
  const checks = {};
  for (const step of steps) {
    for (const lesson of [step.lesson, ...Object.values(step.nations ?? {})]) {
      if (!lesson) continue;
      const page = html.get(lesson.url);
      if (!page) fail(`pathway "${id}": the built site has no page ${lesson.url} for lesson ${lesson.id}. Run "npm run build" again.`);
      checks[lesson.id] = [...(page ?? '').matchAll(/data-check-id="([^"]+)"/g)].map((m) => m[1] ?? '');
    }
  }

  /** @type {Record<string, Uint8Array>} */
  const files = {};
  const enc = new TextEncoder();
  const assets = new Set(filesUnder('_astro'));
  for (const [path, text] of html) {
    const file = pageFile(path);
    const rewritten = rewriteHtml(text, { file, pages, site, script: PAGE_SCRIPT });
    files[file] = enc.encode(rewritten.html);
    for (const a of rewritten.assets) assets.add(a);
  }
  for (const asset of assets) {
    const source = join(dist, asset.slice(1));
    if (!existsSync(source)) fail(`a packaged page of "${id}" needs ${asset}, which is not in ${relative(root, dist)}/. Run "npm run build" again.`);
    const file = asset.slice(1);
    if (file.endsWith('.css')) {
      const css = rewriteCss(readFileSync(source, 'utf8'), file);
      files[file] = enc.encode(css.css);
      for (const a of css.assets) if (!assets.has(a) && existsSync(join(dist, a.slice(1)))) files[a.slice(1)] = readFileSync(join(dist, a.slice(1)));
    } else files[file] = readFileSync(source);
  }

  files[PAGE_SCRIPT] = await bundle('src/browser/scorm-page.ts', { __SG_SCORM_PAGES__: JSON.stringify([...pages].sort()), __SG_SCORM_SITE__: JSON.stringify(site) });
  files[LAUNCH_SCRIPT] = launchScript;
  const config = JSON.stringify({ pathway: id, title: data.title, start: pageFile(start), steps, checks });
  files['index.html'] = enc.encode(launchHtml({ title: data.title, config, script: LAUNCH_SCRIPT, start: pageFile(start) }));
  files['imsmanifest.xml'] = enc.encode(manifestXml({ id, title: data.title, version, launch: 'index.html', files: Object.keys(files) }));

  const zip = zipSync(Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)).map(([name, bytes]) => [name, [bytes, { mtime }]])), { level: 9 });
  writeFileSync(join(out, `${id}.zip`), zip);
  console.log(`package:scorm: ${relative(root, join(out, `${id}.zip`))}: ${pages.size} pages, ${Object.keys(files).length} files, ${Math.round(zip.length / 1024)} KB`);
}
