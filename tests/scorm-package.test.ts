import { describe, expect, it } from 'vitest';
import { inScope, launchHtml, manifestXml, packageScope, pageFile, pageLinks, relativeLink, rewriteCss, rewriteHtml, splitHref } from '../scripts/lib/scorm-package.mjs';

const PAGE = `<html><head><link rel="icon" href="/favicon.svg"><link rel="manifest" href="/manifest.webmanifest"><link rel="canonical" href="http://example.org/x/"><link rel="stylesheet" href="/_astro/a.css"></head>
<body><div class="sg-status" data-sg-status data-x><p>status</p></div>
<form class="sg-search-form" role="search" action="/search/" method="get"><input name="q"></form>
<a href="/pathways/p/">Pathway</a> <a class="sg-term" href="/glossary/#dsl" title="t">DSL</a> <a class="sg-nav" href="/modules/">Modules</a> <a href="https://gov.uk/">gov</a> <a href="tel:999">999</a>
<img src="/icons/i.png" srcset="/icons/i.png 1x, /icons/i2.png 2x"><script type="module" src="/_astro/page.js"></script></body></html>`;

describe('scorm-package', () => {
  it('turns site paths into package files and relative links', () => {
    expect(pageFile('/pathways/p/')).toBe('pathways/p/index.html');
    expect(relativeLink('pathways/p/index.html', '_astro/a.css')).toBe('../../_astro/a.css');
    expect(relativeLink('index.html', 'scorm/page.js')).toBe('scorm/page.js');
    expect(splitHref('/glossary/#dsl')).toEqual({ path: '/glossary/', rest: '#dsl', page: true });
    expect(splitHref('/glossary')).toEqual({ path: '/glossary/', rest: '', page: true });
    expect(splitHref('/_astro/a.css?v=1')).toEqual({ path: '/_astro/a.css', rest: '?v=1', page: false });
    expect(splitHref('//cdn.example/x.js')).toBeUndefined();
    expect(splitHref('https://gov.uk/')).toBeUndefined();
  });

  it('keeps a pathway package to its pathway and the pages it leans on', () => {
    const scope = packageScope('p');
    expect(inScope('/pathways/p/01-m/01-l/', scope)).toBe(true);
    expect(inScope('/worried/wales/', scope)).toBe(true);
    expect(inScope('/pathways/other/', scope)).toBe(false);
    expect(inScope('/modules/01-m/', scope)).toBe(false);
    expect(pageLinks(PAGE).sort()).toEqual(['/glossary/', '/modules/', '/pathways/p/']);
  });

  it('rewrites a page to work inside the package and to leave it only by a marked link', () => {
    const pages = new Set(['/pathways/p/', '/glossary/']);
    const { html, assets } = rewriteHtml(PAGE, { file: 'pathways/p/index.html', pages, script: 'scorm/page.js' });
    expect(html).toContain('<a href="../../pathways/p/index.html">Pathway</a>');
    expect(html).toContain('href="../../glossary/index.html#dsl"');
    expect(html).toContain('<span class="sg-nav" data-sg-offsite>Modules</span>');
    expect(html).toContain('<a href="https://gov.uk/">gov</a>');
    expect(html).toContain('href="tel:999"');
    expect(html).not.toContain('<form');
    expect(html).not.toContain('rel="manifest"');
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toMatch(/data-sg-status[\s>]/);
    expect(html).toContain('srcset="../../icons/i.png 1x, ../../icons/i2.png 2x"');
    expect(html).toContain('<script src="../../scorm/page.js"></script></head>');
    expect(html).not.toMatch(/\s(?:href|src|action)="\/(?!\/)/);
    expect(assets.sort()).toEqual(['/_astro/a.css', '/_astro/page.js', '/favicon.svg', '/icons/i.png', '/icons/i2.png']);
  });

  it('sends links to other pages to the public site, in a new tab, when it is known', () => {
    const { html } = rewriteHtml(PAGE, { file: 'pathways/p/index.html', pages: new Set(['/pathways/p/']), site: 'https://learn.example.org', script: 'scorm/page.js' });
    expect(html).toContain('<a class="sg-nav" href="https://learn.example.org/modules/" target="_blank" rel="noopener" data-sg-offsite>Modules</a>');
  });

  it('rewrites stylesheet addresses relative to the stylesheet', () => {
    expect(rewriteCss('a{background:url(/icons/x.svg)}b{src:url("/fonts/f.woff2?v=2")}', '_astro/a.css')).toEqual({ css: 'a{background:url(../icons/x.svg)}b{src:url("../fonts/f.woff2?v=2")}', assets: ['/icons/x.svg', '/fonts/f.woff2'] });
  });

  it('writes a SCORM 1.2 manifest with one SCO listing every file', () => {
    const xml = manifestXml({ id: 'p', title: 'A & B', version: '1.0', launch: 'index.html', files: ['index.html', 'b.js', 'a.css'] });
    expect(xml).toContain('<schema>ADL SCORM</schema>');
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
    expect(xml).toContain('<organizations default="org-p">');
    expect(xml).toContain('<item identifier="item-p" identifierref="res-p" isvisible="true">');
    expect(xml).toContain('<resource identifier="res-p" type="webcontent" adlcp:scormtype="sco" href="index.html">');
    expect(xml).toContain('<title>A &amp; B</title>');
    expect([...xml.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1])).toEqual(['a.css', 'b.js', 'index.html']);
  });

  it('writes a launch page whose configuration cannot close its script element', () => {
    const html = launchHtml({ title: 'T', config: JSON.stringify({ t: '</script><b>' }), script: 'scorm/launch.js', start: 'pathways/p/index.html' });
    expect(html).not.toContain('</script><b>');
    expect(html).toContain('<iframe data-sg-scorm-frame title="T">');
  });
});
