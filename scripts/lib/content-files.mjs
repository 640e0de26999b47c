// @ts-check
/** Finds the MDX files authors write, by the layout content/AUTHORING.md describes. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {object} ContentFile
 * @property {'lesson' | 'module' | 'page'} kind
 * @property {string} file  the path from the project root, with forward slashes
 */

/**
 * Every lesson, module overview and stand-alone page under `root`, in curriculum order.
 * @param {string} root the project root
 * @returns {ContentFile[]}
 */
export function findContentFiles(root) {
  /** @type {ContentFile[]} */
  const files = [];
  const list = (/** @type {string} */ dir) => (existsSync(join(root, dir)) ? readdirSync(join(root, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)) : []);
  for (const moduleDir of list('content/modules').filter((d) => d.isDirectory())) {
    const dir = `content/modules/${moduleDir.name}`;
    for (const entry of list(dir).filter((e) => e.isFile())) {
      if (entry.name === 'index.mdx') files.push({ kind: 'module', file: `${dir}/index.mdx` });
      else if (/^\d\d-.*\.mdx$/.test(entry.name)) files.push({ kind: 'lesson', file: `${dir}/${entry.name}` });
    }
  }
  for (const entry of list('content/pages').filter((e) => e.isFile() && e.name.endsWith('.mdx'))) {
    files.push({ kind: 'page', file: `content/pages/${entry.name}` });
  }
  return files;
}

/**
 * Today in UTC as "YYYY-MM-DD", or the value of `--today YYYY-MM-DD` on the command line.
 * @param {string[]} argv
 */
export function todayFrom(argv) {
  const index = argv.indexOf('--today');
  const given = index === -1 ? undefined : argv[index + 1];
  if (given !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(given) || Number.isNaN(Date.parse(given))) {
      throw new Error(`--today "${given}" is not a date. Write it as YYYY-MM-DD, for example --today 2027-01-31.`);
    }
    return given;
  }
  return new Date().toISOString().slice(0, 10);
}
