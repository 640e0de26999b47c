// @ts-check
/**
 * Every rule about content, in one place, as pure functions over a file's text, so unit tests
 * can feed them broken files and pin every message. The build (src/build/validate.ts, through
 * getSite) runs the schema, component and reference rules and fails on any of them; the content
 * lint (scripts/lint-content.mjs) runs those and the writing rules of CURRICULUM.md (counts,
 * length, phone numbers, avoided terms, review dates, the change log).
 */
import { componentIds, countWords, lineAt, linesOf, NOT_LITERAL, readMdx, textOf } from './mdx.mjs';
import { isoDate } from './dates.mjs';
import { VOLUNTEER_READING_AGE, missingSelfHarmNote, readingAge, undefinedAcronyms } from './readability.mjs';
import { checkAgainst, closest, issueMessage, showValue } from './errors.mjs';
import { COMPONENTS, MIN_SOURCES, OUTCOMES, PROP_HELP, correctAnswerProblem, lessonSchema, moduleSchema, pageSchema } from './schemas.mjs';

export { isoDate, MIN_SOURCES, OUTCOMES };

/**
 * @typedef {'error' | 'warning'} Level
 * @typedef {object} Finding
 * @property {string} file
 * @property {number} [line]
 * @property {string} rule   a short rule name, e.g. "phone-number"
 * @property {Level} level   an error fails the lint; a warning is printed and passes
 * @property {string} message what is wrong and how to fix it
 */

/**
 * Body length in words of prose (see countWords and UNCOUNTED_BLOCKS in mdx.mjs).
 * CURRICULUM.md asks for "about 800 to 1,500". Lessons with a long scenario run a little over,
 * so above TARGET_MAX is a warning, and only a lesson far outside the range fails.
 */
export const LENGTH = { min: 600, targetMin: 800, targetMax: 1500, max: 2000 };
export const MIN_KNOWLEDGE_CHECKS = 3;
/** Days before reviewDue when the lint starts to warn. */
export const REVIEW_WARNING_DAYS = 60;

const DAY_MS = 24 * 60 * 60 * 1000;


/**
 * Whole days from `today` to `date` (both "YYYY-MM-DD"); negative once the date has passed.
 * @param {string} date
 * @param {string} today
 */
export function daysUntil(date, today) {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

/**
 * The review-date rule: an error once reviewDue has passed, a warning in the 60 days before.
 * @param {string} file
 * @param {unknown} reviewDue
 * @param {string} today "YYYY-MM-DD"
 * @returns {Finding[]}
 */
export function checkReviewDue(file, reviewDue, today) {
  const due = isoDate(reviewDue);
  const rule = 'review-due';
  if (!due) return [{ file, rule, level: 'error', message: `reviewDue ${JSON.stringify(reviewDue ?? null)} is not a date. Write it as YYYY-MM-DD, for example "reviewDue: 2027-11-29".` }];
  const days = daysUntil(due, today);
  if (days < 0) {
    return [{ file, rule, level: 'error', message: `reviewDue ${due} has passed (${-days} day${days === -1 ? '' : 's'} ago). Review the page against its sources, then set lastReviewed to the review date and reviewDue to the next one.` }];
  }
  if (days <= REVIEW_WARNING_DAYS) {
    return [{ file, rule, level: 'warning', message: `reviewDue ${due} is in ${days} day${days === 1 ? '' : 's'}. Plan the review before then.` }];
  }
  return [];
}

/**
 * A lesson's change log, newest first, with dates as "YYYY-MM-DD"; entries that are not yet
 * valid (the schema reports those) are left out.
 * @param {unknown} changes the frontmatter's `changes`
 * @returns {{ date: string, summary: string, significant: boolean }[]}
 */
export function changeLog(changes) {
  if (!Array.isArray(changes)) return [];
  return changes
    .map((c) => ({ date: isoDate(c?.date), summary: c?.summary, significant: c?.significant === true }))
    .filter((c) => c.date !== undefined && typeof c.summary === 'string')
    .map((c) => ({ date: /** @type {string} */ (c.date), summary: /** @type {string} */ (c.summary), significant: c.significant }))
    .sort((a, b) => b.date.localeCompare(a.date));
}

/**
 * The change-log rule (content/AUTHORING.md, "The change log"). Every lesson has at least one
 * entry; whenever lastReviewed moves, the newest entry is dated no earlier than the day before
 * it (the edit may land the day before the review is signed off); no entry is dated after today.
 * Each message says exactly what to add.
 * @param {string} file
 * @param {import('./mdx.mjs').MdxFile} mdx
 * @param {string} today "YYYY-MM-DD"
 * @returns {Finding[]}
 */
export function checkChangeLog(file, mdx, today) {
  const rule = 'change-log';
  const reviewed = isoDate(mdx.data['lastReviewed']);
  if (!reviewed) return []; // the frontmatter rule reports a missing or bad lastReviewed
  const raw = mdx.data['changes'];
  if (raw !== undefined && !Array.isArray(raw)) return []; // the frontmatter rule reports it
  const log = changeLog(raw);
  if (log.length === 0) {
    return [{ file, line: mdx.frontmatterLine(['lastReviewed']), rule, level: 'error', message: `has no change log (changes). Every lesson keeps one (content/AUTHORING.md, "The change log"). Add this line to the frontmatter, after reviewDue: changes: [{ date: ${reviewed}, summary: "First published" }]` }];
  }
  /** @type {Finding[]} */
  const findings = [];
  const newest = /** @type {{ date: string }} */ (log[0]);
  if (daysUntil(newest.date, reviewed) < -1) {
    findings.push({ file, line: mdx.frontmatterLine(['changes']), rule, level: 'error', message: `lastReviewed ${reviewed} is later than the newest change-log entry (${newest.date}). A review that moves lastReviewed adds an entry: add under changes: - { date: ${reviewed}, summary: "What changed, in one line", significant: true } (significant: true if what a learner should do changed, otherwise leave it out; if the review changed nothing, write summary: "Checked against its sources; no change").` });
  }
  if (Array.isArray(raw)) {
    raw.forEach((c, i) => {
      const date = isoDate(c?.date);
      if (date && daysUntil(date, today) > 0) {
        findings.push({ file, line: mdx.frontmatterLine(['changes', i, 'date']), rule, level: 'error', message: `changes[${i}].date ${date} is after today (${today}). Date an entry on the day the change was made.` });
      }
    });
  }
  return findings;
}

/** Words that make a bare 3-digit service number a number to dial, not a figure. */
const DIAL_WORDS = /\b(?:call|calling|dial|dialling|ring|phone|telephone|on|number|or)\s+$/i;

/** Words that make a number a reference to part of a law or document, not a number to dial. */
const NUMBERING_WORDS = /\b(?:sections?|s|ss|paragraphs?|para|paras|pages?|pp?|articles?|art|regulations?|reg|rules?|clauses?|chapters?|schedules?|parts?|items?|figures?|tables?|steps?|questions?|lines?)\.?\s+$/i;

/**
 * Phone numbers typed into text. Numbers belong in content/contacts.yaml and reach a page only
 * through <Contact id="...">, so a reader never sees two versions of one number.
 * @param {string} text
 * @returns {{ index: number, number: string }[]}
 */
export function findPhoneNumbers(text) {
  /** @type {{ index: number, number: string }[]} */
  const found = [];
  // UK national and international formats: 0808 800 5000, 020 7946 0000, 0800 1111, +44 20 7946 0000.
  const national = /(?<![\w.,/£$+-])(?:\+44[ -]?(?:\(0\)[ -]?)?|0)\d(?:[ -]?\d){6,10}(?![\w/]|[.,]\d)/g;
  for (const m of text.matchAll(national)) {
    const digits = m[0].replace(/\D/g, '').replace(/^44/, '0');
    if (digits.length >= 8 && digits.length <= 11) found.push({ index: m.index ?? 0, number: m[0] });
  }
  // 116 numbers (Childline 116 111, Samaritans 116 123).
  for (const m of text.matchAll(/(?<![\w.,£$-])116[ ]?\d{3}(?![\w]|[.,]\d)/g)) found.push({ index: m.index ?? 0, number: m[0] });
  // 999 means an emergency call unless it numbers something ("section 999"); 112, 101 and 111
  // only after a word such as "call" or "on", so "section 112 of the Act" is not a phone number.
  for (const m of text.matchAll(/(?<![\w.,£$/-])(999|112|101|111)(?![\w%]|[.,]\d)/g)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 20), m.index);
    if (NUMBERING_WORDS.test(before)) continue;
    if (m[1] === '999' || DIAL_WORDS.test(before)) found.push({ index: m.index ?? 0, number: m[0] });
  }
  // Text (SMS) short codes: "text SHOUT to 85258".
  for (const m of text.matchAll(/\b(?:text|txt|sms)\b[^.\n\d]{0,25}?(?<![\w.,£$])(\d{5,6})(?![\w]|[.,]\d)/gi)) {
    found.push({ index: (m.index ?? 0) + m[0].length - (m[1] ?? '').length, number: m[1] ?? '' });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A capitalised law or treaty word in the same sentence allows "child pornography" (a title). */
const LAW_NAME = /\b(?:Act|Protocol|Convention|Directive|Regulations?|Order|Statute)\b/;

/**
 * Is the text at `index` inside quotation marks within its segment?
 * @param {string} text
 * @param {number} index
 * @param {number} length
 */
function isQuoted(text, index, length) {
  const before = text.slice(0, index);
  const after = text.slice(index + length);
  const directly = /["“‘']$/.test(before) && /^["”’']/.test(after);
  const straight = (before.match(/"/g) ?? []).length % 2 === 1;
  const curly = (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length;
  return directly || straight || curly;
}

/**
 * The sentence around `index`, for the law-name exception.
 * @param {string} text
 * @param {number} index
 */
function sentenceAround(text, index) {
  const start = Math.max(text.lastIndexOf('. ', index), text.lastIndexOf('\n', index)) + 1;
  const endDot = text.indexOf('. ', index);
  return text.slice(start, endDot === -1 ? text.length : endDot + 1);
}

/**
 * The words CURRICULUM.md says to avoid, over the visible text in reading order.
 * @param {{ text: string, offset: number }[]} segments
 * @returns {{ offset: number, rule: string, message: string }[]}
 */
export function findAvoidedTerms(segments) {
  /** @type {{ offset: number, rule: string, message: string }[]} */
  const found = [];
  let sexualExtortionSeen = false;
  for (const { text, offset } of segments) {
    const events = [];
    for (const m of text.matchAll(/sexual\s+extortion/gi)) events.push({ index: m.index ?? 0, kind: 'full' });
    for (const m of text.matchAll(/\bsextortion\b/gi)) events.push({ index: m.index ?? 0, kind: 'short' });
    events.sort((a, b) => a.index - b.index);
    for (const e of events) {
      if (e.kind === 'full') sexualExtortionSeen = true;
      else if (!sexualExtortionSeen) {
        found.push({ offset: offset + e.index, rule: 'avoided-term', message: `"sextortion" is used before "sexual extortion". Say "sexual extortion" first; "sextortion" may follow as the name readers will also hear.` });
      }
    }
    for (const m of text.matchAll(/\bchild(?:ren)?['’]?s?\s+porn(?:ography|ographic)?\b/gi)) {
      if (!LAW_NAME.test(sentenceAround(text, m.index ?? 0))) {
        found.push({ offset: offset + (m.index ?? 0), rule: 'avoided-term', message: `"${m[0]}" is only allowed inside the name of a law. Say "child sexual abuse material" (CSAM) or "indecent images of children".` });
      }
    }
    for (const m of text.matchAll(/\bself[- ]generated\b/gi)) {
      if (!isQuoted(text, m.index ?? 0, m[0].length)) {
        found.push({ offset: offset + (m.index ?? 0), rule: 'avoided-term', message: `"${m[0]}" must be in quotation marks ("self-generated"), with a line on why the term is problematic: it can suggest the child is to blame.` });
      }
    }
  }
  return found;
}

/**
 * @typedef {object} SafetyRuleWords
 * @property {string} id          the rule's id in content/safety-rules.yaml
 * @property {string[]} situation words meaning the text meets the rule's situation
 * @property {string[]} restated  words meaning the text gives the rule's instruction itself
 */

/** Lower case, with curly apostrophes made straight, so phrases match however they were typed. */
const normalise = (/** @type {string} */ text) => text.toLowerCase().replace(/[’‘]/g, "'");

/**
 * Where a phrase occurs as whole words, whitespace and line breaks between its words allowed.
 * @param {string} text already normalised
 * @param {string} phrase
 */
function phraseIndexes(text, phrase) {
  const words = normalise(phrase).trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![a-z'])${words.join('\\s+')}(?![a-z])`, 'g');
  return [...text.matchAll(pattern)].map((m) => m.index ?? 0);
}

/**
 * Where the <KeyPoints> blocks are: a key point may sum a rule up in a line without restating it.
 * @param {import('./mdx.mjs').MdxFile} mdx
 */
function keyPointRanges(mdx) {
  return mdx.components.filter((c) => c.name === 'KeyPoints').map((c) => ({ start: c.start, end: c.end }));
}

/**
 * The ids of every <SafetyRule id="..."> in a file.
 * @param {import('./mdx.mjs').MdxFile} mdx
 */
export function shownSafetyRules(mdx) {
  return new Set(componentIds(mdx, 'SafetyRule').map((c) => c.id));
}

/**
 * The "one rule, taught one way" check (content/safety-rules.yaml). A text that meets a rule's
 * situation must show the rule, and no text may restate a rule's instruction in its own words.
 * `prose` is what the author wrote for learners outside knowledge checks and trainer notes, with
 * everything else blanked, so offsets still point into the file.
 * @param {string} prose
 * @param {SafetyRuleWords[]} rules
 * @param {Set<string>} shown ids of the rules the file shows
 * @param {{ start: number, end: number }[]} [summaries] ranges (key points) where a one-line reminder is allowed
 * @param {(id: string) => string} [howToShow] how the file shows a rule (a lesson: the component)
 * @param {(id: string) => string} [whenMissing] what is wrong and the fix when the text meets a rule's
 *   situation but does not show it (a lesson: the file shows no component; a guide: the outcome lists no rule)
 * @returns {{ offset: number, message: string }[]}
 */
export function findSafetyRuleProblems(
  prose,
  rules,
  shown,
  summaries = [],
  howToShow = (id) => `show <SafetyRule id="${id}" />`,
  whenMissing = (id) => `the file does not show it. Add <SafetyRule id="${id}" /> where the scenario or section needs it`,
) {
  const text = normalise(prose);
  const inSummary = (/** @type {number} */ offset) => summaries.some((r) => offset >= r.start && offset < r.end);
  /** @type {{ offset: number, message: string }[]} */
  const found = [];
  for (const rule of rules) {
    const show = howToShow(rule.id);
    if (!shown.has(rule.id)) {
      const first = rule.situation.flatMap((phrase) => phraseIndexes(text, phrase).map((offset) => ({ offset, phrase }))).sort((a, b) => a.offset - b.offset)[0];
      if (first) {
        found.push({ offset: first.offset, message: `"${first.phrase}" meets the situation of the shared rule "${rule.id}", but ${whenMissing(rule.id)}; its words are in content/safety-rules.yaml.` });
      }
    }
    for (const phrase of rule.restated) {
      for (const offset of phraseIndexes(text, phrase).filter((o) => !inSummary(o))) {
        found.push({ offset, message: `"${phrase}" restates the shared rule "${rule.id}" in the file's own words. Remove it and ${show} instead, so the rule reads the same everywhere (content/safety-rules.yaml).` });
      }
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/**
 * Frontmatter text a reader sees, as segments placed at their key's line.
 * @param {string} source
 * @param {Record<string, unknown>} data
 */
function frontmatterSegments(source, data) {
  /** @type {{ text: string, offset: number }[]} */
  const segments = [];
  for (const key of ['title', 'description', 'summary', 'contentNote', 'outcomes']) {
    const value = data[key];
    const at = source.search(new RegExp(`^${key}:`, 'm'));
    const offset = at === -1 ? 0 : at;
    if (typeof value === 'string') segments.push({ text: value, offset });
    if (Array.isArray(value)) for (const v of value) if (typeof v === 'string') segments.push({ text: v, offset });
  }
  return segments;
}

/** The schema for each kind of MDX file. */
const FRONTMATTER = { lesson: lessonSchema, module: moduleSchema, page: pageSchema };

/**
 * The frontmatter against its schema: each problem with its line, field, value and fix.
 * @param {string} file
 * @param {import('./mdx.mjs').MdxFile} mdx
 * @param {'lesson' | 'module' | 'page'} kind
 * @returns {Finding[]}
 */
export function checkFrontmatter(file, mdx, kind) {
  return checkAgainst(FRONTMATTER[kind], mdx.data, { file, lineOf: mdx.frontmatterLine }).map((p) => ({ ...p, rule: 'frontmatter', level: /** @type {Level} */ ('error') }));
}

/** Components whose `id` prop refers to a data file. */
export const COMPONENT_REFERENCES = [
  { component: 'Contact', where: 'content/contacts.yaml', what: 'contact', key: 'contactIds' },
  { component: 'Term', where: 'content/glossary.yaml', what: 'glossary', key: 'glossaryIds' },
  { component: 'Cite', where: 'content/references.yaml', what: 'reference', key: 'referenceIds' },
  { component: 'SafetyRule', where: 'content/safety-rules.yaml', what: 'safety rule', key: 'safetyRuleIds' },
  { component: 'Branching', where: 'content/scenarios/', what: 'scenario', key: 'scenarioIds' },
];

/**
 * @typedef {object} KnownIds  the ids the data files define, for the reference checks
 * @property {readonly string[]} contactIds
 * @property {readonly string[]} glossaryIds
 * @property {readonly string[]} referenceIds
 * @property {readonly string[]} [safetyRuleIds]  (a project without content/safety-rules.yaml has none)
 * @property {readonly string[]} [scenarioIds]  the branching scenarios (content/scenarios/*.yaml, by file name)
 */

/**
 * The message for an id that is not in its data file, with a "Did you mean".
 * @param {string} field
 * @param {string} value
 * @param {string} where
 * @param {readonly string[]} known
 * @param {string} what
 */
export function unknownIdMessage(field, value, where, known, what) {
  const guess = closest(value, known);
  const hint = guess ? `Did you mean "${guess}"? ` : '';
  return `${field} "${value}" is not in ${where}. ${hint}Use an existing ${what} id, or add the entry to ${where}.`;
}

/** Components the facilitator pack gathers one by one (src/build/pack.ts): they cannot nest. */
const PACK_ITEMS = ['Scenario', 'Reflect', 'KnowledgeCheck', 'TrainerNote'];

/** Link targets that may appear in lesson text: https, mail, phone (only through <Contact>), in-site paths and anchors. */
const SAFE_LINK = /^(?:https:\/\/|mailto:|\/(?!\/)|#|\.{0,2}\/)/i;

/**
 * Every component in a file against its props schema; unknown components; content between the
 * tags; ids that must exist in a data file (when `known` is given); link targets.
 * @param {string} file
 * @param {import('./mdx.mjs').MdxFile} mdx
 * @param {KnownIds} [known]
 * @returns {Finding[]}
 */
export function checkComponents(file, mdx, known) {
  /** @type {Finding[]} */
  const findings = [];
  const error = (/** @type {number} */ line, /** @type {string} */ message, rule = 'component') => findings.push({ file, line, rule, level: 'error', message });
  if (mdx.syntaxError) {
    const [line] = mdx.syntaxError.split(':');
    error(Number(line) || 1, `the MDX cannot be read: ${mdx.syntaxError.replace(/^[^:]*:[^:]*: /, '')}. Check that every component tag is closed (<Scenario ...> needs </Scenario>, <Contact ... /> ends with />) and that braces { } match.`, 'mdx');
    return findings;
  }
  const names = Object.keys(COMPONENTS);
  for (const use of mdx.components) {
    if (!/^[A-Z]/.test(use.name)) continue;
    const spec = COMPONENTS[use.name];
    if (!spec) {
      const guess = closest(use.name, names);
      error(use.line, `<${use.name}> is not a component authors can use.${guess ? ` Did you mean <${guess}>?` : ''} Use one of ${names.map((n) => `<${n}>`).join(', ')} (see content/AUTHORING.md, "Components"); they need no import.`);
      continue;
    }
    const help = PROP_HELP[use.name] ?? {};
    /** @type {Record<string, unknown>} */
    const props = {};
    /** @type {Record<string, number>} */
    const propLines = {};
    for (const prop of use.props) {
      if (prop.kind === 'spread') {
        error(prop.line, `<${use.name}> has a {...spread} of props; write each prop out, for example ${Object.keys(help)[0] ?? 'title'}="...".`);
        continue;
      }
      if (prop.value === NOT_LITERAL) {
        error(prop.line, `<${use.name} ${prop.name}> is not written as plain text, numbers, true/false or lists of those, so it cannot be checked; ${help[prop.name]?.fix ?? 'write the value out in full'}.`);
        continue;
      }
      props[prop.name] = prop.value;
      propLines[prop.name] = prop.line;
    }
    const lineOf = (/** @type {(string | number)[]} */ path) => {
      const [first, index, key] = path;
      const top = propLines[String(first)] ?? use.line;
      if (index === undefined) return top;
      const item = /** @type {unknown[] | undefined} */ (props[String(first)])?.[Number(index)];
      const lines = linesOf(item);
      return (key !== undefined ? lines?.keys[String(key)] : undefined) ?? lines?.line ?? top;
    };
    const parsed = spec.props.safeParse(props, { errorMap: () => ({ message: '' }) });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
          for (const key of issue.keys) {
            const takes = Object.keys(help);
            const guess = closest(key, takes);
            error(propLines[key] ?? use.line, `<${use.name}> has no prop "${key}".${guess ? ` Did you mean "${guess}"?` : ''} ${takes.length ? `It takes ${takes.filter((t) => !['text', 'feedback', 'correct'].includes(t)).join(', ')}.` : 'It takes no props.'}`);
          }
          continue;
        }
        const label = `<${use.name} ${issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')}>`;
        error(lineOf(/** @type {(string | number)[]} */ (issue.path)), issueMessage(issue, props, label, help));
      }
      // Zod skips the one-right-answer rule when an option is malformed (correct: "false"); the
      // author needs both messages, since the quoted "false" is often the answer marked by mistake.
      const answered = parsed.error.issues.some((i) => i.code === 'custom' && i.path.join('.') === 'options');
      if (use.name === 'KnowledgeCheck' && !answered && Array.isArray(props['options']) && props['options'].length >= 2) {
        const message = correctAnswerProblem(props['options']);
        if (message) error(propLines['options'] ?? use.line, `<KnowledgeCheck options> ${message}.`);
      }
    }
    const outer = use.inside.findLast((name) => PACK_ITEMS.includes(name));
    if (PACK_ITEMS.includes(use.name) && outer) {
      error(use.line, `<${use.name}> is inside <${outer}>. The facilitator pack lists each scenario, reflection, knowledge check and trainer note on its own: move it out, after </${outer}>.`);
    }
    if (spec.children === 'none' && use.hasChildren) error(use.line, `<${use.name}> takes no content between tags; write it as one self-closing tag, <${use.name} ... />.`);
    if (spec.children === 'required' && !use.hasChildren) error(use.line, `<${use.name}> is empty; write its content between <${use.name}> and </${use.name}>.`);
  }
  if (known) {
    for (const { component, where, what, key } of COMPONENT_REFERENCES) {
      const ids = known[/** @type {keyof KnownIds} */ (key)] ?? [];
      for (const { id, line } of componentIds(mdx, component)) {
        if (!ids.includes(id)) error(line, unknownIdMessage(`<${component} id>`, id, where, ids, what), 'reference');
      }
    }
  }
  for (const link of mdx.links) {
    if (!SAFE_LINK.test(link.url)) {
      error(link.line, `the link ${showValue(link.url)} is not a safe web address; write the full address starting with https://, or a path on this site starting with /. Phone numbers and email for services go through <Contact id="..." />.`, 'link');
    }
  }
  return findings;
}

/**
 * The writing rules that apply to every MDX file: phone numbers, avoided terms and, where the
 * file has one, the review date.
 * @param {string} file
 * @param {import('./mdx.mjs').MdxFile} mdx
 * @param {string} today
 * @param {SafetyRuleWords[]} safetyRules
 * @returns {Finding[]}
 */
function writingFindings(file, mdx, today, safetyRules) {
  /** @type {Finding[]} */
  const findings = [];
  for (const segment of mdx.visible) {
    for (const { index, number } of findPhoneNumbers(segment.text)) {
      findings.push({ file, line: lineAt(mdx.source, segment.offset + index), rule: 'phone-number', level: 'error', message: `"${number}" is a phone number typed into the text. Numbers live once in content/contacts.yaml: show this one with <Contact id="..." variant="inline" />.` });
    }
  }
  const segments = [...frontmatterSegments(mdx.source, mdx.data), ...mdx.visible];
  for (const term of findAvoidedTerms(segments)) findings.push({ file, line: lineAt(mdx.source, term.offset), rule: term.rule, level: 'error', message: term.message });
  for (const problem of findSafetyRuleProblems(textOf(mdx.countable, mdx.source), safetyRules, shownSafetyRules(mdx), keyPointRanges(mdx))) {
    findings.push({ file, line: lineAt(mdx.source, problem.offset), rule: 'safety-rule', level: 'error', message: problem.message });
  }
  if ('reviewDue' in mdx.data) findings.push(...checkReviewDue(file, mdx.data['reviewDue'], today));
  return findings;
}

/**
 * Lints a module overview or a stand-alone page: its frontmatter, components, phone numbers,
 * avoided terms, shared safety rules and review date.
 * @param {{ file: string, source: string, today: string, kind?: 'module' | 'page', known?: KnownIds, safetyRules?: SafetyRuleWords[] }} input
 * @returns {Finding[]}
 */
export function lintDocument({ file, source, today, kind, known, safetyRules = [] }) {
  const mdx = readMdx(source);
  return [...(kind ? checkFrontmatter(file, mdx, kind) : []), ...checkComponents(file, mdx, known), ...writingFindings(file, mdx, today, safetyRules)];
}

/** A verdict the site already shows beside each option ("Correct." / "Not quite."), at the start of feedback. */
export const FEEDBACK_VERDICT = /^\s*(correct|incorrect|yes|no|not quite|right|wrong|exactly|true|false)\s*[.:,;!—–-]/i;

/**
 * Knowledge-check feedback that starts with its own verdict: learners would read "Correct. Correct.".
 * @param {string} file
 * @param {import('./mdx.mjs').MdxFile} mdx
 * @returns {Finding[]}
 */
export function checkFeedbackVerdicts(file, mdx) {
  /** @type {Finding[]} */
  const findings = [];
  for (const use of mdx.components.filter((c) => c.name === 'KnowledgeCheck')) {
    const prop = use.props.find((p) => p.name === 'options');
    if (!prop || !Array.isArray(prop.value)) continue;
    prop.value.forEach((option, i) => {
      const feedback = option && typeof option === 'object' ? /** @type {Record<string, unknown>} */ (option)['feedback'] : undefined;
      const verdict = typeof feedback === 'string' ? FEEDBACK_VERDICT.exec(feedback) : null;
      if (verdict) {
        findings.push({ file, line: prop.line, rule: 'feedback-verdict', level: 'error', message: `<KnowledgeCheck options[${i}].feedback> starts with its own verdict "${verdict[0].trim()}". The site already says "Correct." or "Not quite." beside it, so learners would read it twice: start with the reason instead.` });
      }
    });
  }
  return findings;
}

/**
 * Plain English (CURRICULUM.md; issue 14): acronyms defined at first use, a content note that
 * names self-harm or suicide when the lesson discusses them, and a reading age of about 12 to 14
 * for lessons volunteers take (a warning: the formula is an estimate, the writer decides).
 * @param {string} file
 * @param {import('./mdx.mjs').MdxFile} mdx
 * @returns {Finding[]}
 */
export function plainEnglishFindings(file, mdx) {
  /** @type {Finding[]} */
  const findings = [];
  const visible = textOf(mdx.visible, mdx.source);
  const termTexts = new Set(mdx.components.filter((c) => c.name === 'Term').map((c) => mdx.source.slice(c.start, c.end).replace(/<[^>]*>/g, '').trim()));
  const inHeading = (/** @type {number} */ offset) => /^#{1,6}\s/.test(mdx.source.slice(mdx.source.lastIndexOf('\n', offset) + 1));
  for (const { acronym, offset } of undefinedAcronyms(visible, termTexts, inHeading)) {
    findings.push({ file, line: lineAt(mdx.source, offset), rule: 'acronym', level: 'error', message: `"${acronym}" is used without saying what it stands for. Spell it out at its first use in this lesson, with the short form in brackets ("designated safeguarding lead (DSL)"), or the other way round ("DSL (designated safeguarding lead)"), or wrap it in <Term id="...">${acronym}</Term>.` });
  }
  const selfHarm = missingSelfHarmNote(visible, mdx.data['contentNote']);
  if (selfHarm) {
    findings.push({ file, line: lineAt(mdx.source, selfHarm.offset), rule: 'content-note', level: 'error', message: `mentions "${selfHarm.words}", but its contentNote does not say so. Add to contentNote, for example "It mentions self-harm.", so readers who need to can prepare or skip it.` });
  }
  const audiences = mdx.data['audiences'];
  if (Array.isArray(audiences) && audiences.includes('volunteer')) {
    const { age } = readingAge(textOf(mdx.countable, mdx.source));
    if (age > VOLUNTEER_READING_AGE) {
      findings.push({ file, rule: 'reading-age', level: 'warning', message: `reads at about age ${age} (Flesch-Kincaid grade + 5); lessons for volunteers should read at about age 12 to ${VOLUNTEER_READING_AGE}. Use shorter sentences and more common words.` });
    }
  }
  return findings;
}

/** Rules a draft lesson may still break: the lint warns instead of failing until `draft: true` is removed. */
const UNFINISHED_RULES = new Set(['knowledge-checks', 'length', 'review-due', 'change-log']);

/**
 * Lints a lesson: every document rule, plus its frontmatter, knowledge checks and length.
 * @param {{ file: string, source: string, today: string, known?: KnownIds, safetyRules?: SafetyRuleWords[] }} input
 * @returns {{ findings: Finding[], words: number, readingAge: number }}
 */
export function lintLesson({ file, source, today, known, safetyRules = [] }) {
  const mdx = readMdx(source);
  const findings = [...checkFrontmatter(file, mdx, 'lesson'), ...checkComponents(file, mdx, known), ...writingFindings(file, mdx, today, safetyRules), ...checkFeedbackVerdicts(file, mdx), ...checkChangeLog(file, mdx, today)];
  const checks = mdx.components.filter((c) => c.name === 'KnowledgeCheck').length;
  if (checks < MIN_KNOWLEDGE_CHECKS) {
    findings.push({ file, rule: 'knowledge-checks', level: 'error', message: `has ${checks} <KnowledgeCheck> question${checks === 1 ? '' : 's'}; give at least ${MIN_KNOWLEDGE_CHECKS} under "## Check your understanding".` });
  }
  const words = countWords(mdx.countable.map((s) => s.text).join('\n\n'));
  const range = `${LENGTH.targetMin} to ${LENGTH.targetMax}`;
  if (words < LENGTH.min || words > LENGTH.max) {
    findings.push({ file, rule: 'length', level: 'error', message: `has ${words} words of body text; CURRICULUM.md asks for about ${range}, and the lint fails below ${LENGTH.min} or above ${LENGTH.max}. ${words < LENGTH.min ? 'Add to the body' : 'Split the lesson or cut the body'}.` });
  } else if (words < LENGTH.targetMin || words > LENGTH.targetMax) {
    findings.push({ file, rule: 'length', level: 'warning', message: `has ${words} words of body text; CURRICULUM.md asks for about ${range}.` });
  }
  findings.push(...plainEnglishFindings(file, mdx));
  if (mdx.data['draft'] === true) {
    for (const f of findings) {
      if (f.level === 'error' && UNFINISHED_RULES.has(f.rule)) Object.assign(f, { level: 'warning', message: `${f.message} (This is a draft: fix it before you remove "draft: true".)` });
    }
  }
  return { findings, words, readingAge: readingAge(textOf(mdx.countable, mdx.source)).age };
}

/**
 * One line per finding: "file:line: error [rule] message".
 * @param {Finding} f
 */
export function formatFinding(f) {
  return `${f.file}${f.line ? `:${f.line}` : ''}: ${f.level} [${f.rule}] ${f.message}`;
}

/**
 * Every page with a review date, soonest first, with how many days are left.
 * @param {{ file: string, title: string, kind: string, lastReviewed: unknown, reviewDue: unknown }[]} pages
 * @param {string} today
 */
export function reviewSchedule(pages, today) {
  return pages
    .map((p) => {
      const due = isoDate(p.reviewDue) ?? '';
      const days = due ? daysUntil(due, today) : Number.NEGATIVE_INFINITY;
      const status = !due ? 'no date' : days < 0 ? 'OVERDUE' : days <= REVIEW_WARNING_DAYS ? 'due soon' : 'ok';
      return { ...p, lastReviewed: isoDate(p.lastReviewed) ?? '', reviewDue: due, days, status };
    })
    .sort((a, b) => a.days - b.days || a.file.localeCompare(b.file));
}
