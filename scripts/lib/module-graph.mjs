// @ts-check
/**
 * What a built page's module scripts import, and whether the browser can fetch all of it in one
 * round trip: every module a page's scripts import (directly or through another module) must be
 * one of the page's own <script type="module"> entries or named by a <link rel="modulepreload">;
 * anything else is found only once the importing script has arrived, a second round trip.
 * Dynamic import() is not counted: it loads on purpose, later, on the pages that need it.
 */

/**
 * The value of `name` in one tag's attributes, or undefined.
 * @param {string} tag
 * @param {string} name
 */
const attribute = (tag, name) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);

/**
 * The module scripts and modulepreloads of a page, as absolute paths ("/_astro/page.abc.js").
 * @param {string} html
 * @param {string} pagePath the page's address, such as "/modules/01-a/02-b/"
 * @returns {{ entries: string[], preloaded: string[] }}
 */
export function pageModules(html, pagePath) {
  const resolve = (/** @type {string} */ src) => new URL(src, `http://x${pagePath}`).pathname;
  const entries = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]).filter((tag) => attribute(tag, 'type') === 'module' && attribute(tag, 'src')).map((tag) => resolve(/** @type {string} */ (attribute(tag, 'src'))));
  const preloaded = [...html.matchAll(/<link\b[^>]*>/gi)].map((m) => m[0]).filter((tag) => attribute(tag, 'rel')?.toLowerCase() === 'modulepreload' && attribute(tag, 'href')).map((tag) => resolve(/** @type {string} */ (attribute(tag, 'href'))));
  return { entries, preloaded };
}

/**
 * The static imports of a module (import "./a.js", import { x } from "./a.js", export … from),
 * resolved against the module's own path. Written for bundler output, where every import
 * specifier is a quoted relative or absolute path.
 * @param {string} source
 * @param {string} modulePath such as "/_astro/page.abc.js"
 * @returns {string[]}
 */
export function staticImports(source, modulePath) {
  const specifiers = [...source.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{][^'"]*?\sfrom\s*|[\w$*{][^'"]*?from)?\s*(["'])([^"']+)\1/g)].map((m) => /** @type {string} */ (m[2]));
  return [...new Set(specifiers.map((s) => new URL(s, `http://x${modulePath}`).pathname))];
}

/**
 * The modules a page imports statically that are neither its entries nor preloaded: each one
 * costs a round trip after the script that imports it. Empty when the page loads in one.
 * @param {string} html
 * @param {string} pagePath
 * @param {(path: string) => string} read the source of a module by its path
 * @returns {{ module: string, importedBy: string }[]}
 */
export function lateModules(html, pagePath, read) {
  const { entries, preloaded } = pageModules(html, pagePath);
  const early = new Set([...entries, ...preloaded]);
  /** @type {{ module: string, importedBy: string }[]} */
  const late = [];
  const seen = new Set(entries);
  const queue = [...entries];
  for (let next = queue.shift(); next; next = queue.shift()) {
    for (const imported of staticImports(read(next), next)) {
      if (seen.has(imported)) continue;
      seen.add(imported);
      queue.push(imported);
      if (!early.has(imported)) late.push({ module: imported, importedBy: next });
    }
  }
  return late;
}
