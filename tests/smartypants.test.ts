/**
 * src/build/smartypants.ts must give exactly the text remark-smartypants (Astro's default) gives:
 * it only skips work that changes nothing. Every text in every content file, and a sample with
 * each case the plugin handles, goes through both, and the results are compared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import astroSmartypants from 'remark-smartypants';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { remarkSmartypants } from '../src/build/smartypants.ts';

const parse = (text: string) => unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(text) as Node;
/** Every text value in the tree, in order, after the plugin has run. */
function texts(text: string, plugin: () => (tree: Node) => void): string[] {
  const tree = parse(text);
  plugin()(tree);
  const out: string[] = [];
  visit(tree, (node: Node) => {
    if ('value' in node && typeof node.value === 'string') out.push(node.value);
  });
  return out;
}
const ours = () => remarkSmartypants();
const astros = () => (astroSmartypants as unknown as () => (tree: Node) => void)();

const SAMPLE = `## It's "the" heading -- with a dash

The child's "own words" -- and a [link "here"](/glossary/#dsl)... then . . . a pause.

\`\`Backticks'' and 'single quotes' in the '80s, "'nested' quotes" -- **"bold"** and _'em'_.

| "A" | B -- C |
|---|---|
| 'one' | two... |

<Callout title="A 'title'">Text in a "component" -- on one line.</Callout>
`;

describe('smart quotes', () => {
  it('makes the sample typographic, as remark-smartypants does', () => {
    const result = texts(SAMPLE, ours);
    expect(result).toEqual(texts(SAMPLE, astros));
    // The sample does reach every kind of change (so the comparison means something).
    const all = result.join(' ');
    for (const mark of ['’', '“', '”', '‘', '—', '…']) expect(all, mark).toContain(mark);
  });

  it('gives the same text as remark-smartypants in every content file', () => {
    const files = (readdirSync('content', { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(join('content', file), 'utf8').replace(/^---[\s\S]*?\n---/, (front) => front.replace(/[^\n]/g, ' '));
      expect(texts(text, ours), file).toEqual(texts(text, astros));
    }
  }, 60_000);
});
