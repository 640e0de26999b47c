// @ts-check
/**
 * Checks that every internal link, image, script, stylesheet and #anchor in a built site
 * resolves to a file (and an element with that id) in the same build. Links to other sites are
 * not fetched: the checks run without a network, and the privacy test keeps pages from loading
 * anything from elsewhere.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readTags } from './html-attributes.mjs';

/** The attributes that point at another resource, by tag. */
const LINK_ATTRIBUTES = /** @type {Record<string, string[]>} */ ({
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  form: ['action'],
});

/** Schemes that leave the site or never load anything; `//host` is another site too. */
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
/** The fragment that always scrolls to the top of a page, with or without an element. */
const TOP = 'top';
const BASE = 'http://site.invalid';

/**
 * @typedef {object} LinkProblem
 * @property {string} page    the page's address, e.g. "/modules/"
 * @property {string} file    the built file, e.g. "dist/modules/index.html"
 * @property {string} target  the link as written
 * @property {string} message what is wrong
 */

/**
 * Every .html file under a folder, as paths relative to it with forward slashes.
 * @param {string} dist
 */
export function htmlFiles(dist) {
  /** @type {string[]} */
  const files = [];
  const walk = (/** @type {string} */ dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) files.push(relative(dist, path).split(sep).join('/'));
    }
  };
  walk(dist);
  return files.sort();
}

/**
 * The address a built file is served at: "modules/index.html" → "/modules/".
 * @param {string} file
 */
export function pageAddress(file) {
  return file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/**
 * The built file a path is served from, as a static host would find it, or undefined.
 * @param {string} dist
 * @param {string} pathname
 * @returns {string | undefined}
 */
export function fileForPath(dist, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const candidates = decoded.endsWith('/') ? [`${decoded}index.html`] : [decoded, `${decoded}/index.html`, `${decoded}.html`];
  for (const candidate of candidates) {
    const path = join(dist, candidate);
    if (!path.startsWith(join(dist, sep)) && path !== join(dist)) continue;
    if (existsSync(path) && statSync(path).isFile()) return path;
  }
  return undefined;
}

/**
 * The URLs a tag points at (srcset holds several).
 * @param {import('./html-attributes.mjs').HtmlTag} tag
 */
function targetsOf(tag) {
  const names = LINK_ATTRIBUTES[tag.name] ?? [];
  /** @type {string[]} */
  const targets = [];
  for (const name of names) {
    const value = tag.attributes[name];
    if (value === undefined) continue;
    if (name === 'srcset') targets.push(...value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '').filter(Boolean));
    else targets.push(value.trim());
  }
  return targets;
}

/**
 * Checks every page in a built site.
 * @param {string} dist the build folder
 * @param {string} [label] how to name the folder in messages (default "dist")
 * @returns {{ pages: number, links: number, problems: LinkProblem[] }}
 */
export function checkLinks(dist, label = 'dist') {
  /** @type {Map<string, Set<string>>} */
  const idsByFile = new Map();
  const idsOf = (/** @type {string} */ path) => {
    let ids = idsByFile.get(path);
    if (!ids) {
      ids = new Set();
      for (const tag of readTags(readFileSync(path, 'utf8'))) {
        if (tag.attributes['id'] !== undefined) ids.add(tag.attributes['id']);
        if (tag.name === 'a' && tag.attributes['name'] !== undefined) ids.add(tag.attributes['name']);
      }
      idsByFile.set(path, ids);
    }
    return ids;
  };

  /** @type {LinkProblem[]} */
  const problems = [];
  const files = htmlFiles(dist);
  let links = 0;
  for (const file of files) {
    const page = pageAddress(file);
    const problem = (/** @type {string} */ target, /** @type {string} */ message) => problems.push({ page, file: `${label}/${file}`, target, message });
    for (const tag of readTags(readFileSync(join(dist, file), 'utf8'))) {
      for (const target of targetsOf(tag)) {
        if (target === '' && tag.name === 'form') continue; // an empty action submits to the page itself
        if (EXTERNAL.test(target)) continue;
        links++;
        const url = new URL(target, BASE + page);
        const path = url.pathname === page ? join(dist, file) : fileForPath(dist, url.pathname);
        if (!path) {
          problem(target, `<${tag.name}> points at "${target}", but ${label} has no file for ${url.pathname}.`);
          continue;
        }
        const fragment = url.hash.slice(1);
        if (!fragment || (fragment === TOP && tag.name === 'a')) continue;
        let id;
        try {
          id = decodeURIComponent(fragment);
        } catch {
          id = fragment;
        }
        if (!path.endsWith('.html')) continue;
        if (!idsOf(path).has(id)) {
          const where = url.pathname === page ? 'this page' : url.pathname;
          problem(target, `<${tag.name}> points at "${target}", but ${where} has no element with id "${id}".`);
        }
      }
    }
  }
  return { pages: files.length, links, problems };
}

/**
 * One line per problem: "/modules/ (dist/modules/index.html): <a> points at ...".
 * @param {LinkProblem} p
 */
export function formatLinkProblem(p) {
  return `${p.page} (${p.file}): ${p.message}`;
}
