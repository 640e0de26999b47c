// @ts-check
/**
 * The one reader of MDX files, shared by the build's validation (src/build/validate.ts) and the
 * content lint (scripts/lint-content.mjs). It parses with the same parser the build uses
 * (micromark through remark-parse, remark-mdx and remark-gfm, as @astrojs/mdx does), so a tag,
 * a prop or a code block is read exactly as the page will be built, and every component and
 * prop keeps its line in the file.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';

/** Components whose whole block is left out of the word count (trainer-only or quiz text). */
export const UNCOUNTED_BLOCKS = ['TrainerNote', 'KnowledgeCheck'];

/** Props whose string values are read by learners (a question, an option, its feedback, a title). */
export const TEXT_PROPS = ['question', 'text', 'feedback', 'title', 'label'];

/** Marks a prop value that is not plain data (a variable, a function call): it cannot be checked. */
export const NOT_LITERAL = Symbol('not a literal');

/**
 * @typedef {object} TextSegment
 * @property {string} text   the source from `offset`, with markup blanked (same length, so index + offset is a place in the file)
 * @property {number} offset where the segment starts in the file
 */

/**
 * @typedef {object} Prop
 * @property {string} name
 * @property {number} line
 * @property {'string' | 'expression' | 'boolean' | 'spread'} kind  `a="x"`, `a={...}`, bare `a`, `{...x}`
 * @property {unknown} value  the value as the component receives it (NOT_LITERAL when it is not plain data)
 */

/**
 * @typedef {object} ComponentUse
 * @property {string} name      e.g. "KnowledgeCheck"
 * @property {number} line
 * @property {Prop[]} props
 * @property {boolean} hasChildren  anything but white space between the tags
 * @property {string[]} inside  the components it sits inside, outermost first
 * @property {number} start  offset of its opening `<` in the file
 * @property {number} end    offset after its closing tag
 */

/**
 * @typedef {object} LinkUse
 * @property {string} url
 * @property {number} line
 */

/**
 * @typedef {object} MdxFile
 * @property {string} source  the whole file
 * @property {Record<string, unknown>} data  the frontmatter
 * @property {number} bodyStart  offset of the body
 * @property {(path: (string | number)[]) => number} frontmatterLine  the file line of a frontmatter field (its parent's when it is missing)
 * @property {ComponentUse[]} components  every component, in file order
 * @property {LinkUse[]} links  every Markdown link and image target
 * @property {TextSegment[]} visible  every piece of text a reader sees, in file order
 * @property {TextSegment[]} countable  prose for the word count: no TrainerNote or KnowledgeCheck, no props
 * @property {string | undefined} syntaxError  "line:column: reason" when the MDX cannot be parsed
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
 * Splits the frontmatter from the body. `data` is the parsed YAML (null for an empty block);
 * `yaml` is its text, which starts on line 2 of the file. The YAML is parsed only when `data` or
 * `error` is first read: the build's validation needs neither.
 * @param {string} source
 * @returns {{ yaml: string | undefined, data: Record<string, unknown>, bodyStart: number, error: { line: number, message: string } | undefined }}
 */
export function splitFrontmatter(source) {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return { yaml: undefined, data: {}, bodyStart: 0, error: undefined };
  const yaml = match[1] ?? '';
  /** @type {{ data: Record<string, unknown>, error: { line: number, message: string } | undefined } | undefined} */
  let parsed;
  const parse = () => {
    if (parsed) return parsed;
    const lineCounter = new LineCounter();
    const doc = parseDocument(yaml, { lineCounter });
    const first = doc.errors[0];
    const error = first ? { line: lineCounter.linePos(first.pos[0]).line + 1, message: first.message.split('\n')[0] ?? '' } : undefined;
    const value = error ? {} : doc.toJS();
    parsed = { data: value && typeof value === 'object' && !Array.isArray(value) ? value : {}, error };
    return parsed;
  };
  return {
    yaml,
    bodyStart: match[0].length,
    get data() {
      return parse().data;
    },
    get error() {
      return parse().error;
    },
  };
}

/**
 * The line (from 1) of the node at `path` in a YAML text; the nearest parent's when the node is
 * missing; 1 when the text is empty or broken.
 * @param {string} yaml
 * @param {(string | number)[]} path
 */
export function yamlLine(yaml, path) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter });
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    const range = node && typeof node === 'object' && 'range' in node ? /** @type {{ range?: [number, number, number] }} */ (node).range : undefined;
    if (range) {
      // A mapping's value: report the key's line ("duration: ten" is on the key's line anyway).
      return lineCounter.linePos(range[0]).line;
    }
  }
  return 1;
}

/**
 * @typedef {{ type: string, value?: unknown, children?: Node[], name?: string | null, attributes?: any[], position?: { start: { line: number, offset?: number }, end: { offset?: number } }, url?: string, data?: any }} Node
 */

/** @type {WeakMap<object, { line: number, keys: Record<string, number> }>} */
const objectLines = new WeakMap();

/**
 * The line of an object or array written in a prop expression, and of each of its keys.
 * @param {unknown} value
 */
export function linesOf(value) {
  return value && typeof value === 'object' ? objectLines.get(value) : undefined;
}

/**
 * Evaluates a prop expression that is plain data: strings, numbers, booleans, null, arrays and
 * objects of those. Anything else (a variable, a call) is NOT_LITERAL.
 * @param {any} node an estree expression
 * @returns {unknown}
 */
function evaluate(node) {
  switch (node?.type) {
    case 'Literal':
      return node.value;
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? node.quasis.map((/** @type {any} */ q) => q.value.cooked).join('') : NOT_LITERAL;
    case 'UnaryExpression': {
      const value = evaluate(node.argument);
      return node.operator === '-' && typeof value === 'number' ? -value : NOT_LITERAL;
    }
    case 'ArrayExpression': {
      const list = node.elements.map((/** @type {any} */ e) => evaluate(e));
      if (list.includes(NOT_LITERAL)) return NOT_LITERAL;
      objectLines.set(list, { line: node.loc?.start.line ?? 0, keys: {} });
      return list;
    }
    case 'ObjectExpression': {
      /** @type {Record<string, unknown>} */
      const object = {};
      /** @type {Record<string, number>} */
      const keys = {};
      for (const p of node.properties) {
        if (p.type !== 'Property' || p.computed) return NOT_LITERAL;
        const key = p.key.type === 'Identifier' ? p.key.name : String(p.key.value);
        const value = evaluate(p.value);
        if (value === NOT_LITERAL) return NOT_LITERAL;
        object[key] = value;
        keys[key] = p.loc?.start.line ?? 0;
      }
      objectLines.set(object, { line: node.loc?.start.line ?? 0, keys });
      return object;
    }
    default:
      return NOT_LITERAL;
  }
}

/**
 * Reads one JSX attribute into a prop.
 * @param {any} attribute
 * @returns {Prop}
 */
function readProp(attribute) {
  const line = attribute.position?.start.line ?? 0;
  if (attribute.type === 'mdxJsxExpressionAttribute') return { name: '...', line, kind: 'spread', value: NOT_LITERAL };
  const name = String(attribute.name);
  const v = attribute.value;
  if (v === null || v === undefined) return { name, line, kind: 'boolean', value: true };
  if (typeof v === 'string') return { name, line, kind: 'string', value: v };
  const statement = v.data?.estree?.body?.[0];
  const value = statement?.type === 'ExpressionStatement' ? evaluate(statement.expression) : NOT_LITERAL;
  return { name, line, kind: 'expression', value };
}

/**
 * @param {Node} node
 * @returns {node is Node & { position: { start: { offset: number }, end: { offset: number } } }}
 */
const placed = (node) => typeof node.position?.start.offset === 'number' && typeof node.position?.end.offset === 'number';

/** Nodes that hold a run of prose: each becomes one text segment. */
const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * Files read so far, by their text. The map lives on globalThis so that every copy of this module
 * in one process shares it: the copy astro.config.mjs loads (whose remark plugin below records
 * each file as the MDX compiler reads it) and the copy bundled into the build's pages (whose
 * validation then finds every file already read, instead of parsing it a second time).
 * @type {Map<string, MdxFile>}
 */
const cache = /** @type {any} */ (globalThis)[Symbol.for('safeguarding-training.mdx-files')] ??= new Map();
/** Enough for a curriculum of several thousand files; the oldest entry goes first beyond it. */
const CACHE_LIMIT = 5_000;

/**
 * The body of an MDX file as the MDX compiler sees it: the frontmatter blanked, newlines kept, so
 * every position in the tree is a position in the file.
 * @param {string} source
 * @param {number} bodyStart
 */
const blankFrontmatter = (source, bodyStart) => source.slice(0, bodyStart).replace(/[^\n]/g, ' ') + source.slice(bodyStart);

/**
 * Reads an MDX file: its frontmatter, every component with its props and line, the text a
 * reader sees and the prose to count. The result is cached by the file's text, so the build's
 * several checks parse each file once, and a file the build's MDX compiler has already parsed
 * (see remarkReadMdx) is not parsed again.
 * @param {string} source
 * @returns {MdxFile}
 */
export function readMdx(source) {
  return cache.get(source) ?? remember(parseMdx(source));
}

/**
 * Whether a file's text has been read already (by readMdx, or by remarkReadMdx in the compiler).
 * @param {string} source
 */
export const alreadyRead = (source) => cache.has(source);

/**
 * readMdx without the cache: parses the file.
 * @param {string} source
 * @returns {MdxFile}
 */
export function parseMdx(source) {
  const front = splitFrontmatter(source);
  const body = blankFrontmatter(source, front.bodyStart);
  let syntaxError;
  /** @type {Node | undefined} */
  let tree;
  try {
    tree = /** @type {Node} */ (/** @type {unknown} */ (unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body)));
  } catch (error) {
    const e = /** @type {{ line?: number, column?: number, place?: { line?: number, column?: number, start?: { line: number, column: number } }, reason?: string, message?: string }} */ (error);
    const reason = e.reason ?? e.message ?? String(error);
    // micromark gives the place only inside the reason: "Expected a closing tag for `<Scenario>` (16:1-16:28)".
    const inReason = /\((\d+):(\d+)-/.exec(reason);
    const at = e.place?.start ?? e.place;
    syntaxError = `${e.line ?? at?.line ?? inReason?.[1] ?? 1}:${e.column ?? at?.column ?? inReason?.[2] ?? 1}: ${reason}`;
  }
  return analyse(source, front, tree, syntaxError);
}

/**
 * A remark plugin for @astrojs/mdx (astro.config.mjs). As the compiler parses a file, it reads the
 * file from the fresh tree, exactly as readMdx would, so the build's validation does not parse
 * every file a second time. It wraps the parser rather than transforming the tree, because the
 * compiler's own plugins, which run first, reshape the tree (a paragraph holding only a component
 * is unwrapped, quotes are made curly). It changes nothing in the page. tests/mdx-reader.test.ts
 * checks that what it records equals readMdx's own reading, file by file.
 * @this {import('unified').Processor}
 * @returns {undefined}
 */
export function remarkReadMdx() {
  const parse = this.parser;
  if (!parse) return;
  /** @type {import('unified').Parser} */
  const parser = (document, file) => {
    const tree = parse(document, file);
    record(document, /** @type {Node} */ (/** @type {unknown} */ (tree)), file.path);
    return tree;
  };
  Object.assign(this, { parser });
}

/**
 * Records the reading of the file at `path`, from the tree the compiler parsed from `document`.
 * @param {string} document
 * @param {Node} tree
 * @param {string | undefined} path
 */
function record(document, tree, path) {
  if (!path) return;
  let source;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    return;
  }
  if (cache.has(source)) return;
  const front = splitFrontmatter(source);
  // Only when the compiler read the same text at the same places (a file saved since, or a
  // frontmatter the compiler split differently, is left to readMdx to parse).
  if (document.length !== source.length || document.slice(front.bodyStart) !== source.slice(front.bodyStart)) return;
  remember(analyse(source, front, tree, undefined));
}

/** @param {MdxFile} file */
function remember(file) {
  cache.set(file.source, file);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
  return file;
}

/**
 * What readMdx returns, from a file's text and its parsed tree.
 * @param {string} source
 * @param {ReturnType<typeof splitFrontmatter>} front
 * @param {Node | undefined} tree
 * @param {string | undefined} syntaxError
 * @returns {MdxFile}
 */
function analyse(source, front, tree, syntaxError) {
  /** @type {ComponentUse[]} */
  const components = [];
  /** @type {LinkUse[]} */
  const links = [];
  /** @type {TextSegment[]} */
  const visible = [];
  /** @type {TextSegment[]} */
  const countable = [];

  /**
   * Copies the text of `node`'s text descendants into `chars` (which covers the segment from `base`).
   * @param {Node} node
   * @param {string[]} chars
   * @param {number} base
   */
  const copyText = (node, chars, base) => {
    if ((node.type === 'text' || node.type === 'inlineCode') && placed(node)) {
      for (let i = node.position.start.offset; i < node.position.end.offset; i++) chars[i - base] = source[i] === '\n' ? '\n' : (source[i] ?? ' ');
      return;
    }
    for (const child of node.children ?? []) copyText(child, chars, base);
  };

  /**
   * @param {Node} node
   * @param {string[]} inside
   */
  const walk = (node, inside) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const props = (node.attributes ?? []).map(readProp);
      const hasChildren = (node.children ?? []).some((c) => !(c.type === 'text' && String(c.value ?? '').trim() === ''));
      components.push({ name: node.name, line: node.position?.start.line ?? 0, props, hasChildren, inside, start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 });
      for (const prop of props) {
        if (prop.kind === 'string' && TEXT_PROPS.includes(prop.name)) {
          const attribute = (node.attributes ?? []).find((a) => a.name === prop.name);
          const start = (attribute?.position?.start.offset ?? 0) + prop.name.length + 2;
          visible.push({ text: source.slice(start, start + String(prop.value).length), offset: start });
        }
        if (prop.kind === 'expression') {
          const attribute = (node.attributes ?? []).find((a) => a.name === prop.name);
          collectTextLiterals(attribute?.value?.data?.estree, TEXT_PROPS.includes(prop.name), visible);
        }
      }
      const nested = /^[A-Z]/.test(node.name) ? [...inside, node.name] : inside;
      for (const child of node.children ?? []) walk(child, nested);
      return;
    }
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && typeof node.url === 'string') {
      links.push({ url: node.url, line: node.position?.start.line ?? 0 });
    }
    if (PROSE_BLOCKS.has(node.type) && placed(node)) {
      const base = node.position.start.offset;
      const chars = Array.from({ length: node.position.end.offset - base }, (_, i) => (source[base + i] === '\n' ? '\n' : ' '));
      copyText(node, chars, base);
      const segment = { text: chars.join(''), offset: base };
      visible.push(segment);
      if (!inside.some((name) => UNCOUNTED_BLOCKS.includes(name))) countable.push(segment);
    }
    for (const child of node.children ?? []) walk(child, inside);
  };
  if (tree) walk(tree, []);
  visible.sort((a, b) => a.offset - b.offset);

  /** @param {(string | number)[]} path */
  const frontmatterLine = (path) => (front.yaml === undefined ? 1 : yamlLine(front.yaml, path) + 1);
  return {
    source,
    get data() {
      return front.data;
    },
    bodyStart: front.bodyStart,
    frontmatterLine,
    components,
    links,
    visible,
    countable,
    syntaxError,
  };
}

/**
 * Pushes the learner-facing string literals of a prop expression (a whole text prop, or the
 * `text`, `feedback`, ... keys of an options list) as text segments.
 * @param {any} estree
 * @param {boolean} wholeIsText
 * @param {TextSegment[]} out
 */
function collectTextLiterals(estree, wholeIsText, out) {
  /** @param {any} node @param {boolean} isText */
  const visit = (node, isText) => {
    if (!node || typeof node !== 'object') return;
    if (node.type === 'Literal' && typeof node.value === 'string' && isText && typeof node.start === 'number') {
      out.push({ text: ' '.repeat(1) + node.value, offset: node.start });
      return;
    }
    if (node.type === 'Property') {
      const key = node.key?.type === 'Identifier' ? node.key.name : node.key?.value;
      visit(node.value, TEXT_PROPS.includes(String(key)));
      return;
    }
    for (const [k, child] of Object.entries(node)) {
      if (k === 'loc' || k === 'range') continue;
      if (Array.isArray(child)) child.forEach((c) => visit(c, isText));
      else if (child && typeof child === 'object' && typeof child.type === 'string') visit(child, isText);
    }
  };
  visit(estree, wholeIsText);
}

/**
 * Every `<Component id="...">` in a file, with its line.
 * @param {MdxFile} mdx
 * @param {string} component
 * @returns {{ id: string, line: number }[]}
 */
export function componentIds(mdx, component) {
  /** @type {{ id: string, line: number }[]} */
  const found = [];
  for (const use of mdx.components) {
    if (use.name !== component) continue;
    const prop = use.props.find((p) => p.name === 'id');
    if (prop && typeof prop.value === 'string') found.push({ id: prop.value, line: prop.line });
  }
  return found;
}

/**
 * The segments laid back into a text as long as the file, everything else blanked (newlines
 * kept), so a match's index is its offset in the file.
 * @param {TextSegment[]} segments
 * @param {string} source
 */
export function textOf(segments, source) {
  const chars = source.replace(/[^\n]/g, ' ').split('');
  for (const { text, offset } of segments) for (let i = 0; i < text.length; i++) chars[offset + i] = text[i] ?? ' ';
  return chars.join('');
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
