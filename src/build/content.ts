/**
 * The one place that reads content collections. Every page and component asks `getSite()`,
 * which loads everything once, checks every cross-reference, and fails the build with all
 * problems listed if anything is wrong.
 */
import { existsSync, readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError, validateContent } from './validate.ts';
import { componentIds, readMdx } from '../content-engine/mdx.mjs';
import { getLessonsInOrder, orderNumber } from '../shared/order.ts';
import { stepLessonIds, stepTotals, summariseSteps, type PathwayStepData, type StepSummary } from '../shared/pathway.ts';
import type { Nation } from '../shared/vocab.ts';
import { localContactsFile, type LocalContacts } from './local-contacts.ts';
import { anchorsOf, lastSignificantChange, newestChange, type Change } from '../shared/changes.ts';
import { isoDate } from '../content-engine/dates.mjs';

export type LessonEntry = CollectionEntry<'lessons'>;
export type ModuleEntry = CollectionEntry<'modules'>;
export type Reference = CollectionEntry<'references'>['data'];
export type ContactData = CollectionEntry<'contacts'>['data'];
export type SafetyRuleData = CollectionEntry<'safetyRules'>['data'];
export type GlossaryEntry = CollectionEntry<'glossary'>['data'];
export type RecordField = CollectionEntry<'recordOfConcern'>['data'];
export type GuideEntry = CollectionEntry<'guides'>;
export type PageEntry = CollectionEntry<'pages'>;
export type ScenarioData = CollectionEntry<'scenarios'>['data'];

export interface Lesson {
  id: string;
  entry: LessonEntry;
  url: string;
  number: number;
  module: Module;
  previous: Lesson | undefined;
  next: Lesson | undefined;
  /** The lesson's change log, newest first. */
  changes: Change[];
  /** The day of its newest significant change ("YYYY-MM-DD"): a learner who completed it before then is told. */
  lastSignificantChange: string | undefined;
}

export interface Module {
  id: string;
  entry: ModuleEntry;
  url: string;
  number: number;
  lessons: Lesson[];
  /** Total minutes of the module's lessons. */
  duration: number;
}

export interface Pathway {
  id: string;
  entry: CollectionEntry<'pathways'>;
  url: string;
  /** The steps as written, in order. */
  data: PathwayStepData[];
  /** The steps with titles, minutes and pathway-scoped addresses. */
  steps: StepSummary[];
  /** Every lesson a step can use, in step order (a byNation step gives four). */
  lessons: Lesson[];
  /** Minutes for the required steps, and for all of them. */
  totals: { required: number; all: number };
}

export interface Site {
  modules: Module[];
  lessons: Lesson[];
  lessonById: Map<string, Lesson>;
  references: Map<string, Reference>;
  contacts: ContactData[];
  contactById: Map<string, ContactData>;
  /** Shared urgent guidance, by id (content/safety-rules.yaml). */
  safetyRuleById: Map<string, SafetyRuleData>;
  glossary: GlossaryEntry[];
  /** The model record-of-concern form's fields, in order (content/record-of-concern.yaml). */
  recordOfConcern: RecordField[];
  termById: Map<string, GlossaryEntry>;
  /** For each glossary id, the lessons that link it, in curriculum order. */
  termUsage: Map<string, Lesson[]>;
  pathways: Pathway[];
  guides: Map<Nation, GuideEntry>;
  pages: Map<string, PageEntry>;
  /** Branching scenarios (content/scenarios/*.yaml), by id, checked. */
  scenarioById: Map<string, ScenarioData>;
  /** The deploying organisation's own contacts, when it has added them. */
  local: LocalContacts | undefined;
  /** Every lesson's change log entry, newest first (the "What changed" page and feed). */
  changes: Change[];
  /** The content version's date: the newest change in any lesson ("YYYY-MM-DD"), or the newest lastReviewed when no lesson has a log. */
  contentDate: string;
}

export const lessonUrl = (id: string) => `/modules/${id}/`;
export const moduleUrl = (id: string) => `/modules/${id}/`;

const fileOf = (entry: { filePath?: string | undefined; id: string }, fallback: string) => entry.filePath ?? fallback;
const sourceOf = (file: string) => readFileSync(file, 'utf8');

async function loadSite(): Promise<Site> {
  const includeDrafts = import.meta.env.DEV;
  const [moduleEntries, allLessons, referenceEntries, contactEntries, safetyRuleEntries, glossaryEntries, recordEntries, pathwayEntries, guideEntries, pageEntries, scenarioEntries, localEntries] = await Promise.all([
    getCollection('modules'),
    getCollection('lessons'),
    getCollection('references'),
    getCollection('contacts'),
    getCollection('safetyRules'),
    getCollection('glossary'),
    getCollection('recordOfConcern'),
    getCollection('pathways'),
    getCollection('guides'),
    getCollection('pages'),
    getCollection('scenarios'),
    // Most deployments have no local file; skip the lookup so the build does not warn about it.
    existsSync(localContactsFile()) ? getCollection('localContacts') : Promise.resolve([]),
  ]);
  const lessonEntries = allLessons.filter((l) => includeDrafts || !l.data.draft);

  // Each lesson file is read once: for the cross-reference checks and for the glossary's "used in" links.
  const lessonFiles = lessonEntries.map((l) => {
    const file = fileOf(l, `content/modules/${l.id}.mdx`);
    return { l, file, source: sourceOf(file) };
  });
  const problems = validateContent({
    lessons: lessonFiles.map(({ l, file, source }) => ({ id: l.id, file, source, sources: l.data.sources, lastReviewed: l.data.lastReviewed, reviewDue: l.data.reviewDue })),
    documents: [
      ...moduleEntries.map((m) => fileOf(m, `content/modules/${m.id}/index.mdx`)).map((file) => ({ file, source: sourceOf(file) })),
      ...pageEntries.map((p) => {
        const file = fileOf(p, `content/pages/${p.id}.mdx`);
        return { file, source: sourceOf(file), lastReviewed: p.data.lastReviewed, reviewDue: p.data.reviewDue };
      }),
    ],
    moduleIds: moduleEntries.map((m) => m.id),
    referenceIds: referenceEntries.map((r) => r.id),
    contactIds: contactEntries.map((c) => c.id),
    safetyRules: safetyRuleEntries.map((r) => ({ id: r.id, steps: r.data.steps, contacts: r.data.contacts })),
    glossary: glossaryEntries.map((g) => ({ id: g.id, related: g.data.related })),
    pathways: pathwayEntries.map((p) => ({ id: p.id, file: fileOf(p, `content/pathways/${p.id}.yaml`), steps: p.data.steps as PathwayStepData[] })),
    guides: guideEntries.map((g) => ({ id: g.id, file: fileOf(g, `content/guides/${g.id}.yaml`), ...g.data })),
    scenarios: scenarioEntries.map((sc) => {
      const file = fileOf(sc, `content/scenarios/${sc.id}.yaml`);
      return { id: sc.id, file, source: sourceOf(file) };
    }),
  });
  if (problems.length > 0) throw new ContentError(problems);

  const modules: Module[] = moduleEntries
    .map((entry) => ({ id: entry.id, entry, url: moduleUrl(entry.id), number: orderNumber(entry.id), lessons: [] as Lesson[], duration: 0 }))
    .sort((a, b) => a.number - b.number);
  const moduleById = new Map(modules.map((m) => [m.id, m]));

  const lessons: Lesson[] = getLessonsInOrder(lessonEntries).map((entry) => {
    const module = moduleById.get(entry.id.split('/')[0]!)!;
    // Oldest first for the anchors (a new entry never moves an old one's), then newest first.
    const log = (entry.data.changes ?? []).map((c) => ({ lesson: entry.id, date: isoDate(c.date), summary: c.summary, significant: c.significant })).sort((a, b) => a.date.localeCompare(b.date));
    const anchors = anchorsOf(entry.id, log.map((c) => c.date));
    const changes: Change[] = log.map((c, i) => ({ ...c, anchor: anchors[i]! })).reverse();
    return { id: entry.id, entry, url: lessonUrl(entry.id), number: orderNumber(entry.id.split('/')[1]!), module, previous: undefined, next: undefined, changes, lastSignificantChange: lastSignificantChange(changes) };
  });
  lessons.forEach((lesson, i) => {
    lesson.previous = lessons[i - 1];
    lesson.next = lessons[i + 1];
    lesson.module.lessons.push(lesson);
    lesson.module.duration += lesson.entry.data.duration;
  });
  const lessonById = new Map(lessons.map((l) => [l.id, l]));

  const termUsage = new Map<string, Lesson[]>();
  for (const { l, source } of lessonFiles) {
    const lesson = lessonById.get(l.id)!;
    for (const { id } of componentIds(readMdx(source), 'Term')) {
      const users = termUsage.get(id) ?? [];
      if (!users.includes(lesson)) users.push(lesson);
      termUsage.set(id, users);
    }
  }
  for (const users of termUsage.values()) users.sort((a, b) => lessons.indexOf(a) - lessons.indexOf(b));

  const pathways: Pathway[] = pathwayEntries
    .map((entry) => {
      const data = entry.data.steps as PathwayStepData[];
      const steps = summariseSteps(entry.id, data, (id) => ({ title: lessonById.get(id)!.entry.data.title, minutes: lessonById.get(id)!.entry.data.duration }));
      const lessons = data.flatMap(stepLessonIds).map((id) => lessonById.get(id)!);
      return { id: entry.id, entry, url: `/pathways/${entry.id}/`, data, steps, lessons, totals: stepTotals(steps) };
    })
    .sort((a, b) => a.totals.required - b.totals.required);

  // A record-of-concern field names the lesson that teaches it; a renamed lesson must not leave it pointing nowhere.
  for (const { data } of recordEntries) {
    if (!lessonById.has(data.lesson)) {
      throw new Error(`content/record-of-concern.yaml: ${data.id}: lesson "${data.lesson}" is not a published lesson. Write the folder/file of the module 06 lesson that teaches this field, for example "06-recording-and-sharing/01-what-a-good-record-holds".`);
    }
  }

  const glossary = glossaryEntries.map((g) => g.data).sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base' }));
  const contacts = contactEntries.map((c) => c.data);
  return {
    modules,
    lessons,
    lessonById,
    references: new Map(referenceEntries.map((r) => [r.id, r.data])),
    contacts,
    contactById: new Map(contacts.map((c) => [c.id, c])),
    safetyRuleById: new Map(safetyRuleEntries.map((r) => [r.id, r.data])),
    glossary,
    recordOfConcern: recordEntries.map((r) => r.data),
    termById: new Map(glossary.map((g) => [g.id, g])),
    termUsage,
    pathways,
    guides: new Map(guideEntries.map((g) => [g.data.nation, g])),
    pages: new Map(pageEntries.map((p) => [p.id, p])),
    scenarioById: new Map(scenarioEntries.map((sc) => [sc.id, sc.data])),
    local: localEntries[0]?.data,
    changes: lessons.flatMap((l) => l.changes).sort((a, b) => b.date.localeCompare(a.date)),
    contentDate: newestChange(lessons.flatMap((l) => l.changes)) ?? newestChange(lessons.map((l) => ({ date: isoDate(l.entry.data.lastReviewed) }))) ?? '1970-01-01',
  };
}

/** The deploying organisation's nation (content/local-contacts.yaml, defaultNation): a learner's starting choice. */
export async function getDefaultNation(): Promise<Nation | undefined> {
  return (await getSite()).local?.defaultNation;
}

let site: Promise<Site> | undefined;

/** All content, loaded and checked once per build. */
export function getSite(): Promise<Site> {
  site ??= loadSite();
  return site;
}

/** The scenario shown by <Branching id>, or the error an author can act on. */
export async function scenarioNamed(id: string): Promise<ScenarioData> {
  const scenario = (await getSite()).scenarioById.get(id);
  if (!scenario) throw new Error(`<Branching id="${id}">: there is no scenario "${id}" in content/scenarios/. Use the file name of a scenario there, without .yaml.`);
  return scenario;
}
