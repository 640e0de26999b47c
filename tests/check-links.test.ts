import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkLinks, fileForPath, formatLinkProblem, pageAddress } from '../scripts/lib/links.mjs';
import { readTags } from '../scripts/lib/html-attributes.mjs';
import { runScript, SPAWN_TIMEOUT } from './support/run-script.ts';

let dist: string;
const write = (file: string, body: string) => {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`);
};
const problems = () => checkLinks(dist, 'dist').problems.map(formatLinkProblem);

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'sg-links-'));
  write('index.html', '<a href="#main">Skip</a><main id="main"><a href="/glossary/#dsl">DSL</a> <a href="/contacts/">Contacts</a> <img src="/logo.svg" alt=""></main>');
  write('glossary/index.html', '<dl><dt id="dsl">DSL</dt></dl><a href="../">Home</a>');
  write('contacts/index.html', '<h2 id="childline">Childline</h2><a href="https://www.childline.org.uk/">web</a> <a href="tel:08001111">call</a>');
  writeFileSync(join(dist, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('the link check', () => {
  it('passes a site whose links, images and anchors all resolve, and skips other sites', () => {
    const result = checkLinks(dist, 'dist');
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ pages: 3, links: 5 });
  });

  it('fails on a link to a page that does not exist, naming the page and the target', () => {
    write('index.html', '<a href="/contactz/">Contacts</a>');
    expect(problems()).toEqual(['/ (dist/index.html): <a> points at "/contactz/", but dist has no file for /contactz/.']);
  });

  it('fails on a missing image', () => {
    write('glossary/index.html', '<dt id="dsl">DSL</dt><img src="/missing.png" alt="x">');
    expect(problems()).toEqual(['/glossary/ (dist/glossary/index.html): <img> points at "/missing.png", but dist has no file for /missing.png.']);
  });

  it('fails on an anchor that is not on the other page', () => {
    write('index.html', '<a href="/contacts/#childlin">Childline</a>');
    expect(problems()).toEqual(['/ (dist/index.html): <a> points at "/contacts/#childlin", but /contacts/ has no element with id "childlin".']);
  });

  it('fails on an anchor that is not on the same page', () => {
    write('glossary/index.html', '<a href="#lado">LADO</a><dt id="dsl">DSL</dt>');
    expect(problems()).toEqual(['/glossary/ (dist/glossary/index.html): <a> points at "#lado", but this page has no element with id "lado".']);
  });

  it('npm run check:links exits 1 on a broken build', () => {
    write('index.html', '<a href="/nowhere/">x</a>');
    const { status, stderr } = runScript('scripts/check-links.mjs', [dist]);
    expect(status).toBe(1);
    expect(stderr).toContain('/ (');
    expect(stderr).toContain('<a> points at "/nowhere/"');
  }, SPAWN_TIMEOUT);
});

describe('finding files and tags', () => {
  it('maps addresses to built files as a static host does', () => {
    expect(fileForPath(dist, '/glossary/')).toBe(join(dist, 'glossary/index.html'));
    expect(fileForPath(dist, '/glossary')).toBe(join(dist, 'glossary/index.html'));
    expect(fileForPath(dist, '/../etc/passwd')).toBeUndefined();
    expect(pageAddress('modules/index.html')).toBe('/modules/');
    expect(pageAddress('404.html')).toBe('/404.html');
  });

  it('reads quoted attributes, decodes entities and ignores markup inside scripts and comments', () => {
    const tags = readTags('<a title="a > b" href="/x/?a=1&amp;b=2">x</a><!-- <a href="/gone/"> --><script>const s = "<a href=\'/no/\'>";</script><img src=/y.png alt>');
    expect(tags.map((t) => [t.name, t.attributes['href'] ?? t.attributes['src']])).toEqual([
      ['a', '/x/?a=1&b=2'],
      ['script', undefined],
      ['img', '/y.png'],
    ]);
  });
});
