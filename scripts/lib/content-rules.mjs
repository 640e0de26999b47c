// @ts-check
/**
 * The content lint's rules, as pure functions over a file's text and today's date, so unit tests
 * can feed them broken lessons and pin every message. CURRICULUM.md is the source of each rule;
 * scripts/lint-content.mjs runs them over content/.
 */
import { countWords, lineAt, readMdx } from './mdx-text.mjs';

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
 * Body length in words of prose (see countWords and UNCOUNTED_BLOCKS in mdx-text.mjs).
 * CURRICULUM.md asks for "about 800 to 1,500". Lessons with a long scenario run a little over,
 * so above TARGET_MAX is a warning, and only a lesson far outside the range fails.
 */
export const LENGTH = { min: 600, targetMin: 800, targetMax: 1500, max: 2000 };
export const OUTCOMES = { min: 2, max: 4 };
export const MIN_KNOWLEDGE_CHECKS = 3;
export const MIN_SOURCES = 2;
/** Days before reviewDue when the lint starts to warn. */
export const REVIEW_WARNING_DAYS = 60;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * "2027-11-29" from a Date or a YAML date string; undefined when it is neither.
 * @param {unknown} value
 * @returns {string | undefined}
 */
export function isoDate(value) {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return value.trim();
  return undefined;
}

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

/** Words that make a bare 3-digit service number a number to dial, not a figure. */
const DIAL_WORDS = /\b(?:call|calling|dial|dialling|ring|phone|telephone|on|number|or)\s+$/i;

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
  // 999 and 112 always mean an emergency call; 101 and 111 only after a word such as "call" or "on".
  for (const m of text.matchAll(/(?<![\w.,£$/-])(999|112|101|111)(?![\w%]|[.,]\d)/g)) {
    const always = m[1] === '999' || m[1] === '112';
    if (always || DIAL_WORDS.test(text.slice(Math.max(0, (m.index ?? 0) - 20), m.index))) found.push({ index: m.index ?? 0, number: m[0] });
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
 * @param {string} source
 */
function keyPointRanges(source) {
  return [...source.matchAll(/<KeyPoints\b[\s\S]*?<\/KeyPoints>/g)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** The ids of every <SafetyRule id="..."> in a source text. */
export function shownSafetyRules(/** @type {string} */ source) {
  return new Set([...source.matchAll(/<SafetyRule\b[^>]*?\bid=["']([^"']*)["']/g)].map((m) => m[1] ?? ''));
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
 * @returns {{ offset: number, message: string }[]}
 */
export function findSafetyRuleProblems(prose, rules, shown, summaries = []) {
  const text = normalise(prose);
  const inSummary = (/** @type {number} */ offset) => summaries.some((r) => offset >= r.start && offset < r.end);
  /** @type {{ offset: number, message: string }[]} */
  const found = [];
  for (const rule of rules) {
    const tag = `<SafetyRule id="${rule.id}" />`;
    if (!shown.has(rule.id)) {
      const first = rule.situation.flatMap((phrase) => phraseIndexes(text, phrase).map((offset) => ({ offset, phrase }))).sort((a, b) => a.offset - b.offset)[0];
      if (first) {
        found.push({ offset: first.offset, message: `"${first.phrase}" meets the situation of the shared rule "${rule.id}", but the file does not show it. Add ${tag} where the scenario or section needs it; its words are in content/safety-rules.yaml.` });
      }
    }
    for (const phrase of rule.restated) {
      for (const offset of phraseIndexes(text, phrase).filter((o) => !inSummary(o))) {
        found.push({ offset, message: `"${phrase}" restates the shared rule "${rule.id}" in the file's own words. Remove it and show ${tag} instead, so the rule reads the same everywhere (content/safety-rules.yaml).` });
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

/**
 * The rules that apply to every MDX file: phone numbers, avoided terms and, where the file has
 * one, the review date.
 * @param {string} file
 * @param {ReturnType<typeof readMdx>} mdx
 * @param {string} today
 * @param {SafetyRuleWords[]} safetyRules
 * @returns {Finding[]}
 */
function documentFindings(file, mdx, today, safetyRules) {
  /** @type {Finding[]} */
  const findings = [];
  for (const segment of mdx.visible) {
    for (const { index, number } of findPhoneNumbers(segment.text)) {
      findings.push({ file, line: lineAt(mdx.source, segment.offset + index), rule: 'phone-number', level: 'error', message: `"${number}" is a phone number typed into the text. Numbers live once in content/contacts.yaml: show this one with <Contact id="..." variant="inline" />.` });
    }
  }
  const segments = [...frontmatterSegments(mdx.source, mdx.data), ...mdx.visible];
  for (const term of findAvoidedTerms(segments)) findings.push({ file, line: lineAt(mdx.source, term.offset), rule: term.rule, level: 'error', message: term.message });
  for (const problem of findSafetyRuleProblems(mdx.countable, safetyRules, shownSafetyRules(mdx.source), keyPointRanges(mdx.source))) {
    findings.push({ file, line: lineAt(mdx.source, problem.offset), rule: 'safety-rule', level: 'error', message: problem.message });
  }
  if ('reviewDue' in mdx.data) findings.push(...checkReviewDue(file, mdx.data['reviewDue'], today));
  return findings;
}

/**
 * Lints a module overview or a stand-alone page: phone numbers, avoided terms, shared safety
 * rules, review date.
 * @param {{ file: string, source: string, today: string, safetyRules?: SafetyRuleWords[] }} input
 * @returns {Finding[]}
 */
export function lintDocument({ file, source, today, safetyRules = [] }) {
  return documentFindings(file, readMdx(source), today, safetyRules);
}

/**
 * Lints a lesson: every document rule, plus its outcomes, knowledge checks, sources and length.
 * @param {{ file: string, source: string, today: string, safetyRules?: SafetyRuleWords[] }} input
 * @returns {{ findings: Finding[], words: number }}
 */
export function lintLesson({ file, source, today, safetyRules = [] }) {
  const mdx = readMdx(source);
  const findings = documentFindings(file, mdx, today, safetyRules);
  const count = (/** @type {unknown} */ value) => (Array.isArray(value) ? value.length : 0);

  const outcomes = count(mdx.data['outcomes']);
  if (outcomes < OUTCOMES.min || outcomes > OUTCOMES.max) {
    findings.push({ file, rule: 'outcomes', level: 'error', message: `has ${outcomes} learning outcome${outcomes === 1 ? '' : 's'}; give ${OUTCOMES.min} to ${OUTCOMES.max}, each starting with a verb a trainer can assess.` });
  }
  const checks = mdx.components['KnowledgeCheck'] ?? 0;
  if (checks < MIN_KNOWLEDGE_CHECKS) {
    findings.push({ file, rule: 'knowledge-checks', level: 'error', message: `has ${checks} <KnowledgeCheck> question${checks === 1 ? '' : 's'}; give at least ${MIN_KNOWLEDGE_CHECKS} under "## Check your understanding".` });
  }
  const sources = count(mdx.data['sources']);
  if (sources < MIN_SOURCES) {
    findings.push({ file, rule: 'sources', level: 'error', message: `cites ${sources} source${sources === 1 ? '' : 's'}; list at least ${MIN_SOURCES} ids from content/references.yaml in "sources".` });
  }
  const words = countWords(mdx.countable);
  const range = `${LENGTH.targetMin} to ${LENGTH.targetMax}`;
  if (words < LENGTH.min || words > LENGTH.max) {
    findings.push({ file, rule: 'length', level: 'error', message: `has ${words} words of body text; CURRICULUM.md asks for about ${range}, and the lint fails below ${LENGTH.min} or above ${LENGTH.max}. ${words < LENGTH.min ? 'Add to the body' : 'Split the lesson or cut the body'}.` });
  } else if (words < LENGTH.targetMin || words > LENGTH.targetMax) {
    findings.push({ file, rule: 'length', level: 'warning', message: `has ${words} words of body text; CURRICULUM.md asks for about ${range}.` });
  }
  return { findings, words };
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
