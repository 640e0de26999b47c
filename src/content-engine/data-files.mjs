// @ts-check
/**
 * The YAML data files (contacts, safety rules, glossary, references, the record of concern form,
 * pathways and guides) checked against the same schemas, with the same messages, as the build
 * (src/content.config.ts wraps each loader in src/build/checked-loader.ts). The content lint runs
 * this, so an author learns of a broken field in a second, with its file and line, rather than at
 * the end of a build. Cross-references between files (a pathway's lessons, a rule's contacts) are
 * checked by the build (src/build/validate.ts).
 */
import { LineCounter, isSeq, parseDocument } from 'yaml';
import { checkAgainst } from './errors.mjs';
import { yamlLine } from './mdx.mjs';
import { contactSchema, glossarySchema, guideSchema, pathwaySchema, recordFieldSchema, referenceSchema, safetyRuleSchema } from './schemas.mjs';

/**
 * @typedef {{ file: string, line: number, level: 'error', message: string }} DataProblem
 */

/** The list files, each a YAML list of items with unique ids, by path. */
export const DATA_LISTS = /** @type {const} */ ({
  'content/references.yaml': referenceSchema,
  'content/contacts.yaml': contactSchema,
  'content/safety-rules.yaml': safetyRuleSchema,
  'content/glossary.yaml': glossarySchema,
  'content/record-of-concern.yaml': recordFieldSchema,
});

/** The folders of one-document files: every .yaml file in each is one entry. */
export const DATA_FOLDERS = /** @type {const} */ ({
  'content/pathways': pathwaySchema,
  'content/guides': guideSchema,
});

/**
 * Reads one data file and finds every problem with it: YAML that cannot be read, a list file that
 * is not a list or repeats an id, and each field that does not match its schema. `data` is what
 * the YAML holds (undefined when it cannot be read), so a caller need not parse it again.
 * @param {{ file: string, source: string, schema: import('astro/zod').ZodTypeAny, list: boolean }} input
 * @returns {{ data: unknown, problems: DataProblem[] }}
 */
export function checkDataFile({ file, source, schema, list }) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    return { data: undefined, problems: [{ file, line: e?.linePos?.[0]?.line ?? 1, level: 'error', message: `the YAML cannot be read: ${e?.message.split('\n')[0]}. Check the indentation, and put text that holds a colon and a space (": ") in quotes.` }] };
  }
  /** @type {unknown} */
  const data = doc.toJS();
  const error = (/** @type {number} */ line, /** @type {string} */ message) => ({ file, line, level: /** @type {const} */ ('error'), message });
  if (!list) return { data, problems: checkAgainst(schema, data, { file, lineOf: (path) => yamlLine(source, path) }).map((p) => error(p.line ?? 1, p.message)) };
  if (data === null || data === undefined) return { data: [], problems: [] };
  if (!Array.isArray(data)) return { data, problems: [error(1, 'the file must be a YAML list, each item starting with "- id: ...", not a single mapping.')] };
  /** @type {DataProblem[]} */
  const problems = [];
  /** @type {Map<string, number>} */
  const seen = new Map();
  const nodes = isSeq(doc.contents) ? doc.contents.items : [];
  data.forEach((item, index) => {
    const lineOf = (/** @type {(string | number)[]} */ path) => yamlLine(source, [index, ...path]);
    problems.push(...checkAgainst(schema, item, { file, lineOf }).map((p) => error(p.line ?? 1, p.message)));
    const id = item && typeof item === 'object' ? /** @type {{ id?: unknown }} */ (item).id : undefined;
    if (typeof id !== 'string') return;
    const range = /** @type {{ range?: [number, number, number] } | undefined} */ (nodes[index])?.range;
    const line = range ? lineCounter.linePos(range[0]).line : 1;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, line);
    else problems.push(error(line, `id "${id}" is used twice (first on line ${first}); give this item an id of its own.`));
  });
  return { data, problems };
}
