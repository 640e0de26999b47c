import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { INDEX_LATER_ENV, saveSearchExtras, writeSearchIndex, type SearchExtras } from '../build/search-index.mjs';
import { AUDIENCES, AUDIENCE_NAMES, NATIONS, NATION_NAMES } from '../shared/vocab.ts';
import { groupedGuidesHtml, type BuiltGuide } from './guide-search-record.ts';

interface GlossaryTerm {
  id: string;
  term: string;
  definition: string;
  otherNames?: string[];
}

/**
 * Builds the Pagefind search index after `astro build` (src/build/search-index.mjs). Any indexing
 * error, or an index with no pages, fails the build: a site whose search silently does not work
 * must never ship.
 *
 * Each glossary term is a result of its own, linking to its anchor on /glossary/ (the page itself
 * is not indexed as a whole), so a search downloads one short record per term it shows rather
 * than the whole glossary. The terms come from content/glossary.yaml, already checked by the build.
 *
 * `npm run build` sets SG_INDEX_AFTER_BUILD=1: this hook then only saves those records beside the
 * pages, and scripts/finish-build.mjs indexes in a second process once Astro has exited and freed
 * its memory. Run directly, `astro build` indexes here, in its own process.
 */
/** Parts joined as sentences, each ending in one full stop: "Term. Definition. Also called: x." */
export const sentences = (parts: string[]) => parts.map((p) => p.trim()).map((p) => (/[.!?]$/.test(p) ? p : `${p}.`)).join(' ');

export function pagefindIndex(): AstroIntegration {
  let root = '';
  return {
    name: 'sg-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // The records join the pages' index only in the pages' language (<html lang>).
        const language = /<html[^>]*\slang="([^"]+)"/.exec(readFileSync(`${outDir}index.html`, 'utf8'))?.[1]?.toLowerCase() ?? 'en';
        const terms = parse(readFileSync(`${root}content/glossary.yaml`, 'utf8')) as GlossaryTerm[];
        const records = terms.map((t) => ({
          url: `/glossary/#${t.id}`,
          content: sentences([t.term, t.definition, ...(t.otherNames?.length ? [`Also called: ${t.otherNames.join(', ')}`] : [])]),
          language,
          meta: { title: t.term },
          // Meant for everyone: kept by every audience and nation filter, as the guides and contacts are.
          filters: { type: ['Glossary'], audience: AUDIENCES.map((a) => AUDIENCE_NAMES[a]), nation: NATIONS.map((n) => NATION_NAMES[n]) },
          source: `the glossary term "${t.id}" (content/glossary.yaml)`,
        }));
        // The nation guides are one result, not four (src/integrations/guide-search-record.ts).
        const guides: BuiltGuide[] = NATIONS.map((nation) => ({ nation, file: `${outDir}worried/${nation}/index.html` }))
          .filter((g) => existsSync(g.file))
          .map((g) => ({ ...g, html: readFileSync(g.file, 'utf8') }));
        const documents = guides.length > 0 ? [{ url: '/worried/', content: groupedGuidesHtml(guides), source: 'the "Worried about a child?" guides' }] : [];
        const extras: SearchExtras = { records, documents, summary: `${terms.length} glossary terms${guides.length > 0 ? ` and the ${guides.length} guides as one` : ''}` };
        if (process.env[INDEX_LATER_ENV] === '1') {
          await saveSearchExtras(outDir, extras);
          logger.info('search index: written by scripts/finish-build.mjs once Astro has exited, to keep the build’s peak memory down');
          return;
        }
        logger.info((await writeSearchIndex(outDir, extras)).line);
      },
    },
  };
}
