/** The built pages, read from dist/ (never a hand-kept list), found as the link checker finds them. */
import { htmlFiles, pageAddress } from '../../scripts/lib/links.mjs';

export const DIST = new URL('../../dist/', import.meta.url).pathname;

/** Every HTML page in dist/ as a URL path ("/modules/", "/404.html"). */
export function builtPages(dir = DIST): string[] {
  return htmlFiles(dir).map(pageAddress).sort();
}

/** Built lesson pages: /modules/NN-module/NN-lesson/. */
export const lessonPages = () => builtPages().filter((p) => /^\/modules\/\d\d-[^/]+\/\d\d-[^/]+\/$/.test(p));
