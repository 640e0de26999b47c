/**
 * A throw-away copy of the project for tests that change content and build: no dist/, no caches,
 * node_modules linked (tests/support → scripts/lib/bench-measure.mjs copyProject), and helpers to
 * run the project's own commands in it.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { copyProject } from '../../scripts/lib/bench-measure.mjs';
import { runScriptAsync } from './run-script.ts';

export const ROOT = new URL('../../', import.meta.url).pathname;

export interface Run {
  status: number | null;
  output: string;
}

/** Copies the project to a temporary folder; remove it with {@link removeCopy}. */
export const makeCopy = (): string => copyProject(ROOT);

export const removeCopy = (copy: string) => rmSync(copy, { recursive: true, force: true });

/** Runs one of the project's Node scripts inside the copy, as `npm run` would there (without blocking the test runner). */
export async function runIn(copy: string, script: string, args: string[] = []): Promise<Run> {
  const result = await runScriptAsync(script, args, { ASTRO_TELEMETRY_DISABLED: '1' }, copy);
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The README's example content/local-contacts.yaml, read from the README itself. */
export function readmeLocalContacts(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf("## Your organisation's contacts"));
  const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('README.md: no ```yaml example under "## Your organisation\'s contacts"');
  return block;
}

/**
 * Adds a lesson at the end of a module, as an organisation would: a copy of the module's first
 * lesson under a new number, title and description. Returns the new lesson's id.
 */
export function addLesson(copy: string, moduleId: string, title: string): string {
  const dir = join(copy, 'content/modules', moduleId);
  const files = readdirSync(dir)
    .filter((f) => /^\d\d-.*\.mdx$/.test(f) && f !== 'index.mdx')
    .sort();
  const next = String(Number(files.at(-1)!.slice(0, 2)) + 1).padStart(2, '0');
  const slug = `${next}-${title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
  const source = readFileSync(join(dir, files[0]!), 'utf8');
  const lesson = source
    .replace(/^title: .*$/m, `title: ${title}`)
    .replace(/^description: .*$/m, `description: What ${title.toLowerCase()} means for you, added by your organisation.`)
    .replace(/^draft: .*$/m, 'draft: false');
  writeFileSync(join(dir, `${slug}.mdx`), lesson);
  return `${moduleId}/${slug}`;
}

/** Adds a lesson as the last step of a pathway (content/pathways/ID.yaml). */
export function addPathwayStep(copy: string, pathwayId: string, lessonId: string): void {
  const file = join(copy, 'content/pathways', `${pathwayId}.yaml`);
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const steps = doc.get('steps') as { add: (item: unknown) => void };
  steps.add(doc.createNode({ lesson: lessonId }));
  writeFileSync(file, doc.toString());
}

/** Writes a file inside the copy, making its folder. */
export function writeIn(copy: string, path: string, text: string): void {
  mkdirSync(join(copy, path, '..'), { recursive: true });
  writeFileSync(join(copy, path), text);
}
