// @ts-check
/**
 * Friendly messages for schema problems, in the style of Starlight's error map
 * (packages/starlight/utils/error-map.ts): each message names the field, the value given and
 * the fix, for example `duration: "ten" is not a number of minutes; write a whole number such as 25`.
 * The caller adds the file and the line.
 */

/**
 * What a field holds and how to write it, by field name. A field not listed here gets a
 * message built from its type.
 * @type {Record<string, { what: string, fix: string }>}
 */
export const FIELD_HELP = {
  organisation: { what: "the organisation's name", fix: "give the organisation's name as learners know it" },
  name: { what: 'a name', fix: 'give the name' },
  role: { what: 'a role', fix: 'say "Designated safeguarding lead" or "Deputy", for example' },
  safeguardingLeads: { what: 'a list of people', fix: 'list at least your safeguarding lead, each starting "  - name: "' },
  title: { what: 'a title', fix: 'write the title in words, for example "title: How live-streaming works"' },
  description: { what: 'a description', fix: 'write one sentence for lists and search results' },
  summary: { what: 'a summary', fix: 'write one or two sentences' },
  duration: { what: 'a number of minutes', fix: 'write a whole number such as 25' },
  audiences: { what: 'a list of audiences', fix: 'write a list of teacher, social-worker or volunteer, for example "audiences: [teacher, volunteer]"' },
  audience: { what: 'an audience', fix: 'write one of teacher, social-worker or volunteer' },
  nations: { what: 'a list of nations', fix: 'write a list of england, wales, scotland or northern-ireland, for example "nations: [england, wales]"' },
  nation: { what: 'a nation', fix: 'write one of england, wales, scotland or northern-ireland' },
  defaultNation: { what: 'a nation', fix: 'write one of england, wales, scotland or northern-ireland' },
  outcomes: { what: 'a list of learning outcomes', fix: 'give 2 to 4 outcomes, one per line starting "  - ", each beginning with a verb a trainer can assess' },
  'outcomes[]': { what: 'a learning outcome', fix: 'write the outcome in full, starting with a verb a trainer can assess, for example "Explain why a child may not tell anyone."' },
  sources: { what: 'a list of reference ids', fix: 'list at least 2 ids from content/references.yaml, for example "sources: [kcsie-2025, working-together-2023]"' },
  lastReviewed: { what: 'a date', fix: 'write the date as YYYY-MM-DD, for example 2026-11-29' },
  reviewDue: { what: 'a date', fix: 'write the date as YYYY-MM-DD, for example 2027-11-29' },
  changes: { what: 'a list of changes', fix: 'list each change on its own line, for example "changes: [{ date: 2026-12-01, summary: First published }]"' },
  'changes.date': { what: 'a date', fix: 'write the date of the change as YYYY-MM-DD, for example 2026-12-01' },
  'changes.summary': { what: 'a one-line summary', fix: 'write one line (10 to 200 characters) on what changed, for example "The scenario now calls the police straight away."' },
  'changes.significant': { what: 'true or false', fix: 'write significant: true (without quotes) when practice changed, or leave it out' },
  checked: { what: 'a date', fix: 'write the date as YYYY-MM-DD, for example 2026-11-29' },
  draft: { what: 'true or false', fix: 'write draft: true (without quotes) while the lesson is unfinished, or remove the line' },
  contentNote: { what: 'a content note', fix: 'write one sentence warning readers what the lesson mentions' },
  year: { what: 'a year', fix: 'write the year as four digits, for example 2025' },
  url: { what: 'a web address', fix: 'write the full address starting with https://' },
  web: { what: 'a web address', fix: 'write the full address starting with https://' },
  source: { what: 'a web address', fix: 'write the full address of the page you checked, starting with https://' },
  phone: { what: 'a phone number', fix: 'write digits and single spaces only, in quotes, for example "0808 800 5000"' },
  text: { what: 'a text number', fix: 'write digits and single spaces only, in quotes, for example "85258"' },
  email: { what: 'an email address', fix: 'write an address such as "safeguarding@example.org"' },
  id: { what: 'an id', fix: 'use lower-case words joined by hyphens, for example "nspcc-helpline"' },
  required: { what: 'true or false', fix: 'write required: false (without quotes) for an optional step, or remove the line' },
  correct: { what: 'true or false', fix: 'write correct: true without quotes on the one right option, and leave correct out on the others' },
};

/**
 * A value as an author would recognise it in their file.
 * @param {unknown} value
 */
export function showValue(value) {
  if (value === undefined) return 'nothing';
  if (value === null) return 'empty';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '"not a date"' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return JSON.stringify(value);
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * "options[1].correct" from a path.
 * @param {readonly (string | number)[]} path
 */
export function fieldName(path) {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/**
 * The value at `path` in `data`.
 * @param {unknown} data
 * @param {readonly (string | number)[]} path
 */
export function valueAt(data, path) {
  return path.reduce((/** @type {unknown} */ node, key) => (node && typeof node === 'object' ? /** @type {Record<string | number, unknown>} */ (node)[key] : undefined), data);
}

/** The sentence with a capital letter. */
const capital = (/** @type {string} */ text) => text.charAt(0).toUpperCase() + text.slice(1);

/** The last named field on a path: "correct" for options[1].correct. */
const lastKey = (/** @type {readonly (string | number)[]} */ path) => [...path].reverse().find((p) => typeof p === 'string');

/** Words for a Zod type name. */
const TYPE_WORDS = /** @type {Record<string, string>} */ ({
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields',
  date: 'a date',
  null: 'empty',
  undefined: 'nothing',
});

/**
 * @typedef {import('astro/zod').z.ZodIssueOptionalMessage} Issue
 */

/**
 * The friendly message for one Zod issue, starting with the field ("duration: ..."). Custom
 * messages from `.refine` are used as they are, after the field and value.
 * @param {Issue | import('astro/zod').z.ZodIssue} issue
 * @param {unknown} data  the whole object that was checked, to show the value given
 * @param {string} [label] how to name the field (default: its path)
 * @param {Record<string, { what: string, fix: string }>} [helpTable] what each field holds and its fix, by name
 */
export function issueMessage(issue, data, label = fieldName(issue.path), helpTable = FIELD_HELP) {
  const value = valueAt(data, issue.path);
  // An item of a list may have help of its own ("outcomes[]"); otherwise the list's help applies.
  const key = lastKey(issue.path) ?? '';
  // A field inside a list of records may have help of its own ("changes.date").
  const help = (typeof issue.path.at(-1) === 'number' ? helpTable[`${key}[]`] : undefined) ?? (issue.path.length > 2 ? helpTable[`${issue.path[0]}.${key}`] : undefined) ?? helpTable[key];
  const field = label || 'the file';
  const given = showValue(value);
  // Zod's own wording is replaced (see checkAgainst); a message set in the schema is the fix.
  const custom = issue.message || undefined;
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return `${field} is missing; ${help?.fix ?? `add it (${TYPE_WORDS[issue.expected] ?? issue.expected})`}.`;
      if (value === null && issue.path.length === 0) return `${field} is empty; ${help?.fix ?? 'fill it in'}.`;
      if (value === null) return `${field} is empty; ${help?.fix ?? `give ${TYPE_WORDS[issue.expected] ?? issue.expected}`}.`;
      if (issue.expected === 'boolean' && typeof value === 'string' && /^(true|false)$/i.test(value)) {
        return `${field}: ${given} is text in quotes, not true or false; ${help?.fix ?? `write ${value.toLowerCase()} without quotes`}.`;
      }
      if (issue.expected === 'string' && typeof value === 'number' && help?.what.includes('number')) {
        return `${field}: ${given} is not in quotes, so YAML read it as a number and dropped any leading zero; ${help.fix}.`;
      }
      return `${field}: ${given} is not ${help?.what ?? TYPE_WORDS[issue.expected] ?? issue.expected}; ${help?.fix ?? `write ${TYPE_WORDS[issue.expected] ?? issue.expected}`}.`;
    }
    case 'invalid_date':
      return `${field}: ${given} is not a date; ${help?.fix ?? 'write the date as YYYY-MM-DD, for example 2026-11-29'}.`;
    case 'invalid_enum_value': {
      const guess = typeof value === 'string' ? closest(value.toLowerCase(), issue.options.map(String)) : undefined;
      return `${field}: ${given} is not one of ${issue.options.map((o) => String(o)).join(', ')}.${guess ? ` Did you mean "${guess}"?` : ''} ${capital(help?.fix ?? 'use one of those, spelled exactly')}.`;
    }
    case 'invalid_literal':
      return `${field}: ${given} is not allowed; write ${JSON.stringify(issue.expected)}.`;
    case 'unrecognized_keys': {
      const where = issue.path.length ? `${field} has` : 'the file has';
      return `${where} unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling against content/AUTHORING.md, or remove ${issue.keys.length === 1 ? 'it' : 'them'}.`;
    }
    case 'too_small': {
      if (issue.type === 'array') return `${field} has ${Array.isArray(value) ? value.length : 0} item${Array.isArray(value) && value.length === 1 ? '' : 's'}, fewer than ${issue.minimum}; ${custom ?? help?.fix ?? `give at least ${issue.minimum}`}.`;
      if (issue.type === 'string') return `${field}: ${given} is too short (at least ${issue.minimum} characters); ${help?.fix ?? 'write it out in full'}.`;
      if (issue.type === 'number') return `${field}: ${given} is less than ${issue.minimum}; ${help?.fix ?? `give ${issue.minimum} or more`}.`;
      return `${field}: ${given} is too small; ${help?.fix ?? 'check the value'}.`;
    }
    case 'too_big': {
      if (issue.type === 'array') return `${field} has ${Array.isArray(value) ? value.length : 0} items, more than ${issue.maximum}; ${custom ?? help?.fix ?? `give at most ${issue.maximum}`}.`;
      if (issue.type === 'string') return `${field}: ${given} is too long (at most ${issue.maximum} characters); shorten it.`;
      if (issue.type === 'number') return `${field}: ${given} is more than ${issue.maximum}; ${help?.fix ?? `give ${issue.maximum} or less`}.`;
      return `${field}: ${given} is too big; ${help?.fix ?? 'check the value'}.`;
    }
    case 'not_multiple_of':
      return `${field}: ${given} is not a whole number; ${help?.fix ?? 'write a whole number'}.`;
    case 'invalid_string':
      if (issue.validation === 'email') return `${field}: ${given} is not an email address; ${FIELD_HELP['email']?.fix}.`;
      if (issue.validation === 'url') return `${field}: ${given} is not a web address; write the full address starting with https://.`;
      return `${field}: ${given} ${custom ?? `is not ${help?.what ?? 'valid'}; ${help?.fix ?? 'check the value'}`}.`;
    case 'custom':
      // A list or a set of fields is not repeated in the message: the line points at it.
      return value === undefined || (value !== null && typeof value === 'object' && !(value instanceof Date)) ? `${field} ${custom ?? 'is missing'}.` : `${field}: ${given} ${custom ?? 'is not valid'}.`;
    default:
      return `${field}: ${given} ${custom ?? 'is not valid'}${help ? `; ${help.fix}` : ''}.`;
  }
}

/**
 * A Zod error map that words every issue as {@link issueMessage} does. Pass it to `safeParse`
 * (`schema.safeParse(data, { errorMap: friendlyErrorMap(data) })`), or set it on a schema.
 * Custom messages (from `.refine` or a `message` option) are kept as the fix.
 * @param {unknown} data
 * @returns {import('astro/zod').z.ZodErrorMap}
 */
export function friendlyErrorMap(data) {
  return (issue) => ({ message: issueMessage(issue, data) });
}

/**
 * @typedef {object} Problem
 * @property {string} file   the file, as the author sees it
 * @property {number} [line]
 * @property {string} message  the field, the value and the fix
 */

/**
 * Checks `data` against `schema` and returns every problem with the file and line of its field.
 * @param {import('astro/zod').z.ZodTypeAny} schema
 * @param {unknown} data
 * @param {{ file: string, lineOf: (path: (string | number)[]) => number, label?: (path: (string | number)[]) => string, help?: Record<string, { what: string, fix: string }> }} where
 * @returns {Problem[]}
 */
export function checkAgainst(schema, data, where) {
  // An error map that gives '' for Zod's default wording, so only messages written in the
  // schema survive, as the fix; issueMessage words the rest.
  const result = schema.safeParse(data, { errorMap: () => ({ message: '' }) });
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    file: where.file,
    line: where.lineOf(/** @type {(string | number)[]} */ (issue.path)),
    message: issueMessage(issue, data, where.label ? where.label(/** @type {(string | number)[]} */ (issue.path)) : undefined, where.help),
  }));
}

/**
 * "file:line: message", one per line.
 * @param {Problem} p
 */
export function formatProblem(p) {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`;
}

/**
 * The closest known name, to suggest when one is mistyped.
 * @param {string} value
 * @param {readonly string[]} known
 * @returns {string | undefined}
 */
export function closest(value, known) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(value, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

/**
 * @param {string} a
 * @param {string} b
 */
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}
