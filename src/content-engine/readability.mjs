// @ts-check
/**
 * Plain-English checks the content lint runs on lessons (issue 14, CURRICULUM.md "how content is
 * written"): a reading-age estimate for lessons volunteers take, acronyms defined at first use,
 * and a content note that names self-harm or suicide when the lesson discusses them.
 * Pure functions over text, so the unit tests pin each message.
 */

/** Volunteer lessons should read at about age 12 to 14: above this reading age the lint warns. */
export const VOLUNTEER_READING_AGE = 14;

/**
 * Syllables in an English word, by the usual vowel-group estimate (good enough for a reading
 * formula: it is what readability tools do).
 * @param {string} word
 */
export function syllables(word) {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

/**
 * Reading age (years) from the Flesch-Kincaid grade level: grade + 5, the UK convention.
 * Bullet points and headings count as sentences of their own.
 * @param {string} text prose only (no code, components or frontmatter)
 * @returns {{ age: number, words: number, sentences: number }}
 */
export function readingAge(text) {
  const plain = text.replace(/\]\([^)]*\)/g, ' ').replace(/[#*_>`|]/g, ' ');
  const sentences = plain
    .split(/(?<=[.!?:;])\s+|\n\s*\n|\n\s*[-*\d]/)
    .map((s) => s.match(/[A-Za-z]+(?:['’-][A-Za-z]+)*/g) ?? [])
    .filter((words) => words.length > 0);
  const words = sentences.flat();
  if (words.length === 0) return { age: 0, words: 0, sentences: 0 };
  const syllableCount = words.reduce((sum, w) => sum + w.split(/[-]/).reduce((s, part) => s + syllables(part), 0), 0);
  const grade = 0.39 * (words.length / sentences.length) + 11.8 * (syllableCount / words.length) - 15.59;
  return { age: Math.round((grade + 5) * 10) / 10, words: words.length, sentences: sentences.length };
}

/** Capitalised short forms that need no definition. */
export const WELL_KNOWN = new Set([
  ...['UK', 'TV', 'OK', 'PDF', 'URL', 'USA', 'US', 'EU', 'ID', 'PIN', 'SMS', 'GP', 'II', 'III', 'IV', 'AM', 'PM', 'PE', 'IT', 'BBC', 'FAQ', 'NHS', 'HM'],
  // names that are the organisation's or product's own, not abbreviations readers need spelled out
  ...['ECPAT', 'INEQE', 'LIVE'],
]);

/**
 * Acronyms whose first use in the text is not defined. Defined means the same sentence spells it
 * out in brackets next to it ("the designated safeguarding lead (DSL)" or "DSL (designated
 * safeguarding lead)"), or the acronym is part of the text of a glossary term (`<Term>`), whose
 * definition the page links to.
 * @param {string} text the lesson's prose laid out at file offsets (see textOf)
 * @param {Set<string>} [termTexts] texts wrapped in <Term> in this lesson
 * @param {(offset: number) => boolean} [inHeading] true where the text is a heading: an acronym in a
 *   heading is defined in the text below it
 * @returns {{ acronym: string, offset: number }[]}
 */
export function undefinedAcronyms(text, termTexts = new Set(), inHeading = () => false) {
  /** @type {{ acronym: string, offset: number }[]} */
  const found = [];
  const seen = new Set();
  for (const m of text.matchAll(/(?<![\w-])([A-Z][A-Z0-9]{1,6})(s?)(?![\w-])/g)) {
    const acronym = m[1] ?? '';
    if (seen.has(acronym) || WELL_KNOWN.has(acronym) || !/[A-Z].*[A-Z]/.test(acronym)) continue;
    const at = m.index ?? 0;
    if (inHeading(at)) continue;
    seen.add(acronym);
    const before = text.slice(Math.max(0, at - 4), at);
    const after = text.slice(at + m[0].length, at + m[0].length + 5);
    const bracketed = /\([*_]*$/.test(before) || /^[+*_]*\s*\(/.test(after) || /^[+*_]*\)/.test(after);
    const inTerm = [...termTexts].some((t) => new RegExp(`\\b${acronym}\\b`).test(t));
    const govUk = acronym === 'GOV' && text.slice(at + 3, at + 6) === '.UK';
    if (bracketed || inTerm || govUk) continue;
    found.push({ acronym, offset: at });
  }
  return found;
}

/** Words that mean a lesson discusses self-harm or suicide. */
const SELF_HARM = /\b(self-harm\w*|harm(?:ing)? themselves|suicid\w*)\b/i;

/**
 * When the lesson's prose discusses self-harm or suicide, its content note must say so.
 * @param {string} text prose
 * @param {unknown} contentNote
 * @returns {{ offset: number, words: string } | undefined}
 */
export function missingSelfHarmNote(text, contentNote) {
  const m = SELF_HARM.exec(text);
  if (!m) return undefined;
  if (typeof contentNote === 'string' && /self-harm|suicid|harm(?:ing)? themselves/i.test(contentNote)) return undefined;
  return { offset: m.index, words: m[0] };
}
