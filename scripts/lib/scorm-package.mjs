// @ts-check
/**
 * The pure parts of `npm run package:scorm` (scripts/package-scorm.mjs): which built pages a
 * pathway's package holds, how a page's root-absolute links become links inside the package, and
 * the SCORM 1.2 manifest. Everything here works on strings, so tests/scorm-package.test.ts pins it.
 */

/**
 * The site's pages a pathway's package may hold: the pathway itself (its page, steps, lessons and
 * record), the "Worried about a child?" guides, contacts, glossary and sources. Only those the
 * pathway's pages link to (directly or through each other) are packed.
 * @param {string} pathway
 */
export const packageScope = (pathway) => [`/pathways/${pathway}/`, '/worried/', '/contacts/', '/glossary/', '/sources/'];

/**
 * Whether a site path belongs in the package.
 * @param {string} path a root-absolute page path ending in "/"
 * @param {readonly string[]} scope
 */
export const inScope = (path, scope) => scope.some((prefix) => path.startsWith(prefix));

/**
 * The package file of a page: "/pathways/x/" is "pathways/x/index.html".
 * @param {string} path
 */
export const pageFile = (path) => `${path.replace(/^\/+/, '')}${path.endsWith('/') ? '' : '/'}index.html`;

/**
 * A relative link from one package file to another: ("a/b/index.html", "_astro/x.css") is "../../_astro/x.css".
 * @param {string} from
 * @param {string} to
 */
export function relativeLink(from, to) {
  const depth = from.split('/').length - 1;
  return `${'../'.repeat(depth)}${to}` || './';
}

/**
 * Splits a root-absolute address into a page path (ending in "/") or an asset path, and the rest.
 * @param {string} href
 * @returns {{ path: string, rest: string, page: boolean } | undefined} undefined for anything not root-absolute
 */
export function splitHref(href) {
  if (!href.startsWith('/') || href.startsWith('//')) return undefined;
  const match = /^([^?#]*)(.*)$/.exec(href);
  const path = match?.[1] ?? href;
  const rest = match?.[2] ?? '';
  const last = path.split('/').at(-1) ?? '';
  // An address without a file extension is a page ("/glossary/", "/glossary").
  if (!last.includes('.')) return { path: path.endsWith('/') ? path : `${path}/`, rest, page: true };
  return { path, rest, page: false };
}

const ANCHOR = /<a\b([^>]*)>([\s\S]*?)<\/a>/g;
const FORM = /<form\b([^>]*)>[\s\S]*?<\/form>/g;
const ATTR = /(\s(?:href|src|poster|action))="([^"]*)"/g;
const attrOf = (/** @type {string} */ attrs, /** @type {string} */ name) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];

/**
 * The site pages a built page links to (root-absolute page paths, each ending in "/").
 * @param {string} html
 * @returns {string[]}
 */
export function pageLinks(html) {
  /** @type {Set<string>} */
  const found = new Set();
  for (const [, attrs] of html.matchAll(ANCHOR)) {
    const split = splitHref(attrOf(attrs ?? '', 'href') ?? '');
    if (split?.page) found.add(split.path);
  }
  return [...found];
}

/**
 * @typedef {object} RewriteOptions
 * @property {string} file this page's file in the package ("pathways/x/index.html")
 * @property {Set<string>} pages the page paths in the package ("/pathways/x/")
 * @property {string} [site] the public site's address: links to pages not in the package open there, in a new tab; without it they become plain text
 * @property {string} script the package's page script ("scorm/page.js")
 */

/**
 * Rewrites a built page for the package: links to pages in the package and to the site's files
 * become relative, links to other pages go to the public site (marked, in a new tab) or become
 * text, forms that would leave the package are removed, and the parts that only make sense on the
 * site (the web app manifest, the service worker's status line that registers it) are taken out.
 * The package's page script is added to the head.
 * @param {string} html
 * @param {RewriteOptions} options
 * @returns {{ html: string, assets: string[] }} the page, and the site files it needs ("/_astro/x.css")
 */
export function rewriteHtml(html, { file, pages, site, script }) {
  /** @type {Set<string>} */
  const assets = new Set();
  const offsite = ' data-sg-offsite';
  let out = html
    // No manifest (the package is not an installable app), no canonical address (the page is the package's).
    .replace(/<link\b[^>]*\brel="(?:manifest|canonical)"[^>]*>/g, '')
    // Without its status line the page's offline support never registers the site's service worker.
    .replace(/\sdata-sg-status(?=[\s>])/g, '');
  out = out.replace(FORM, (form, attrs) => {
    const split = splitHref(attrOf(attrs, 'action') ?? '');
    return split && split.page && !pages.has(split.path) ? '' : form;
  });
  out = out.replace(ANCHOR, (anchor, attrs, inner) => {
    const split = splitHref(attrOf(attrs, 'href') ?? '');
    if (!split?.page || pages.has(split.path)) return anchor;
    if (site) {
      const href = new URL(`${split.path}${split.rest}`, site).href;
      return `<a${attrs.replace(/\shref="[^"]*"/, ` href="${href}"`).replace(/\s(?:target|rel)="[^"]*"/g, '')} target="_blank" rel="noopener"${offsite}>${inner}</a>`;
    }
    const cls = attrOf(attrs, 'class');
    return `<span${cls ? ` class="${cls}"` : ''}${offsite}>${inner}</span>`;
  });
  out = out.replace(ATTR, (whole, name, value) => {
    const split = splitHref(value);
    if (!split) return whole;
    if (split.page) return pages.has(split.path) ? `${name}="${relativeLink(file, pageFile(split.path))}${split.rest}"` : whole;
    assets.add(split.path);
    return `${name}="${relativeLink(file, split.path.slice(1))}${split.rest}"`;
  });
  out = out.replace(/(\ssrcset)="([^"]*)"/g, (_whole, name, value) => {
    const rewritten = value.replace(/(^|,\s*)(\/[^\s,]+)/g, (/** @type {string} */ _m, /** @type {string} */ sep, /** @type {string} */ path) => {
      assets.add(path);
      return `${sep}${relativeLink(file, path.slice(1))}`;
    });
    return `${name}="${rewritten}"`;
  });
  out = out.replace('</head>', `<script src="${relativeLink(file, script)}"></script></head>`);
  return { html: out, assets: [...assets] };
}

/**
 * Rewrites `url(/...)` in a stylesheet to addresses relative to it.
 * @param {string} css
 * @param {string} file the stylesheet's file in the package ("_astro/x.css")
 * @returns {{ css: string, assets: string[] }}
 */
export function rewriteCss(css, file) {
  /** @type {Set<string>} */
  const assets = new Set();
  const out = css.replace(/url\((['"]?)(\/[^'")]+)\1\)/g, (_m, quote, path) => {
    const bare = path.replace(/[?#].*$/, '');
    assets.add(bare);
    return `url(${quote}${relativeLink(file, path.slice(1))}${quote})`;
  });
  return { css: out, assets: [...assets] };
}

const escapeXml = (/** @type {string} */ text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The SCORM 1.2 imsmanifest.xml: one organisation with one item, whose resource is the one SCO
 * (the launch page) and lists every file in the package.
 * @param {{ id: string, title: string, version: string, launch: string, files: readonly string[] }} pkg
 */
export function manifestXml({ id, title, version, launch, files }) {
  const ident = id.replace(/[^A-Za-z0-9_-]/g, '_');
  const list = [...files].sort().map((f) => `      <file href="${escapeXml(f)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="sg-${ident}" version="${escapeXml(version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org-${ident}">
    <organization identifier="org-${ident}">
      <title>${escapeXml(title)}</title>
      <item identifier="item-${ident}" identifierref="res-${ident}" isvisible="true">
        <title>${escapeXml(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-${ident}" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(launch)}">
${list}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * The launch page: the one SCO. It holds the pathway in a frame and talks to the learning system.
 * @param {{ title: string, config: string, script: string, start: string }} page config is the JSON the launch script reads
 */
export function launchHtml({ title, config, script, start }) {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeXml(title)}</title>
<style>html,body{margin:0;height:100%}body{display:flex;flex-direction:column;font-family:system-ui,sans-serif}iframe{flex:1;border:0;width:100%}p{margin:0;padding:.5rem 1rem;background:#fff3cd;color:#222}</style>
<script type="application/json" id="sg-scorm-config">${config.replace(/</g, '\\u003c')}</script>
<script src="${script}" defer></script>
</head>
<body>
<p data-sg-scorm-notice hidden>This package is open outside a learning system, so your progress is kept only in this browser and is not recorded anywhere else.</p>
<noscript><p>This course needs JavaScript to record your progress in your learning system. <a href="${escapeXml(start)}">Open the pathway</a> to read it without recording.</p></noscript>
<iframe data-sg-scorm-frame title="${escapeXml(title)}"></iframe>
</body>
</html>
`;
}
