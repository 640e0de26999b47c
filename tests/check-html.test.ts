import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatHtmlProblem, validateSite } from '../scripts/lib/html-check.mjs';
import { formatNuProblem, nuValidateSite } from '../scripts/lib/nu-check.mjs';
import { runScriptAsync } from './support/run-script.ts';

/** Java starts slowly, and more slowly on a busy two-core machine. */
const JAVA_TIMEOUT = 120_000;

const page = (body: string) => `<!DOCTYPE html>\n<html lang="en-GB">\n<head><meta charset="utf-8"><title>A page</title></head>\n<body>\n${body}\n</body>\n</html>\n`;

let dist: string;
beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'sg-html-'));
  mkdirSync(join(dist, 'glossary'));
  writeFileSync(join(dist, 'index.html'), page('<main><h1>Home</h1><p>Call <a href="tel:08001111">0800&nbsp;1111</a>.</p></main>'));
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('the HTML check', () => {
  it('passes valid pages', async () => {
    expect(await validateSite(dist)).toEqual({ pages: 1, problems: [] });
  });

  it('fails on a duplicate id, naming the file, the line and the rule', async () => {
    writeFileSync(join(dist, 'glossary/index.html'), page('<main><h1 id="dsl">Glossary</h1><h2 id="dsl">DSL</h2></main>'));
    const { problems } = await validateSite(dist);
    expect(problems.map(formatHtmlProblem)).toEqual(['dist/glossary/index.html:5:41: [no-dup-id] Duplicate ID "dsl" (https://html-validate.org/rules/no-dup-id.html)']);
  });

  it('fails on elements closed in the wrong order', async () => {
    writeFileSync(join(dist, 'glossary/index.html'), page('<main><p><strong>Bold</p></strong></main>'));
    const { problems } = await validateSite(dist);
    expect(problems.map((p) => `${p.file} [${p.rule}]`)).toContain('dist/glossary/index.html [close-order]');
  });

  it('npm run check:html exits 1 on a broken build', async () => {
    writeFileSync(join(dist, 'glossary/index.html'), page('<main><img src="/a.png"></main>'));
    const { status, stderr } = await runScriptAsync('scripts/check-html.mjs', [dist]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/glossary\/index\.html:5:\d+: \[wcag\/h37\] <img> is missing required "alt" attribute/);
  }, JAVA_TIMEOUT);

  it('the Nu validator fails a page with a script after </html>, naming the file and the line', async () => {
    writeFileSync(join(dist, 'glossary/index.html'), `${page('<main><h1>Glossary</h1></main>')}<script type="module" src="/a.js"></script>\n`);
    const { pages, problems } = await nuValidateSite(dist);
    expect(pages).toBe(2);
    // The validator then stops reading that page, and says so in a second message.
    expect(problems.map(formatNuProblem)[0]).toBe('dist/glossary/index.html:8:1: [nu error] Stray start tag “script”.');
    expect(problems.every((p) => p.file === 'dist/glossary/index.html' && p.type === 'error')).toBe(true);
  }, JAVA_TIMEOUT);

  it('the Nu validator passes valid pages', async () => {
    expect(await nuValidateSite(dist)).toEqual({ pages: 1, problems: [] });
  }, JAVA_TIMEOUT);

  it('npm run check:html exits 1 when only the Nu validator finds a problem', async () => {
    writeFileSync(join(dist, 'glossary/index.html'), `${page('<main><h1>Glossary</h1></main>')}<script type="module" src="/a.js"></script>\n`);
    const { status, stdout, stderr } = await runScriptAsync('scripts/check-html.mjs', [dist]);
    expect(stderr).toContain('glossary/index.html:8:1: [nu error] Stray start tag “script”.');
    expect(stdout).toMatch(/html-validate 0 problems, W3C Nu validator [1-9]\d* problems?\./);
    expect(status).toBe(1);
  }, JAVA_TIMEOUT);
});
