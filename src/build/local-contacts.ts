/**
 * An organisation's own contacts, added by the training lead who deploys the site, in one
 * optional file: content/local-contacts.yaml (or the file named by SG_LOCAL_CONTACTS). Parsed and
 * checked here, as a pure module, so every error message is pinned by a unit test.
 */
import { LineCounter, parseDocument } from 'yaml';
import { localContactsSchema } from '../content-engine/schemas.mjs';
import { checkAgainst, formatProblem } from '../content-engine/errors.mjs';
import { yamlLine } from '../content-engine/mdx.mjs';
import type { z } from 'astro/zod';

export { localContactsSchema };

export const LOCAL_CONTACTS_FILE = 'content/local-contacts.yaml';

/** The file this build reads: SG_LOCAL_CONTACTS if set (relative to the project), else the default. */
export const localContactsFile = (env: Record<string, string | undefined> = process.env) => env['SG_LOCAL_CONTACTS'] ?? LOCAL_CONTACTS_FILE;

export type LocalContacts = z.infer<typeof localContactsSchema>;

/**
 * Parses the file's text. Throws one Error listing every problem as
 * `file:line: field "value" problem; fix.`; returns the checked data otherwise.
 */
export function parseLocalContacts(text: string, file = LOCAL_CONTACTS_FILE): LocalContacts {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const error = doc.errors[0];
  if (error) {
    const { line } = lineCounter.linePos(error.pos[0]);
    throw new Error(`${file}:${line}: this is not valid YAML (${error.message.split('\n')[0]}). Check the indentation and quotes on that line, against the example in README.md.`);
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined || (typeof data === 'string' && data.trim() === '')) {
    throw new Error(`${file}:1: the file is empty. Copy the example from README.md ("Your organisation's contacts") and put in your organisation's details, or delete the file to show where to find local numbers instead.`);
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${file}:1: the file must be a set of fields (organisation:, defaultNation:, safeguardingLeads: ...), not ${Array.isArray(data) ? 'a list' : 'a single value'}. Copy the example from README.md ("Your organisation's contacts").`);
  }
  const problems = checkAgainst(localContactsSchema, data, { file, lineOf: (path) => yamlLine(text, path) });
  if (problems.length === 0) return localContactsSchema.parse(data);
  throw new Error(`The local contacts file has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n  ${problems.map(formatProblem).join('\n  ')}`);
}
