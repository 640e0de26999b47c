/** The built pages, read from dist/ (never a hand-kept list). */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = new URL('../../dist/', import.meta.url).pathname;

/** Every HTML page in dist/ as a URL path ("/modules/", "/404.html"). */
export function builtPages(dir = DIST): string[] {
  const pages: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(path);
      } else if (entry.name.endsWith('.html')) {
        const rel = relative(dir, path).split(sep).join('/');
        pages.push(rel.endsWith('index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(dir);
  return pages.sort();
}

/** Built lesson pages: /modules/NN-module/NN-lesson/. */
export const lessonPages = () => builtPages().filter((p) => /^\/modules\/\d\d-[^/]+\/\d\d-[^/]+\/$/.test(p));
