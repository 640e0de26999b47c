/**
 * Smart quotes, dashes and ellipses in lessons: remark-smartypants 3.0.3 (MIT, by Mathieu Dutour
 * and contributors), which Astro runs by default, with one change: its second pass, which makes
 * dashes, ellipses and double backticks typographic, runs a full natural-language parse on every
 * text in a page; here it runs only on a text that holds one of those (`--`, `..`, `. .`, ``` `` ```, `''`).
 * A text without them comes out of that pass exactly as it went in, so the pages are the same,
 * byte for byte, in less build time (a quarter of the plugin's time on this curriculum).
 * astro.config.mjs turns Astro's own copy off (markdown.smartypants: false) and runs this one in
 * its place, first after GFM. tests/smartypants.test.ts checks the two give the same text.
 */
import type { Node, Parent } from 'unist';
import { retext } from 'retext';
import smartypants, { type Options } from 'retext-smartypants';
import { visit } from 'unist-util-visit';

type Literal = Node & { value: string };

const VISITED_NODES = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
const IGNORED_HTML_ELEMENTS = new Set(['style', 'script']);
/** Nodes whose text starts fresh: a quote at their start is an opening quote. */
const BLOCK_NODES = new Set(['paragraph', 'heading', 'tableCell']);
/** What the second pass changes: dashes, dotted ellipses and double backticks or quotes. */
const SECOND_PASS = /--|\.\s*\.|``|''/;

const isLiteral = (node: Node): node is Literal => 'value' in node && typeof node.value === 'string';
const isBlock = (node: Node) => BLOCK_NODES.has(node.type);
const check = (node: Node, _index: number | undefined, parent: Parent | undefined) =>
  Boolean(parent) && (parent!.type !== 'mdxJsxTextElement' || ('name' in parent! && typeof parent.name === 'string' && !IGNORED_HTML_ELEMENTS.has(parent.name))) && VISITED_NODES.has(node.type) && (isLiteral(node) || isBlock(node));

export function remarkSmartypants(options?: Options) {
  // Ellipses, dashes and backticks change the text's length, so the first pass (over the whole
  // page, so that quotes around links and bold text pair up) makes only the quotes.
  const quotes = retext().use(smartypants, { ...options, ellipses: false, dashes: false, backticks: false });
  const rest = retext().use(smartypants, { ...options, quotes: false });
  return (tree: Node) => {
    let allText = '';
    let start = 0;
    const nodes: Node[] = [];
    visit(tree, check, (node: Node) => {
      if (isLiteral(node)) allText += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
      // A "fake" space, so that a quote at the start of a block is read as opening.
      else if (isBlock(node)) allText += ' ';
      nodes.push(node);
    });
    allText = quotes.processSync(allText).toString();
    for (const node of nodes) {
      if (isLiteral(node)) {
        const end = start + node.value.length;
        if (node.type === 'text') {
          const text = allText.slice(start, end);
          node.value = SECOND_PASS.test(text) ? rest.processSync(text).toString() : text;
        }
        start = end;
      } else if (isBlock(node)) {
        start += 1;
      }
    }
  };
}
