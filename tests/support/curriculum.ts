/**
 * The curriculum as the browser specs see it: read from content/ (the YAML files and each lesson's
 * frontmatter), never typed into a test. An organisation that adds, removes or renames lessons,
 * pathway steps or guide questions changes what the specs expect, not whether they pass.
 *
 * This reads the same files the build reads, but on its own (plain YAML, no Astro), so a spec can
 * use it at collection time. It follows the build's rules: numbered folders and files give the
 * order, and draft lessons are not published.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { GuideOutcome, GuideStep } from './guides.ts';

/** The content folder: SG_CONTENT_DIR when a test points at a copy, else this checkout's. */
export const CONTENT_DIR = process.env['SG_CONTENT_DIR'] ?? new URL('../../content/', import.meta.url).pathname;

export interface Lesson {
  /** "05-responding-to-disclosure/01-listening-and-what-to-say" */
  id: string;
  module: string;
  url: string;
  title: string;
  description: string;
  /** Minutes. */
  duration: number;
  audiences: string[];
  /** Searches the lesson must answer (frontmatter `searchTerms`). */
  searchTerms: string[];
  /** The MDX body, after the frontmatter. */
  body: string;
  /** The change log (frontmatter `changes`), newest first; dates as "YYYY-MM-DD". */
  changes: { date: string; summary: string; significant: boolean }[];
}

export interface Module {
  id: string;
  url: string;
  title: string;
  /** Published lessons, in order. */
  lessons: Lesson[];
}

export interface PathwayStep {
  lesson: Lesson;
  required: boolean;
}

export interface Pathway {
  id: string;
  url: string;
  title: string;
  steps: PathwayStep[];
}

/** The guide types come from the one guide reader, tests/support/guides.ts. */
export type { GuideAnswer, GuideOutcome, GuideStep } from './guides.ts';

export interface Guide {
  nation: string;
  url: string;
  title: string;
  start: string;
  steps: GuideStep[];
  outcomes: GuideOutcome[];
}

const readYaml = <T>(path: string): T => parse(readFileSync(path, 'utf8')) as T;
const numbered = (name: string) => /^\d\d-/.test(name);

/** Splits an MDX file into its frontmatter (parsed) and its body. */
function readMdx(path: string): { data: Record<string, unknown>; body: string } {
  const source = readFileSync(path, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${path}: no frontmatter between --- lines`);
  return { data: (parse(match[1]!) ?? {}) as Record<string, unknown>, body: match[2]! };
}

let cachedModules: Module[] | undefined;

/** Every module with its published lessons, in order. */
export function modules(): Module[] {
  if (cachedModules) return cachedModules;
  const root = join(CONTENT_DIR, 'modules');
  cachedModules = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && numbered(d.name))
    .map((d) => d.name)
    .sort()
    .map((id) => {
      const overview = readMdx(join(root, id, 'index.mdx'));
      const lessons = readdirSync(join(root, id))
        .filter((f) => f.endsWith('.mdx') && numbered(f))
        .sort()
        .map((file) => ({ file, ...readMdx(join(root, id, file)) }))
        .filter(({ data }) => data['draft'] !== true)
        .map(({ file, data, body }): Lesson => {
          const lessonId = `${id}/${file.replace(/\.mdx$/, '')}`;
          return {
            id: lessonId,
            module: id,
            url: `/modules/${lessonId}/`,
            title: String(data['title']),
            description: String(data['description'] ?? ''),
            duration: Number(data['duration']),
            audiences: (data['audiences'] as string[] | undefined) ?? [],
            searchTerms: (data['searchTerms'] as string[] | undefined) ?? [],
            body,
            changes: ((data['changes'] as { date: unknown; summary: string; significant?: boolean }[] | undefined) ?? [])
              .map((c) => ({ date: c.date instanceof Date ? c.date.toISOString().slice(0, 10) : String(c.date), summary: c.summary, significant: c.significant === true }))
              .sort((a, b) => b.date.localeCompare(a.date)),
          };
        });
      return { id, url: `/modules/${id}/`, title: String(overview.data['title']), lessons };
    });
  return cachedModules;
}

/** Every published lesson, in curriculum order. */
export const lessons = (): Lesson[] => modules().flatMap((m) => m.lessons);

/** A lesson by id; throws if the content has no such lesson. */
export function lesson(id: string): Lesson {
  const found = lessons().find((l) => l.id === id);
  if (!found) throw new Error(`tests/support/curriculum.ts: there is no published lesson "${id}" in ${CONTENT_DIR}modules`);
  return found;
}

/** Every pathway, by file name. */
export function pathways(): Pathway[] {
  const root = join(CONTENT_DIR, 'pathways');
  return readdirSync(root)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const id = file.replace(/\.yaml$/, '');
      // Lesson steps only: a pathway may also hold other kinds of step.
      const data = readYaml<{ title: string; steps: { lesson: string; required?: boolean }[] }>(join(root, file));
      return { id, url: `/pathways/${id}/`, title: data.title, steps: data.steps.filter((s) => s.lesson).map((s) => ({ lesson: lesson(s.lesson), required: s.required !== false })) };
    });
}

/** Every "Worried about a child?" guide, by nation. */
export function guides(): Guide[] {
  const root = join(CONTENT_DIR, 'guides');
  return readdirSync(root)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const data = readYaml<Omit<Guide, 'url'>>(join(root, file));
      return { ...data, url: `/worried/${data.nation}/` };
    });
}

/** One field of the model record-of-concern form (content/record-of-concern.yaml). */
export interface RecordField {
  id: string;
  label: string;
  hint?: string;
  lines: number;
  lesson: string;
}

/** The model record-of-concern form's fields, in order, as the handout prints them. */
export const recordOfConcern = (): RecordField[] => readYaml(join(CONTENT_DIR, 'record-of-concern.yaml'));

/** One guide by nation. */
export function guide(nation: string): Guide {
  const found = guides().find((g) => g.nation === nation);
  if (!found) throw new Error(`tests/support/curriculum.ts: there is no guide for "${nation}" in ${CONTENT_DIR}guides`);
  return found;
}

/**
 * A walk through a guide from its first question: `choose` picks the answer (an index) at each
 * question. Returns the answers' labels in order and the outcome reached.
 */
export function walkGuide(g: Guide, choose: (step: GuideStep, depth: number) => number): { questions: string[]; labels: string[]; outcome: GuideOutcome } {
  const questions: string[] = [];
  const labels: string[] = [];
  let id = g.start;
  for (let depth = 0; depth < 50; depth++) {
    const outcome = g.outcomes.find((o) => o.id === id);
    if (outcome) return { questions, labels, outcome };
    const step = g.steps.find((s) => s.id === id);
    if (!step) throw new Error(`guide ${g.nation}: no step or outcome "${id}"`);
    const answer = step.answers[Math.min(choose(step, depth), step.answers.length - 1)]!;
    questions.push(step.question);
    labels.push(answer.label);
    id = answer.next;
  }
  throw new Error(`guide ${g.nation}: the walk did not reach an outcome in 50 steps`);
}

/** The index of a step's first answer that asks another question rather than ending at an outcome. */
export function firstOnwardAnswer(g: Guide, step: GuideStep): number {
  const index = step.answers.findIndex((a) => g.steps.some((s) => s.id === a.next));
  if (index < 0) throw new Error(`guide ${g.nation}: every answer to "${step.question}" ends at an outcome`);
  return index;
}

/** A walk that is not an emergency: the first answer to the first question that asks another question, then always the first answer. */
export function walkPastTheEmergency(g: Guide): ReturnType<typeof walkGuide> {
  return walkGuide(g, (step, depth) => (depth === 0 ? firstOnwardAnswer(g, step) : 0));
}

/** An entry of content/contacts.yaml, with the fields the tests use. */
export interface ContactEntry {
  id: string;
  name: string;
  kind: string;
  phone?: string;
  web?: string;
  hours: string;
  /** The nations the service covers; all four when absent. */
  nations?: string[];
}

/** The contacts in content/contacts.yaml. */
export const contacts = (): ContactEntry[] => readYaml(join(CONTENT_DIR, 'contacts.yaml'));

/**
 * What the progress specs work with: a lesson that is a step of a pathway, is followed by another
 * lesson in its module, and by another step in the pathway. Found in the content, so adding a
 * lesson or a step never breaks a spec; it fails loudly if no lesson fits.
 */
export function progressSubject(): { module: Module; lesson: Lesson; nextInModule: Lesson; pathway: Pathway; nextInPathway: Lesson; otherStep: Lesson } {
  for (const pathway of pathways()) {
    for (const [i, step] of pathway.steps.entries()) {
      const module = modules().find((m) => m.id === step.lesson.module)!;
      const at = module.lessons.findIndex((l) => l.id === step.lesson.id);
      const nextInModule = module.lessons[at + 1];
      const nextInPathway = pathway.steps[i + 1]?.lesson;
      if (nextInModule && nextInPathway) {
        const otherStep = pathway.steps.find((s) => s.lesson.id !== step.lesson.id)!.lesson;
        return { module, lesson: step.lesson, nextInModule, pathway, nextInPathway, otherStep };
      }
    }
  }
  throw new Error('tests/support/curriculum.ts: no pathway step is followed both by another lesson in its module and by another step');
}

/** One contact by id; throws if content/contacts.yaml has no such entry. */
export function contact(id: string): ContactEntry {
  const found = contacts().find((c) => c.id === id);
  if (!found) throw new Error(`tests/support/curriculum.ts: there is no contact "${id}" in ${CONTENT_DIR}contacts.yaml`);
  return found;
}

/** The first words of a lesson's first <TrainerNote>, as plain text, to find it on a page. */
export function trainerNoteStart(l: Lesson): string {
  const note = /<TrainerNote>([\s\S]*?)<\/TrainerNote>/.exec(l.body)?.[1];
  if (!note) throw new Error(`tests/support/curriculum.ts: ${l.id} has no <TrainerNote>`);
  const text = note
    .replace(/[*_`#>]/g, '')
    .trim()
    .split(/\s+/)
    .slice(0, 3)
    .join(' ');
  return text;
}

/** The nations, as the site names them. */
export const NATION_NAMES: Record<string, string> = { england: 'England', wales: 'Wales', scotland: 'Scotland', 'northern-ireland': 'Northern Ireland' };

/** A lesson with a nation note for each of the four nations, one nation per note, and a trainer note. */
export function lessonWithEveryNation(): Lesson {
  const found = lessons().find((l) => Object.keys(NATION_NAMES).every((n) => l.body.includes(`<NationNote nations={["${n}"]}>`)) && l.body.includes('<TrainerNote'));
  if (!found) throw new Error('tests/support/curriculum.ts: no lesson has a <NationNote> for each nation on its own and a <TrainerNote>');
  return found;
}

/** The title of the first <Scenario> in a module's lessons, with the module. */
export function moduleWithScenario(): { module: Module; scenario: string } {
  for (const module of modules()) {
    for (const l of module.lessons) {
      const match = /<Scenario\s+title=(?:"([^"]+)"|'([^']+)')/.exec(l.body);
      if (match) return { module, scenario: (match[1] ?? match[2])! };
    }
  }
  throw new Error('tests/support/curriculum.ts: no lesson has a <Scenario title="...">');
}

/** Words of a text, lower case, letters only. */
const words = (text: string) => text.toLowerCase().match(/[a-z]{3,}/g) ?? [];

/** Every word in content/ outside one lesson's body (other lessons, titles, YAML, pages). */
function wordsOutside(except: Lesson): Set<string> {
  const seen = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(mdx|ya?ml)$/.test(entry.name)) {
        const text = readFileSync(path, 'utf8');
        const own = path.endsWith(`${except.id}.mdx`);
        for (const w of words(own ? text.replace(except.body, '') : text)) seen.add(w);
      }
    }
  };
  walk(CONTENT_DIR);
  return seen;
}

/**
 * A word found in one lesson's prose and nowhere else in the content (not in its title or
 * description either), for "search finds a lesson by its body" checks.
 */
export function wordOnlyInOneLessonBody(): { word: string; lesson: Lesson } {
  for (const l of lessons()) {
    const elsewhere = wordsOutside(l);
    // Prose lines only: not components, lists of props or headings.
    const prose = l.body
      .replace(/<TrainerNote[\s\S]*?<\/TrainerNote>/g, '')
      .split('\n')
      .filter((line) => /^[A-Z]/.test(line.trim()));
    // Search stems words ("stories" finds "story"): no other word may share the first four letters.
    const stems = new Set([...elsewhere].map((w) => w.slice(0, 4)));
    const word = words(prose.join(' ')).find((w) => w.length >= 7 && !stems.has(w.slice(0, 4)));
    if (word) return { word, lesson: l };
  }
  throw new Error('tests/support/curriculum.ts: no lesson has a word of its own in its prose');
}

/**
 * A search every "Worried about a child?" guide matches that is also about a lesson: the two
 * longest words that are in every guide's text and in some lesson's title (for example "record"
 * and "concern"), read from content/ so no title is typed in a test.
 */
export function queryEveryGuideMatches(): string {
  const all = guides();
  const inEveryGuide = all.map((g) => new Set(words(JSON.stringify(g))));
  const titleWords = new Set(lessons().flatMap((l) => words(l.title)));
  const shared = [...titleWords].filter((w) => w.length >= 5 && inEveryGuide.every((set) => set.has(w))).sort((a, b) => b.length - a.length || a.localeCompare(b));
  if (all.length === 0 || shared.length === 0) throw new Error('tests/support/curriculum.ts: no word is in every guide and in a lesson title');
  return shared.slice(0, 2).join(' ');
}

/** A word that certainly finds results: the longest word in the first lesson's title. */
export const searchableWord = (): string => words(lessons()[0]!.title).sort((a, b) => b.length - a.length)[0]!;

/** The stand-alone pages (content/pages/NAME.mdx → /NAME/). */
export const standAlonePages = (): string[] =>
  existsSync(join(CONTENT_DIR, 'pages'))
    ? readdirSync(join(CONTENT_DIR, 'pages'))
        .filter((f) => f.endsWith('.mdx'))
        .sort()
        .map((f) => `/${f.replace(/\.mdx$/, '')}/`)
    : [];

/** Whether the organisation's local contacts file exists in this content. */
export const hasLocalContacts = () => existsSync(join(CONTENT_DIR, 'local-contacts.yaml'));
