import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import { NATIONS } from '../shared/vocab.ts';
import { groupedGuidesHtml, type BuiltGuide } from './guide-search-record.ts';

interface GlossaryTerm {
  id: string;
  term: string;
  definition: string;
  otherNames?: string[];
}

/**
 * Builds the Pagefind search index after `astro build`. Any indexing error, or an index with no
 * pages, fails the build: a site whose search silently does not work must never ship.
 *
 * Each glossary term is a result of its own, linking to its anchor on /glossary/ (the page itself
 * is not indexed as a whole), so a search downloads one short record per term it shows rather
 * than the whole glossary. The terms come from content/glossary.yaml, already checked by the build.
 */
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
        const started = performance.now();
        const fail = (what: string, errors: string[]) => {
          throw new Error(`Search index: ${what} failed:\n  ${errors.join('\n  ')}\nThe site was built but cannot be searched, so the build stops.`);
        };
        const { index, errors } = await pagefind.createIndex({});
        if (!index) fail('starting Pagefind', errors);
        const added = await index!.addDirectory({ path: outDir });
        if (added.errors.length > 0) fail('reading the built pages', added.errors);
        if (added.page_count === 0) fail('indexing', ['no page has data-pagefind-body, so nothing was indexed']);
        // The records join the pages' index only in the pages' language (<html lang>).
        const language = /<html[^>]*\slang="([^"]+)"/.exec(readFileSync(`${outDir}index.html`, 'utf8'))?.[1]?.toLowerCase() ?? 'en';
        const terms = parse(readFileSync(`${root}content/glossary.yaml`, 'utf8')) as GlossaryTerm[];
        for (const t of terms) {
          const content = [t.term, t.definition, ...(t.otherNames?.length ? [`Also called: ${t.otherNames.join(', ')}`] : [])].join('. ');
          const record = await index!.addCustomRecord({ url: `/glossary/#${t.id}`, content, language, meta: { title: t.term }, filters: { type: ['Glossary'] } });
          if (record.errors.length > 0) fail(`indexing the glossary term "${t.id}" (content/glossary.yaml)`, record.errors);
        }
        // The nation guides are one result, not four (src/integrations/guide-search-record.ts).
        const guides: BuiltGuide[] = NATIONS.map((nation) => ({ nation, file: `${outDir}worried/${nation}/index.html` }))
          .filter((g) => existsSync(g.file))
          .map((g) => ({ ...g, html: readFileSync(g.file, 'utf8') }));
        if (guides.length > 0) {
          const grouped = await index!.addHTMLFile({ url: '/worried/', content: groupedGuidesHtml(guides) });
          if (grouped.errors.length > 0) fail('indexing the "Worried about a child?" guides', grouped.errors);
        }
        const written = await index!.writeFiles({ outputPath: `${outDir}pagefind` });
        if (written.errors.length > 0) fail('writing the index', written.errors);
        await pagefind.close();
        const ms = Math.round(performance.now() - started);
        logger.info(`indexed ${added.page_count} pages, ${terms.length} glossary terms${guides.length > 0 ? ` and the ${guides.length} guides as one` : ''} in ${ms} ms`);
      },
    },
  };
}
