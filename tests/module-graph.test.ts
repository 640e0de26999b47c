import { describe, expect, it } from 'vitest';
import { lateModules, pageModules, staticImports } from '../scripts/lib/module-graph.mjs';

const modules: Record<string, string> = {
  '/_astro/page.a1.js': 'import{r as e}from"./store.b2.js";import"./side.c3.js";const t=()=>import("./later.d4.js");e(t);',
  '/_astro/store.b2.js': 'import{x}from"/_astro/deep.e5.js";export const r=x;',
  '/_astro/side.c3.js': 'console.log(1);',
  '/_astro/deep.e5.js': 'export const x=1;',
  '/_astro/later.d4.js': 'import"./never-early.f6.js";',
  '/_astro/one.js': 'const a=1;export{a as default};',
};
const read = (path: string) => {
  const source = modules[path];
  if (source === undefined) throw new Error(`no module ${path}`);
  return source;
};
const page = (head: string, script = '/_astro/page.a1.js') => `<!doctype html><html><head>${head}</head><body><script type="module" src="${script}"></script></body></html>`;

describe('staticImports', () => {
  it('finds import and from specifiers, resolved against the module, and leaves import() out', () => {
    expect(staticImports(modules['/_astro/page.a1.js']!, '/_astro/page.a1.js')).toEqual(['/_astro/store.b2.js', '/_astro/side.c3.js']);
    expect(staticImports('export{a}from"../b.js";\nimport * as c from \'./c.js\'', '/x/y/m.js')).toEqual(['/x/b.js', '/x/y/c.js']);
    expect(staticImports('const s="import here";', '/m.js')).toEqual([]);
  });
});

describe('pageModules', () => {
  it('reads module scripts and modulepreloads, in either quoting, relative to the page', () => {
    const html = `<link rel=modulepreload href='../_astro/x.js'><link rel="stylesheet" href="/a.css"><script src="/classic.js"></script>${page('')}`;
    expect(pageModules(html, '/modules/')).toEqual({ entries: ['/_astro/page.a1.js'], preloaded: ['/_astro/x.js'] });
  });
});

describe('lateModules', () => {
  it('reports each statically imported module that is neither an entry nor preloaded, with its importer', () => {
    expect(lateModules(page(''), '/', read)).toEqual([
      { module: '/_astro/store.b2.js', importedBy: '/_astro/page.a1.js' },
      { module: '/_astro/side.c3.js', importedBy: '/_astro/page.a1.js' },
      { module: '/_astro/deep.e5.js', importedBy: '/_astro/store.b2.js' },
    ]);
  });
  it('is empty when every import is preloaded, or when the page has one self-contained entry', () => {
    const preloads = ['store.b2', 'side.c3', 'deep.e5'].map((m) => `<link rel="modulepreload" href="/_astro/${m}.js">`).join('');
    expect(lateModules(page(preloads), '/', read)).toEqual([]);
    expect(lateModules(page('', '/_astro/one.js'), '/', read)).toEqual([]);
  });
});
