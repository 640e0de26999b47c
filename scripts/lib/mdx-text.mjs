// @ts-check
/**
 * Reads the text a learner sees out of an MDX lesson, without an MDX parser: the content lint
 * needs only words and where they are, and a small scanner that understands JSX tags (quoted
 * strings and nested `{...}` expressions in props) is enough for the components authors use.
 *
 * Removed text is replaced by spaces, never cut out, so every offset and line number in the
 * result still points at the same place in the file.
 */
import { parse as parseYaml } from 'yaml';

/** Components whose whole block is left out of the word count (trainer-only or quiz text). */
export const UNCOUNTED_BLOCKS = ['TrainerNote', 'KnowledgeCheck'];

/** Props whose string values are read by learners (a question, an option, its feedback, a title). */
export const TEXT_PROPS = ['question', 'text', 'feedback', 'title', 'label'];

/**
 * @typedef {object} TextSegment
 * @property {string} text   the words, with markup blanked
 * @property {number} offset where the segment starts in the file
 */

/**
 * @typedef {object} MdxText
 * @property {Record<string, unknown>} data  the frontmatter
 * @property {string} countable  body prose for the word count: tags, props, expressions, TrainerNote and KnowledgeCheck blocks blanked
 * @property {TextSegment[]} visible  every piece of text a reader sees (prose paragraphs, component children, text props), in file order
 * @property {Record<string, number>} components  how many times each component is opened
 * @property {string} source  the whole file, for line numbers
 */

/**
 * The line (from 1) of an offset in a text.
 * @param {string} source
 * @param {number} offset
 */
export function lineAt(source, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Replaces chars[start, end) with spaces, keeping newlines.
 * @param {string[]} chars
 * @param {number} start
 * @param {number} end
 */
function blank(chars, start, end) {
  for (let i = start; i < end; i++) if (chars[i] !== '\n') chars[i] = ' ';
}

/**
 * The end of a quoted string starting at `start` (the quote): the index after the closing quote.
 * @param {string} source
 * @param {number} start
 */
function skipString(source, start) {
  const quote = source[start];
  let i = start + 1;
  while (i < source.length && source[i] !== quote) i += source[i] === '\\' ? 2 : 1;
  return i + 1;
}

/**
 * The end of a `{...}` expression starting at `start`, honouring nested braces and strings.
 * @param {string} source
 * @param {number} start
 */
function skipExpression(source, start) {
  let depth = 0;
  let i = start;
  while (i < source.length) {
    const c = source[i];
    if (c === '"' || c === "'" || c === '`') {
      i = skipString(source, i);
      continue;
    }
    if (c === '{') depth++;
    if (c === '}' && --depth === 0) return i + 1;
    i++;
  }
  return i;
}

/**
 * @typedef {object} Tag
 * @property {string} name
 * @property {number} start
 * @property {number} end          index after the closing `>`
 * @property {boolean} closing     `</Name>`
 * @property {boolean} selfClosing `<Name ... />`
 * @property {{ start: number, end: number }[]} textProps  the inner range of each learner-facing string prop
 */

/**
 * Reads one JSX tag starting at `start` (a `<`), or returns undefined when it is not one.
 * @param {string} source
 * @param {number} start
 * @returns {Tag | undefined}
 */
function readTag(source, start) {
  const match = /^<(\/?)([A-Za-z][\w.]*)/.exec(source.slice(start, start + 80));
  if (!match) return undefined;
  const closing = match[1] === '/';
  const name = match[2] ?? '';
  /** @type {{ start: number, end: number }[]} */
  const textProps = [];
  let i = start + match[0].length;
  while (i < source.length) {
    const c = source[i];
    if (c === '>') return { name, start, end: i + 1, closing, selfClosing: false, textProps };
    if (c === '/' && source[i + 1] === '>') return { name, start, end: i + 2, closing, selfClosing: true, textProps };
    if (c === '"' || c === "'") {
      const end = skipString(source, i);
      const prop = /([\w-]+)\s*=\s*$/.exec(source.slice(Math.max(start, i - 40), i));
      if (prop && TEXT_PROPS.includes(prop[1] ?? '')) textProps.push({ start: i + 1, end: end - 1 });
      i = end;
      continue;
    }
    if (c === '{') {
      const end = skipExpression(source, i);
      // Text inside a props expression, e.g. options={[{ text: "...", feedback: "..." }]}.
      const keyed = new RegExp(`\\b(?:${TEXT_PROPS.join('|')})\\s*:\\s*("(?:[^"\\\\]|\\\\.)*"|'(?:[^'\\\\]|\\\\.)*')`, 'g');
      for (const m of source.slice(i, end).matchAll(keyed)) {
        const valueStart = i + (m.index ?? 0) + m[0].length - (m[1] ?? '').length;
        textProps.push({ start: valueStart + 1, end: valueStart + (m[1] ?? '').length - 1 });
      }
      i = end;
      continue;
    }
    i++;
  }
  return undefined;
}

/**
 * Splits the frontmatter from the body; the body keeps its offset in the file.
 * @param {string} source
 */
export function splitFrontmatter(source) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return { data: {}, bodyStart: 0 };
  const parsed = parseYaml(match[1] ?? '');
  /** @type {Record<string, unknown>} */
  const data = parsed && typeof parsed === 'object' ? /** @type {Record<string, unknown>} */ (parsed) : {};
  return { data, bodyStart: match[0].length };
}

/**
 * Splits blanked text into paragraphs (runs of text between blank lines), with offsets.
 * @param {string} blanked
 * @param {number} from
 * @param {number} to
 */
function paragraphs(blanked, from, to) {
  /** @type {TextSegment[]} */
  const found = [];
  const pattern = /\S[\s\S]*?(?=\n[ \t]*\n|$)/g;
  const text = blanked.slice(from, to);
  for (const m of text.matchAll(pattern)) found.push({ text: m[0], offset: from + (m.index ?? 0) });
  return found;
}

/**
 * Reads an MDX file into the text a learner sees and the prose to count.
 * @param {string} source
 * @returns {MdxText}
 */
export function readMdx(source) {
  const { data, bodyStart } = splitFrontmatter(source);
  // split(''), not [...source]: offsets are UTF-16 code units, as in every other string method.
  const visibleChars = source.split('');
  blank(visibleChars, 0, bodyStart);
  /** @type {Record<string, number>} */
  const components = {};
  /** @type {{ start: number, end: number }[]} */
  const uncounted = [];
  /** @type {TextSegment[]} */
  const propSegments = [];
  /** @type {{ name: string, start: number }[]} */
  const open = [];

  let i = bodyStart;
  while (i < source.length) {
    const c = source[i];
    if (c === '`' && source.startsWith('```', i)) {
      // A fenced code block is shown as code, not prose: leave it out.
      const close = source.indexOf('\n```', i + 3);
      const end = close === -1 ? source.length : source.indexOf('\n', close + 4) === -1 ? source.length : source.indexOf('\n', close + 4);
      blank(visibleChars, i, end);
      i = end;
      continue;
    }
    if (c === '{') {
      const end = skipExpression(source, i);
      blank(visibleChars, i, end);
      i = end;
      continue;
    }
    if (c === '<') {
      const tag = readTag(source, i);
      if (tag) {
        blank(visibleChars, tag.start, tag.end);
        for (const p of tag.textProps) {
          propSegments.push({ text: source.slice(p.start, p.end), offset: p.start });
        }
        const isComponent = /^[A-Z]/.test(tag.name);
        if (isComponent && !tag.closing) components[tag.name] = (components[tag.name] ?? 0) + 1;
        if (isComponent && UNCOUNTED_BLOCKS.includes(tag.name)) {
          if (tag.selfClosing) uncounted.push({ start: tag.start, end: tag.end });
          else if (!tag.closing) open.push({ name: tag.name, start: tag.start });
          else {
            const index = open.map((o) => o.name).lastIndexOf(tag.name);
            if (index !== -1) {
              uncounted.push({ start: open[index]?.start ?? tag.start, end: tag.end });
              open.splice(index, 1);
            }
          }
        }
        i = tag.end;
        continue;
      }
    }
    i++;
  }

  const visibleText = visibleChars.join('');
  const countableChars = visibleText.split('');
  for (const range of uncounted) blank(countableChars, range.start, range.end);
  // An unclosed block is left out to the end of the file; the build reports the broken MDX itself.
  for (const o of open) blank(countableChars, o.start, source.length);

  const visible = [...paragraphs(visibleText, bodyStart, source.length), ...propSegments].sort((a, b) => a.offset - b.offset);
  return { data, countable: countableChars.join(''), visible, components, source };
}

/**
 * Counts the words in prose: Markdown markers, table rules and link targets are not words; a
 * word is a run of letters or digits (with inner apostrophes, hyphens and number separators).
 * @param {string} text
 */
export function countWords(text) {
  const plain = text
    .replace(/\]\([^)]*\)/g, ' ') // link targets
    .replace(/&[a-z]+;|&#\d+;/gi, ' '); // entities
  return (plain.match(/[\p{L}\p{N}]+(?:['’.,:-][\p{L}\p{N}]+)*/gu) ?? []).length;
}
