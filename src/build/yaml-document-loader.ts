import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';

/**
 * Loads one optional YAML document as a single entry with the id "local", after checking it
 * with `parse` (which throws a clear error). A missing file means no entry.
 */
export function optionalDocumentLoader(file: string, parse: (text: string, file: string) => Record<string, unknown>): Loader {
  return {
    name: 'optional-document-loader',
    load: async ({ config, store, parseData, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const path = fileURLToPath(new URL(file, config.root));
      const shown = relative(root, path);
      const sync = async () => {
        store.clear();
        if (!existsSync(path)) return;
        const checked = parse(readFileSync(path, 'utf8'), shown);
        store.set({ id: 'local', data: await parseData({ id: 'local', data: checked, filePath: shown }), filePath: shown });
        logger.info(`using the organisation's contacts from ${shown}`);
      };
      await sync();
      watcher?.add(path);
      watcher?.on('all', async (_event, changed) => {
        if (changed === path) await sync();
      });
    },
  };
}
