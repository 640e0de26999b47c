// @ts-check
/** The words of content/safety-rules.yaml that the content lint checks lessons against. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const SAFETY_RULES_FILE = 'content/safety-rules.yaml';

/**
 * Each rule's id with its situation and restated phrases. A project without the file has no
 * shared rules to check; a file that is not a list of rules is an error naming the file.
 * @param {string} root the project folder
 * @returns {import('../../src/content-engine/rules.mjs').SafetyRuleWords[]}
 */
export function readSafetyRules(root) {
  const path = join(root, SAFETY_RULES_FILE);
  if (!existsSync(path)) return [];
  const items = parse(readFileSync(path, 'utf8')) ?? [];
  if (!Array.isArray(items)) throw new Error(`${SAFETY_RULES_FILE}: expected a YAML list of rules, each starting with "- id: ...".`);
  const strings = (/** @type {unknown} */ value) => (Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []);
  return items.map((item) => ({ id: String(item?.id ?? ''), situation: strings(item?.situation), restated: strings(item?.restated) }));
}
