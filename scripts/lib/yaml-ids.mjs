// @ts-check
/** The `id`s of a YAML list file such as content/references.yaml. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * @param {string} path
 * @returns {string[]}
 */
export function parseYamlIds(path) {
  const items = parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(items)) throw new Error(`${path}: expected a YAML list of items with ids.`);
  return items.map((item) => String(item?.id ?? '')).filter(Boolean);
}
