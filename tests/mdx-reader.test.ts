/**
 * The build reads each MDX file once. @astrojs/mdx parses every lesson to compile it; the remark
 * plugin remarkReadMdx (astro.config.mjs) reads the file from that tree, so the content validation
 * that runs next (src/build/validate.ts) finds it read and does not parse it again. These tests
 * run Astro's own MDX compiler step on every file in content/ and check that what the plugin
 * recorded is exactly what readMdx reads from its own parse: the same components, props and their
 * lines, links, text segments and frontmatter.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// The transform @astrojs/mdx runs on every .mdx file in the build (the package exports only its integration).
import { vitePluginMdx } from '../node_modules/@astrojs/mdx/dist/vite-plugin-mdx.js';
import { alreadyRead, linesOf, parseMdx, readMdx, type MdxFile } from '../src/content-engine/mdx.mjs';
import { mdxOptions } from '../src/build/mdx-options.ts';

/** The MDX options astro.config.mjs gives @astrojs/mdx (src/build/mdx-options.ts), over Astro's Markdown defaults. */
function compiler() {
  const plugin = vitePluginMdx({
    mdxOptions: { gfm: true, rehypePlugins: [], recmaPlugins: [], remarkRehype: {}, syntaxHighlight: false, shikiConfig: {}, extendMarkdownConfig: true, ...mdxOptions },
    srcDir: new URL('../src/', import.meta.url),
    experimentalHeadingIdCompat: false,
  });
  (plugin.configResolved as (config: unknown) => void)({ build: { sourcemap: false }, plugins: [] });
  return (source: string, file: string) => (plugin.transform as (code: string, id: string) => Promise<unknown>)(source, resolve(file));
}

/** Everything readMdx gives, in a form toEqual can compare (the line of each object and key in a prop included). */
function view(mdx: MdxFile) {
  const lines = (value: unknown): unknown => (Array.isArray(value) ? { lines: linesOf(value), items: value.map(lines) } : value && typeof value === 'object' ? { lines: linesOf(value), value } : value);
  return {
    source: mdx.source,
    bodyStart: mdx.bodyStart,
    data: mdx.data,
    syntaxError: mdx.syntaxError,
    frontmatterLines: ['title', 'outcomes', 'sources'].map((field) => mdx.frontmatterLine([field])),
    components: mdx.components.map((c) => ({ ...c, props: c.props.map((p) => ({ ...p, lines: lines(p.value) })) })),
    links: mdx.links,
    visible: mdx.visible,
    countable: mdx.countable,
  };
}

const mdxFiles = (readdirSync('content', { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx')).map((f) => join('content', f));

describe('the MDX compiler hands its parse to the content validation', () => {
  it('finds the curriculum', () => {
    expect(mdxFiles.length).toBeGreaterThan(10);
  });

  it('records every content file as it compiles it, exactly as readMdx reads it', async () => {
    const compile = compiler();
    for (const file of mdxFiles) {
      const source = readFileSync(file, 'utf8');
      expect(alreadyRead(source), `${file} is not read before it is compiled`).toBe(false);
      await compile(source, file);
      expect(alreadyRead(source), `${file}: the compiler's parse was not recorded, so the build would parse it twice`).toBe(true);
      const recorded = readMdx(source);
      expect(recorded.components.length + recorded.visible.length, file).toBeGreaterThan(0);
      expect(view(recorded), file).toEqual(view(parseMdx(source)));
    }
  }, 60_000);

  it('records a file with smart quotes, a table, a component with an options list and a link, as readMdx reads it', async () => {
    const source = [
      '---',
      'title: "A file the test writes"',
      'outcomes:',
      '  - Say why "quotes" stay as written.',
      '---',
      '',
      '## It\'s a heading',
      '',
      'The child\'s "own words" -- and a [link](/glossary/#dsl)...',
      '',
      '| A | B |',
      '|---|---|',
      '| "one" | two |',
      '',
      '<KnowledgeCheck',
      '  question="What do you do?"',
      '  options={[',
      '    { text: "Tell the lead", correct: true, feedback: "Yes." },',
      '    { text: "Wait", correct: false, feedback: "No." },',
      '  ]}',
      '/>',
      '',
    ].join('\n');
    const file = join(mkdtempSync(join(tmpdir(), 'sg-mdx-reader-')), '01-written-by-a-test.mdx');
    writeFileSync(file, source);
    await compiler()(source, file);
    expect(alreadyRead(source)).toBe(true);
    const recorded = readMdx(source);
    expect(recorded.components.map((c) => c.name)).toEqual(['KnowledgeCheck']);
    expect(recorded.links.map((l) => l.url)).toEqual(['/glossary/#dsl']);
    // The text comes from the file, as written: smart quotes in the page do not change what the checks read.
    expect(recorded.visible.map((v) => v.text.trim())).toContain('The child\'s "own words" -- and a  link                 ...');
    expect(view(recorded)).toEqual(view(parseMdx(source)));
  });

  it('leaves a file saved again since the compiler read it to readMdx, which parses the new text', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sg-mdx-reader-')), '01-changed.mdx');
    const compiled = '---\ntitle: First\n---\n\nThe first text.\n';
    writeFileSync(file, '---\ntitle: First\n---\n\nThe second text, saved while the first compiled.\n');
    await compiler()(compiled, file);
    expect(alreadyRead(compiled)).toBe(false);
    expect(alreadyRead(readFileSync(file, 'utf8'))).toBe(false);
    expect(readMdx(compiled).visible.map((v) => v.text.trim())).toEqual(['The first text.']);
  });
});
