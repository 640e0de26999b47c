// @ts-check
/**
 * Branching scenarios (content/scenarios/ID.yaml, shown with <Branching id>): every rule in the
 * agreed format, as pure functions shared by the build (src/build/validate.ts), the content lint
 * (scripts/lint-content.mjs) and the test fixture page. Each problem names the file, the line
 * (found with yamlLine, as the schema errors are), the field, the value and the fix.
 */
import { parseDocument } from 'yaml';
import { FIELD_HELP, checkAgainst, closest, showValue } from './errors.mjs';
import { yamlLine } from './mdx.mjs';
import { scenarioSchema } from './schemas.mjs';
import { findAvoidedTerms, findPhoneNumbers, findSafetyRuleProblems, unknownIdMessage } from './rules.mjs';

/** Choices a decision step offers: enough to be a decision, few enough to vote on (A to D). */
export const CHOICES = { min: 2, max: 4 };

/** What each scenario field holds and its fix, for the schema messages. */
export const SCENARIO_HELP = {
  ...FIELD_HELP,
  id: { what: 'an id', fix: 'use lower-case words joined by hyphens, for example "late-night-message"' },
  title: { what: 'a title', fix: 'write one short line, for example "title: A message at 10 pm"' },
  summary: { what: 'a summary', fix: 'write one or two sentences: who the learner is and what the practice is about' },
  start: { what: 'a step id', fix: 'write the id of the first step' },
  steps: { what: 'a list of steps', fix: 'list the steps, each starting "  - id: "' },
  text: { what: 'text', fix: 'write what happens now in 2 to 5 plain sentences' },
  question: { what: 'a question', fix: 'write the question the learner answers, for example "What do you do now?"' },
  choices: { what: 'a list of choices', fix: `give ${CHOICES.min} to ${CHOICES.max} choices, each "- label: ..." with "next: <step id>"` },
  label: { what: 'a choice', fix: 'write what the learner would do, in the first person' },
  next: { what: 'a step id', fix: 'write the id of the step this choice leads to' },
  outcome: { what: 'an outcome', fix: 'write good, mixed or risky' },
  rules: { what: 'a list of safety rule ids', fix: 'list ids from content/safety-rules.yaml, for example "rules: [lead-unreachable]"' },
  contacts: { what: 'a list of contact ids', fix: 'list ids from content/contacts.yaml, for example "contacts: [police-emergency]"' },
};

/**
 * @typedef {object} ScenarioChoice
 * @property {string} label
 * @property {string} next
 */
/**
 * @typedef {object} ScenarioStep
 * @property {string} id
 * @property {string} text
 * @property {string | undefined} [question]
 * @property {ScenarioChoice[] | undefined} [choices]
 * @property {'good' | 'mixed' | 'risky' | undefined} [outcome]
 * @property {string | undefined} [title]
 * @property {string[] | undefined} [rules]
 * @property {string[] | undefined} [contacts]
 */
/**
 * @typedef {object} Scenario
 * @property {string} id
 * @property {string} title
 * @property {string} summary
 * @property {string} start
 * @property {ScenarioStep[]} steps
 */
/**
 * @typedef {object} ScenarioProblem
 * @property {string} file
 * @property {number} [line]
 * @property {'error' | 'warning'} level
 * @property {string} message
 */

/** Markup that does not belong in a plain-text field: HTML tags, Markdown emphasis, links and headings. */
const MARKUP = /<\/?[a-z][^>]*>|\*\*|__|\[[^\]]*\]\([^)]*\)|^#{1,6} |`/im;

/**
 * The scenario's id from its file name: content/scenarios/late-night-message.yaml → late-night-message.
 * @param {string} file
 */
export const scenarioIdOf = (file) => (file.split('/').pop() ?? file).replace(/\.ya?ml$/, '');

/**
 * The steps in reading order: breadth-first from the start, then any step that cannot be reached
 * (in file order), so nothing written is lost from the page.
 * @param {Scenario} scenario
 * @returns {ScenarioStep[]}
 */
export function stepsInOrder(scenario) {
  const byId = new Map(scenario.steps.map((s) => [s.id, s]));
  /** @type {ScenarioStep[]} */
  const order = [];
  const seen = new Set();
  const queue = [scenario.start];
  while (queue.length > 0) {
    const step = byId.get(/** @type {string} */ (queue.shift()));
    if (!step || seen.has(step.id)) continue;
    seen.add(step.id);
    order.push(step);
    for (const c of step.choices ?? []) queue.push(c.next);
  }
  for (const step of scenario.steps) if (!seen.has(step.id)) order.push(step);
  return order;
}

/**
 * Every problem with one scenario file: its schema, then the rules of the format (content/AUTHORING.md,
 * "A branching scenario"). `known` gives the ids that `rules` and `contacts` may use.
 * @param {{ file: string, source: string, known: { safetyRuleIds: readonly string[], contactIds: readonly string[] } }} input
 * @returns {ScenarioProblem[]}
 */
export function checkScenario({ file, source, known }) {
  const doc = parseDocument(source);
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    return [{ file, line: e?.linePos?.[0]?.line ?? 1, level: 'error', message: `the YAML cannot be read: ${e?.message.split('\n')[0]}. Check the indentation and that text with a colon is in quotes.` }];
  }
  const data = doc.toJS();
  const lineOf = (/** @type {(string | number)[]} */ path) => yamlLine(source, path);
  const schemaProblems = checkAgainst(scenarioSchema, data, { file, lineOf, help: SCENARIO_HELP });
  if (schemaProblems.length > 0) return schemaProblems.map((p) => ({ ...p, level: /** @type {const} */ ('error') }));
  return checkScenarioRules(file, /** @type {Scenario} */ (scenarioSchema.parse(data)), lineOf, known);
}

/**
 * The rules about steps and links in a scenario that matches the schema.
 * @param {string} file
 * @param {Scenario} scenario
 * @param {(path: (string | number)[]) => number} lineOf
 * @param {{ safetyRuleIds: readonly string[], contactIds: readonly string[] }} known
 * @returns {ScenarioProblem[]}
 */
export function checkScenarioRules(file, scenario, lineOf, known) {
  /** @type {ScenarioProblem[]} */
  const problems = [];
  const error = (/** @type {(string | number)[]} */ path, /** @type {string} */ message) => problems.push({ file, line: lineOf(path), level: 'error', message });
  const fileId = scenarioIdOf(file);
  if (scenario.id !== fileId) error(['id'], `id "${scenario.id}" does not match the file name "${fileId}.yaml". Write id: ${fileId}, or rename the file to ${scenario.id}.yaml (and the <Branching id> that shows it).`);

  const ids = scenario.steps.map((s) => s.id);
  /** @type {Map<string, ScenarioStep>} */
  const byId = new Map();
  scenario.steps.forEach((step, i) => {
    if (byId.has(step.id)) error(['steps', i, 'id'], `steps[${i}].id "${step.id}" is used by another step too. Give each step its own id.`);
    else byId.set(step.id, step);
  });
  if (!byId.has(scenario.start)) {
    const guess = closest(scenario.start, ids);
    error(['start'], `start "${scenario.start}" is not the id of a step.${guess ? ` Did you mean "${guess}"?` : ''} Point start at the first step's id.`);
  }

  const plain = (/** @type {(string | number)[]} */ path, /** @type {string | undefined} */ value) => {
    if (value === undefined) return;
    const field = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
    const markup = MARKUP.exec(value)?.[0];
    if (markup) error(path, `${field} contains ${showValue(markup.trim())}, which is Markdown or HTML. Scenario text is plain text: write it without markup.`);
    for (const { number } of findPhoneNumbers(value)) {
      error(path, `${field} contains the phone number "${number}". Numbers live once in content/contacts.yaml: remove it and list the contact's id under "contacts" of this step.`);
    }
  };
  plain(['title'], scenario.title);
  plain(['summary'], scenario.summary);

  let outcomes = 0;
  let good = 0;
  scenario.steps.forEach((step, i) => {
    const at = (/** @type {(string | number)[]} */ ...rest) => ['steps', i, ...rest];
    const name = `step "${step.id}"`;
    const decision = step.question !== undefined || step.choices !== undefined;
    const ending = step.outcome !== undefined || step.title !== undefined;
    plain(at('text'), step.text);
    plain(at('question'), step.question);
    plain(at('title'), step.title);
    if (decision && ending) {
      const has = [step.question !== undefined && 'question', step.choices !== undefined && 'choices', step.outcome !== undefined && 'outcome', step.title !== undefined && 'title'].filter(Boolean).join(', ');
      error(at('id'), `${name} has ${has}: a step is either a decision (question and choices) or an outcome (outcome and title), never both. Remove one pair, or split it into two steps.`);
    } else if (!decision && !ending) {
      error(at('id'), `${name} has neither question and choices nor outcome and title. Add a question with ${CHOICES.min} to ${CHOICES.max} choices, or make it an outcome with "outcome: good | mixed | risky" and a title.`);
    } else if (decision) {
      const choices = step.choices ?? [];
      if (step.question === undefined) error(at('id'), `${name} has choices but no question. Add "question:" before its choices, for example "question: What do you do now?".`);
      if (choices.length < CHOICES.min || choices.length > CHOICES.max) {
        error(at('choices'), `${name} has ${choices.length} choice${choices.length === 1 ? '' : 's'}; a decision needs ${CHOICES.min} to ${CHOICES.max} (lettered A to D for a room to vote on). ${choices.length < CHOICES.min ? 'Add a choice a real person might make, or make the step an outcome.' : 'Merge or cut some.'}`);
      }
      choices.forEach((choice, j) => {
        plain(at('choices', j, 'label'), choice.label);
        if (!byId.has(choice.next)) {
          const guess = closest(choice.next, ids);
          error(at('choices', j, 'next'), `steps[${i}].choices[${j}].next "${choice.next}" is not a step in this scenario.${guess ? ` Did you mean "${guess}"?` : ''} Write the id of a step in ${file}.`);
        }
        const earlier = choices.findIndex((c) => c.label.trim().toLowerCase() === choice.label.trim().toLowerCase());
        if (earlier < j) error(at('choices', j, 'label'), `steps[${i}].choices[${j}].label ${showValue(choice.label)} is the same as choices[${earlier}] of ${name}. Each choice needs its own words.`);
      });
    } else {
      if (step.outcome === undefined) error(at('id'), `${name} has a title but no outcome. Add "outcome: good", "outcome: mixed" or "outcome: risky".`);
      if (step.title === undefined) error(at('id'), `${name} is an outcome without a title. Add a one-line "title:" saying what happened, for example "title: You kept her safe and got help fast".`);
      outcomes++;
      if (step.outcome === 'good') good++;
    }
    (step.rules ?? []).forEach((r, j) => {
      if (!known.safetyRuleIds.includes(r)) error(at('rules', j), unknownIdMessage(`steps[${i}].rules[${j}]`, r, 'content/safety-rules.yaml', known.safetyRuleIds, 'safety rule'));
    });
    (step.contacts ?? []).forEach((c, j) => {
      if (!known.contactIds.includes(c)) error(at('contacts', j), unknownIdMessage(`steps[${i}].contacts[${j}]`, c, 'content/contacts.yaml', known.contactIds, 'contact'));
    });
  });
  if (outcomes < 2) error(['steps'], `the scenario has ${outcomes} outcome${outcomes === 1 ? '' : 's'}; it needs at least two, so a choice makes a difference. Add an outcome step ("outcome:" and "title:") and lead a choice to it.`);
  if (outcomes > 0 && good === 0) error(['steps'], 'no outcome is "outcome: good". At least one path must show good practice: add a good outcome, or mark the one that is good practice.');

  if (!byId.has(scenario.start)) return problems;

  // Loops: a depth-first walk from the start; a step met again on the current path closes a cycle.
  const reached = new Set();
  const done = new Set();
  const cycles = new Set();
  /** @param {string} stepId @param {string[]} path */
  const walk = (stepId, path) => {
    const open = path.indexOf(stepId);
    if (open !== -1) {
      const cycle = [...path.slice(open), stepId];
      const key = [...cycle.slice(0, -1)].sort().join(' ');
      if (!cycles.has(key)) {
        cycles.add(key);
        const index = ids.indexOf(stepId);
        error(['steps', index, 'id'], `the steps ${cycle.map((s) => `"${s}"`).join(' → ')} form a loop, so that path never ends. Point one of these choices at a later step or an outcome.`);
      }
      return;
    }
    reached.add(stepId);
    if (done.has(stepId)) return;
    for (const choice of byId.get(stepId)?.choices ?? []) if (byId.has(choice.next)) walk(choice.next, [...path, stepId]);
    done.add(stepId);
  };
  walk(scenario.start, []);
  scenario.steps.forEach((step, i) => {
    if (!reached.has(step.id)) error(['steps', i, 'id'], `step "${step.id}" can never be reached from start "${scenario.start}": no choice leads to it. Link to it from a choice ("next: ${step.id}") or delete it.`);
  });
  return problems;
}

/**
 * Where each scenario is used (<Branching id> in lessons and pages): unknown ids are reported by
 * checkComponents; here, a scenario used twice is an error and one used nowhere a warning.
 * @param {{ id: string, file: string }[]} scenarios
 * @param {{ id: string, file: string, line: number }[]} uses
 * @returns {ScenarioProblem[]}
 */
export function checkScenarioUse(scenarios, uses) {
  /** @type {ScenarioProblem[]} */
  const problems = [];
  for (const { id, file } of scenarios) {
    const users = uses.filter((u) => u.id === id);
    const files = [...new Set(users.map((u) => u.file))];
    if (users.length === 0) problems.push({ file, line: 1, level: 'warning', message: `the scenario "${id}" is not shown by any lesson. Add <Branching id="${id}" /> under a ## heading of its own in one lesson, or delete the file.` });
    else if (users.length > 1) {
      const [, ...again] = users;
      for (const u of again) problems.push({ file: u.file, line: u.line, level: 'error', message: `<Branching id="${id}"> is already shown in ${files.length > 1 ? users[0]?.file : 'this file'} (line ${users[0]?.line}). A scenario belongs to one lesson: remove this one, or copy ${file} to a new id and change it.` });
    }
  }
  return problems;
}

/**
 * The writing rules lessons follow, over a scenario's text (for the content lint, as for lessons):
 * the words CURRICULUM.md says to avoid, and no shared urgent rule restated in the scenario's own
 * words (a step shows it with `rules:` instead).
 * @param {string} file
 * @param {string} source
 * @param {import('./rules.mjs').SafetyRuleWords[]} safetyRules
 * @returns {ScenarioProblem[]}
 */
export function checkScenarioWriting(file, source, safetyRules) {
  const data = parseDocument(source).toJS();
  if (!data || typeof data !== 'object' || !Array.isArray(data.steps)) return [];
  /** @type {{ path: (string | number)[], text: string }[]} */
  const fields = [];
  const add = (/** @type {(string | number)[]} */ path, /** @type {unknown} */ text) => {
    if (typeof text === 'string') fields.push({ path, text });
  };
  add(['title'], data.title);
  add(['summary'], data.summary);
  data.steps.forEach((/** @type {any} */ step, /** @type {number} */ i) => {
    for (const key of ['text', 'question', 'title']) add(['steps', i, key], step?.[key]);
    if (Array.isArray(step?.choices)) step.choices.forEach((/** @type {any} */ c, /** @type {number} */ j) => add(['steps', i, 'choices', j, 'label'], c?.label));
  });
  const everyRule = new Set(safetyRules.map((r) => r.id));
  /** @type {ScenarioProblem[]} */
  const problems = [];
  for (const { path, text } of fields) {
    const line = yamlLine(source, path);
    for (const term of findAvoidedTerms([{ text, offset: 0 }])) problems.push({ file, line, level: 'error', message: term.message });
    // Every rule counts as shown: a scenario shows a rule on the step that needs it, and the build checks those ids.
    for (const problem of findSafetyRuleProblems(text, safetyRules, everyRule, [], (id) => `list it under "rules" of this step (rules: [${id}])`)) {
      problems.push({ file, line, level: 'error', message: problem.message });
    }
  }
  return problems;
}
