import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { checkAgainst, formatProblem, type Problem } from '../content-engine/errors.mjs';
import { splitFrontmatter, yamlLine } from '../content-engine/mdx.mjs';

/** Thrown when an entry does not match its schema; its message lists each problem with file and line. */
export class SchemaError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`\nThe content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}\n`);
    this.name = 'SchemaError';
  }
}

/**
 * The line of a field, for an entry read from `source`: the frontmatter of an MDX file, an item
 * of a YAML list (found by its id), or a whole YAML document.
 */
export function fieldLocator(file: string, source: string, id: string): (path: (string | number)[]) => number {
  if (/\.mdx?$/.test(file)) {
    const { yaml } = splitFrontmatter(source);
    return (path) => (yaml === undefined ? 1 : yamlLine(yaml, path) + 1);
  }
  // Parsed only when a problem needs its line: parsing a list file once per entry made the
  // content sync quadratic (6.4 of its 7 seconds on the glossary and references).
  let prefix: number[] | undefined;
  return (path) => {
    if (!prefix) {
      const items: unknown = parseDocument(source).toJS();
      const index = Array.isArray(items) ? items.findIndex((item: unknown) => typeof item === 'object' && item !== null && (item as { id?: unknown }).id === id) : -1;
      prefix = index === -1 ? [] : [index];
    }
    return yamlLine(source, [...prefix, ...path]);
  };
}

/**
 * Wraps a content loader so each entry is checked against `schema` before Astro sees it, and a
 * problem fails the build with the file, the line, the field, the value and the fix (Astro's
 * own schema errors give none of the last three and point at line 0).
 */
export function checked(loader: Loader, schema: z.ZodTypeAny): Loader {
  return {
    ...loader,
    load: (context) => {
      const root = fileURLToPath(context.config.root);
      return loader.load({
        ...context,
        parseData: async (props) => {
          const path = props.filePath ? (isAbsolute(props.filePath) ? props.filePath : resolve(root, props.filePath)) : undefined;
          const file = path ? relative(root, path).split('\\').join('/') : `${context.collection} → ${props.id}`;
          const source = path && existsSync(path) ? readFileSync(path, 'utf8') : '';
          const problems = checkAgainst(schema, props.data, { file, lineOf: fieldLocator(file, source, props.id) });
          if (problems.length > 0) throw new SchemaError(problems);
          return context.parseData(props);
        },
      });
    },
  };
}
