// @ts-check
/**
 * The content lint over the "Worried about a child?" guides (content/guides/NATION.yaml): the
 * shared safety rules (content/safety-rules.yaml), taught one way. A guide shows a rule through an
 * outcome's `rules: [...]`, which puts the rule's own words below the outcome's actions, so:
 *   - an outcome whose own text meets a rule's situation ("cannot reach") must list that rule;
 *   - no text in a guide may restate a rule's instruction in its own words ("anyone can refer").
 * Each problem names the file, the line (found with yamlLine, as the schema errors are), the field,
 * the value and the fix. The guide's structure (ids, answers, contacts) is checked by the build
 * (src/build/validate.ts); this module reads only its words.
 */
import { parseDocument } from 'yaml';
import { fieldName } from './errors.mjs';
import { yamlLine } from './mdx.mjs';
import { findSafetyRuleProblems } from './rules.mjs';

/**
 * @typedef {object} GuideProblem
 * @property {string} file
 * @property {number} line
 * @property {'error'} level
 * @property {string} message
 */

/** A field's text as the message quotes it: long action lines cut, so the line stays readable. */
const quote = (/** @type {string} */ text) => JSON.stringify(text.length > 90 ? `${text.slice(0, 87)}...` : text);

/**
 * The text fields of one outcome, in the order a reader meets them.
 * @param {any} outcome
 * @param {number} i the outcome's index in `outcomes`
 * @returns {{ path: (string | number)[], text: string }[]}
 */
function outcomeFields(outcome, i) {
  /** @type {{ path: (string | number)[], text: string }[]} */
  const fields = [];
  const add = (/** @type {(string | number)[]} */ path, /** @type {unknown} */ text) => {
    if (typeof text === 'string') fields.push({ path: ['outcomes', i, ...path], text });
  };
  add(['title'], outcome?.title);
  add(['summary'], outcome?.summary);
  if (Array.isArray(outcome?.actions)) outcome.actions.forEach((/** @type {unknown} */ a, /** @type {number} */ j) => add(['actions', j], a));
  add(['record'], outcome?.record);
  return fields;
}

/**
 * The text a guide shows outside its outcomes: its title, intro and local help, and each
 * question, its help and its answers.
 * @param {any} data
 */
function guideFields(data) {
  /** @type {{ path: (string | number)[], text: string }[]} */
  const fields = [];
  const add = (/** @type {(string | number)[]} */ path, /** @type {unknown} */ text) => {
    if (typeof text === 'string') fields.push({ path, text });
  };
  for (const key of ['title', 'intro', 'localHelp']) add([key], data[key]);
  if (Array.isArray(data.steps)) {
    data.steps.forEach((/** @type {any} */ step, /** @type {number} */ i) => {
      add(['steps', i, 'question'], step?.question);
      add(['steps', i, 'help'], step?.help);
      if (Array.isArray(step?.answers)) step.answers.forEach((/** @type {any} */ a, /** @type {number} */ j) => add(['steps', i, 'answers', j, 'label'], a?.label));
    });
  }
  return fields;
}

/**
 * The shared safety rules over one guide's words (for the content lint).
 * @param {string} file e.g. content/guides/england.yaml
 * @param {string} source the YAML as written
 * @param {import('./rules.mjs').SafetyRuleWords[]} safetyRules
 * @returns {GuideProblem[]}
 */
export function checkGuideWriting(file, source, safetyRules) {
  const data = parseDocument(source).toJS();
  if (!data || typeof data !== 'object') return [];
  // Asked apart, so an outcome's missing rule is reported once, at the first line that needs it.
  const situations = safetyRules.map((r) => ({ ...r, restated: [] }));
  const restatements = safetyRules.map((r) => ({ ...r, situation: [] }));
  const none = new Set(/** @type {string[]} */ ([]));
  /** @type {GuideProblem[]} */
  const problems = [];
  const report = (/** @type {(string | number)[]} */ path, /** @type {string} */ text, /** @type {string} */ where, /** @type {string} */ message) =>
    problems.push({ file, line: yamlLine(source, path), level: 'error', message: `${fieldName(path)} ${quote(text)}${where}: ${message}` });

  for (const { path, text } of guideFields(data)) {
    const show = (/** @type {string} */ id) => `list it in the rules of the outcome that needs it (rules: [${id}])`;
    for (const p of findSafetyRuleProblems(text, restatements, none, [], show)) report(path, text, '', p.message);
  }

  const outcomes = Array.isArray(data.outcomes) ? data.outcomes : [];
  outcomes.forEach((/** @type {any} */ outcome, /** @type {number} */ i) => {
    const listed = Array.isArray(outcome?.rules) ? outcome.rules.filter((/** @type {unknown} */ r) => typeof r === 'string') : [];
    const shown = new Set(/** @type {string[]} */ (listed));
    const withRule = (/** @type {string} */ id) => `rules: [${[...listed, ...(shown.has(id) ? [] : [id])].join(', ')}]`;
    const where = ` (outcome "${outcome?.id ?? i}")`;
    const reported = new Set(/** @type {string[]} */ ([]));
    const missing = (/** @type {string} */ id) =>
      `this outcome does not list it. Add it to the outcome's rules (${withRule(id)}), which shows the rule below the actions, and make this line a short pointer to it`;
    const show = (/** @type {string} */ id) => (shown.has(id) ? `let the rule this outcome lists (${withRule(id)}) say it below the actions` : `list it in the outcome's rules (${withRule(id)})`);
    for (const { path, text } of outcomeFields(outcome, i)) {
      for (const rule of situations.filter((r) => !reported.has(r.id))) {
        for (const p of findSafetyRuleProblems(text, [rule], shown, [], show, missing)) {
          reported.add(rule.id);
          report(path, text, where, p.message);
        }
      }
      for (const p of findSafetyRuleProblems(text, restatements, shown, [], show)) report(path, text, where, p.message);
    }
  });
  return problems;
}
