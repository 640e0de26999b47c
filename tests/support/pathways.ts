/**
 * The pathways as authors wrote them (content/pathways/*.yaml), for browser tests that must not
 * hard-code the curriculum: steps, titles and addresses are read from the content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;

export interface TestStep {
  kind: 'lesson' | 'byNation' | 'guide';
  required: boolean;
  /** The lesson's title, or the step's own title. */
  title: string;
  /** Where Start, Next and Continue lead without a nation chosen. */
  url: string;
  /** A lesson step's lesson id. */
  lesson?: string;
  /** A byNation step's lesson id and title for each nation. */
  nations?: Record<string, { id: string; title: string; url: string }>;
}

export interface TestPathway {
  id: string;
  title: string;
  url: string;
  audience: string;
  steps: TestStep[];
}

/** A lesson's title, from its MDX frontmatter. */
export function lessonTitle(id: string): string {
  const source = readFileSync(`content/modules/${id}.mdx`, 'utf8');
  const front = source.split(/^---\s*$/m)[1] ?? '';
  return String((parse(front) as { title: string }).title);
}

/** The lessons of a module folder, in their numbered order. */
export function moduleLessons(module: string): string[] {
  return readdirSync(`content/modules/${module}`)
    .filter((f) => /^\d\d-.+\.mdx$/.test(f))
    .sort()
    .map((f) => `${module}/${f.replace(/\.mdx$/, '')}`);
}

export function readPathway(id: string): TestPathway {
  const data = parse(readFileSync(`content/pathways/${id}.yaml`, 'utf8')) as { title: string; audience: string; steps: Record<string, unknown>[] };
  const url = `/pathways/${id}/`;
  const steps = data.steps.map((s, i): TestStep => {
    const required = s['required'] !== false;
    if (typeof s['lesson'] === 'string') return { kind: 'lesson', required, lesson: s['lesson'], title: lessonTitle(s['lesson']), url: `${url}${s['lesson']}/` };
    if (s['byNation']) {
      const map = s['byNation'] as Record<string, string>;
      const nations = Object.fromEntries(NATIONS.map((n) => [n, { id: map[n]!, title: lessonTitle(map[n]!), url: `${url}${map[n]}/` }]));
      return { kind: 'byNation', required, title: String(s['title']), url: `${url}step-${i + 1}/`, nations };
    }
    return { kind: 'guide', required, title: String(s['title']), url: `${url}step-${i + 1}/` };
  });
  return { id, title: data.title, url, audience: data.audience, steps };
}

/** Every pathway id, from the file names. */
export const pathwayIds = (): string[] => readdirSync('content/pathways').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();
