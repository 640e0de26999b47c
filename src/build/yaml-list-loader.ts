import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument, isSeq, isMap, LineCounter } from 'yaml';
import type { Loader } from 'astro/loaders';

/** One item of a YAML list file, with the line it starts on (for error messages). */
export interface YamlListItem {
  id: string;
  line: number;
  data: Record<string, unknown>;
}

/**
 * Parses a YAML file that holds a list of items with unique `id`s. Unlike Astro's file()
 * loader, it never drops an item: a missing file, a missing id or a duplicate id is an error
 * that names the file, the line and the fix.
 */
export function parseYamlList(text: string, file: string): YamlListItem[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const { line } = lineCounter.linePos(first.pos[0]);
    throw new Error(`${file}:${line}: this is not valid YAML (${first.code}). Check the indentation and quotes on that line.`);
  }
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) {
    throw new Error(`${file}: the file must be a YAML list (each item starting with "- id: ..."), not a single mapping.`);
  }
  const seen = new Map<string, number>();
  const items: YamlListItem[] = [];
  doc.contents.items.forEach((node, index) => {
    const line = node && typeof node === 'object' && 'range' in node && node.range ? lineCounter.linePos(node.range[0]).line : 0;
    if (!isMap(node)) {
      throw new Error(`${file}:${line}: item ${index + 1} is not a mapping. Each item needs fields such as "id:" on their own lines.`);
    }
    const data = node.toJSON() as Record<string, unknown>;
    const id = data['id'];
    if (typeof id !== 'string' || id.trim() === '') {
      throw new Error(`${file}:${line}: item ${index + 1} has no "id". Add a unique kebab-case id, for example "id: my-new-item".`);
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      throw new Error(`${file}:${line}: id "${id}" is already used at line ${earlier}. Ids must be unique: rename one of them or merge the two items.`);
    }
    seen.set(id, line);
    items.push({ id, line, data });
  });
  return items;
}

interface YamlListOptions {
  /** When true, a missing file means "no items" (used for an organisation's optional local data). */
  optional?: boolean;
}

/** An Astro content loader for a YAML list file, built on {@link parseYamlList}. */
export function yamlListLoader(file: string, options: YamlListOptions = {}): Loader {
  return {
    name: 'yaml-list-loader',
    load: async ({ config, store, parseData, watcher, logger }) => {
      const path = fileURLToPath(new URL(file, config.root));
      const sync = async () => {
        store.clear();
        if (!existsSync(path)) {
          if (options.optional) return;
          throw new Error(`${file}: file not found. Create it, or restore it from git.`);
        }
        for (const item of parseYamlList(readFileSync(path, 'utf8'), file)) {
          const data = await parseData({ id: item.id, data: item.data, filePath: file });
          store.set({ id: item.id, data, filePath: file });
        }
      };
      await sync();
      watcher?.add(path);
      watcher?.on('all', async (_event, changed) => {
        if (changed !== path) return;
        logger.info(`Reloading ${file}`);
        await sync();
      });
    },
  };
}
