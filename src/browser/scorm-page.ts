/**
 * Injected by scripts/package-scorm.mjs into every page of a SCORM package, never into the site.
 * The packager rewrites the links written in the pages; this catches the ones the site's scripts
 * set while the page runs (Continue, Next step, "Worried about a child?"), which use the site's
 * root-absolute addresses: a page in the package opens from the package, any other page opens on
 * the public site in a new tab (when the package knows its address) or not at all.
 */
declare const __SG_SCORM_PAGES__: string[];
declare const __SG_SCORM_SITE__: string;

const script = document.currentScript as HTMLScriptElement | null;
// The script lives at <package root>/scorm/page.js.
const root = script ? new URL('../', script.src) : undefined;
const pages = new Set(__SG_SCORM_PAGES__);

document.addEventListener(
  'click',
  (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href^="/"]:not([href^="//"])');
    if (!link || !root) return;
    const url = new URL(link.getAttribute('href')!, 'https://package.invalid');
    const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
    event.preventDefault();
    if (pages.has(path)) window.location.assign(new URL(`${path.slice(1)}index.html${url.search}${url.hash}`, root).href);
    else if (__SG_SCORM_SITE__) window.open(new URL(`${url.pathname}${url.search}${url.hash}`, __SG_SCORM_SITE__).href, '_blank', 'noopener');
  },
  true,
);
