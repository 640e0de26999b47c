import { isoDate as iso } from './format.ts';
import { NATIONS, type Nation } from '../shared/vocab.ts';
import { readMdx } from '../content-engine/mdx.mjs';
import { closest } from '../content-engine/errors.mjs';
import { checkComponents, unknownIdMessage } from '../content-engine/rules.mjs';
import { componentIds } from '../content-engine/mdx.mjs';
import { checkScenario, checkScenarioUse } from '../content-engine/branching.mjs';

export { closest };

/**
 * Cross-reference checks over all content, as a pure function so unit tests can pin every
 * message. Each problem names the file, the field, the bad value and the fix. The rules about a
 * single MDX file (component props, unknown components, ids in components, links) live in
 * src/content-engine/rules.mjs, shared with the content lint.
 */

export interface LessonInput {
  id: string;
  file: string;
  /** The whole file as written (frontmatter and body), for line numbers. */
  source: string;
  sources: string[];
  lastReviewed: Date;
  reviewDue: Date;
}

export interface GuideInput {
  id: string;
  file: string;
  nation: string;
  start: string;
  steps: { id: string; answers: { next: string }[] }[];
  outcomes: { id: string; contacts: string[]; lessons: string[]; rules?: string[] }[];
}

export interface SafetyRuleInput {
  id: string;
  steps: string[];
  contacts: string[];
}

/** A pathway step as the checks need it: the kinds of src/shared/pathway.ts, other fields left out. */
export type PathwayStepInput = { lesson: string } | { byNation: Record<Nation, string> } | { guide: string };

export interface ContentInput {
  lessons: LessonInput[];
  /** Module overviews and stand-alone pages: checked for component ids only. */
  documents: { file: string; source: string; lastReviewed?: Date; reviewDue?: Date }[];
  moduleIds: string[];
  referenceIds: string[];
  contactIds: string[];
  /** Shared urgent guidance (content/safety-rules.yaml). */
  safetyRules: SafetyRuleInput[];
  glossary: { id: string; related: string[] }[];
  pathways: { id: string; file: string; steps: PathwayStepInput[] }[];
  guides: GuideInput[];
  /** Branching scenarios (content/scenarios/*.yaml): each file as written, checked by src/content-engine/branching.mjs. */
  scenarios?: { id: string; file: string; source: string }[];
}

export interface ContentProblem {
  file: string;
  message: string;
}

const REFERENCES = 'content/references.yaml';
const CONTACTS = 'content/contacts.yaml';
const GLOSSARY = 'content/glossary.yaml';
const SAFETY_RULES = 'content/safety-rules.yaml';

/** "{contact:police-emergency}" in a safety rule's step: a number shown from content/contacts.yaml. */
export const CONTACT_TOKEN = /\{contact:([^}]*)\}/g;

function unknownId(file: string, field: string, value: string, where: string, known: readonly string[], what: string): ContentProblem {
  return { file, message: unknownIdMessage(field, value, where, known, what) };
}

function checkDates(file: string, lastReviewed: Date, reviewDue: Date): ContentProblem[] {
  if (reviewDue.getTime() > lastReviewed.getTime()) return [];
  return [{ file, message: `reviewDue "${iso(reviewDue)}" is not later than lastReviewed "${iso(lastReviewed)}". Set reviewDue to a date after the last review (usually one year later).` }];
}

function checkGuide(guide: GuideInput, contactIds: readonly string[], lessonIds: readonly string[], safetyRuleIds: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { file } = guide;
  const fileNation = guide.id;
  if (guide.nation !== fileNation) {
    problems.push({ file, message: `nation "${guide.nation}" does not match the file name "${fileNation}.yaml". Rename the file or correct the nation.` });
  }
  const steps = new Map(guide.steps.map((s) => [s.id, s]));
  const outcomes = new Map(guide.outcomes.map((o) => [o.id, o]));
  const allIds = [...steps.keys(), ...outcomes.keys()];
  const seen = new Set<string>();
  for (const nodeId of allIds) {
    if (seen.has(nodeId)) problems.push({ file, message: `id "${nodeId}" is used by more than one step or outcome. Each needs its own id.` });
    seen.add(nodeId);
  }
  const start = steps.get(guide.start);
  if (!start) {
    problems.push({ file, message: `start "${guide.start}" is not the id of a step. Point start at the immediate-danger question.` });
    return problems;
  }
  guide.steps.forEach((step, i) =>
    step.answers.forEach((answer, j) => {
      if (!steps.has(answer.next) && !outcomes.has(answer.next)) {
        const guess = closest(answer.next, allIds);
        problems.push({ file, message: `steps[${i}].answers[${j}].next "${answer.next}" is not a step or outcome id.${guess ? ` Did you mean "${guess}"?` : ''} Point it at an existing step or outcome.` });
      }
    }),
  );
  guide.outcomes.forEach((outcome, i) => {
    outcome.contacts.forEach((c, j) => {
      if (!contactIds.includes(c)) problems.push(unknownId(file, `outcomes[${i}].contacts[${j}]`, c, CONTACTS, contactIds, 'contact'));
    });
    (outcome.rules ?? []).forEach((r, j) => {
      if (!safetyRuleIds.includes(r)) problems.push(unknownId(file, `outcomes[${i}].rules[${j}]`, r, SAFETY_RULES, safetyRuleIds, 'safety rule'));
    });
    outcome.lessons.forEach((l, j) => {
      if (!lessonIds.includes(l)) problems.push(unknownId(file, `outcomes[${i}].lessons[${j}]`, l, 'content/modules', lessonIds, 'lesson'));
    });
  });
  const dangerFirst = start.answers.some((a) => outcomes.get(a.next)?.contacts.includes('police-emergency'));
  if (!dangerFirst) {
    problems.push({ file, message: `the first step "${guide.start}" must be the immediate-danger question, with an answer that leads straight to an outcome whose contacts include "police-emergency".` });
  }
  // Walk from the start: every node reachable, and no path loops back on itself.
  const reached = new Set<string>();
  const visit = (nodeId: string, path: string[]) => {
    if (path.includes(nodeId)) {
      problems.push({ file, message: `the path ${[...path, nodeId].join(' → ')} loops. Every path must end at an outcome.` });
      return;
    }
    reached.add(nodeId);
    for (const answer of steps.get(nodeId)?.answers ?? []) {
      if (steps.has(answer.next) || outcomes.has(answer.next)) visit(answer.next, [...path, nodeId]);
    }
  };
  visit(guide.start, []);
  for (const nodeId of allIds) {
    if (!reached.has(nodeId)) problems.push({ file, message: `"${nodeId}" cannot be reached from the start. Link it from an answer or remove it.` });
  }
  return problems;
}

/** Checks every cross-reference in the content; returns all problems found (empty when valid). */
export function validateContent(input: ContentInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lessonIds = input.lessons.map((l) => l.id);
  const glossaryIds = input.glossary.map((g) => g.id);
  const safetyRuleIds = input.safetyRules.map((r) => r.id);
  const scenarios = input.scenarios ?? [];
  const known = { contactIds: input.contactIds, glossaryIds, referenceIds: input.referenceIds, safetyRuleIds, scenarioIds: scenarios.map((sc) => sc.id) };

  for (const rule of input.safetyRules) {
    rule.contacts.forEach((c, i) => {
      if (!input.contactIds.includes(c)) problems.push(unknownId(SAFETY_RULES, `"${rule.id}" contacts[${i}]`, c, CONTACTS, input.contactIds, 'contact'));
    });
    rule.steps.forEach((step, i) => {
      for (const [, c = ''] of step.matchAll(CONTACT_TOKEN)) {
        if (!input.contactIds.includes(c)) problems.push(unknownId(SAFETY_RULES, `"${rule.id}" steps[${i}] {contact:${c}}`, c, CONTACTS, input.contactIds, 'contact'));
      }
    });
  }

  for (const lesson of input.lessons) {
    const moduleId = lesson.id.split('/')[0]!;
    if (!input.moduleIds.includes(moduleId)) {
      problems.push({ file: lesson.file, message: `the lesson is in "content/modules/${moduleId}/", which has no index.mdx. Add the module overview content/modules/${moduleId}/index.mdx.` });
    }
    lesson.sources.forEach((s, i) => {
      if (!input.referenceIds.includes(s)) problems.push(unknownId(lesson.file, `sources[${i}]`, s, REFERENCES, input.referenceIds, 'reference'));
    });
    const duplicate = lesson.sources.find((s, i) => lesson.sources.indexOf(s) !== i);
    if (duplicate) problems.push({ file: lesson.file, message: `sources lists "${duplicate}" twice. List each source once.` });
    problems.push(...checkDates(lesson.file, lesson.lastReviewed, lesson.reviewDue));
  }

  const scenarioUses: { id: string; file: string; line: number }[] = [];
  for (const doc of [...input.lessons, ...input.documents]) {
    const mdx = readMdx(doc.source);
    for (const f of checkComponents(doc.file, mdx, known)) problems.push({ file: f.line ? `${f.file}:${f.line}` : f.file, message: f.message });
    for (const use of componentIds(mdx, 'Branching')) scenarioUses.push({ id: use.id, file: doc.file, line: use.line });
  }
  // A scenario used by no lesson is only a warning, for the content lint; the build fails on errors.
  for (const p of [...scenarios.flatMap((sc) => checkScenario({ file: sc.file, source: sc.source, known: { safetyRuleIds, contactIds: input.contactIds } })), ...checkScenarioUse(scenarios, scenarioUses)]) {
    if (p.level === 'error') problems.push({ file: p.line ? `${p.file}:${p.line}` : p.file, message: p.message });
  }
  for (const doc of input.documents) {
    if (doc.lastReviewed && doc.reviewDue) problems.push(...checkDates(doc.file, doc.lastReviewed, doc.reviewDue));
  }

  input.glossary.forEach((entry) =>
    entry.related.forEach((r, i) => {
      if (!glossaryIds.includes(r)) problems.push(unknownId(GLOSSARY, `"${entry.id}" related[${i}]`, r, GLOSSARY, glossaryIds, 'glossary'));
    }),
  );

  for (const pathway of input.pathways) {
    const seen = new Set<string>();
    pathway.steps.forEach((step, i) => {
      const fields = 'lesson' in step ? [[`steps[${i}].lesson`, step.lesson]] : 'byNation' in step ? NATIONS.map((n) => [`steps[${i}].byNation.${n}`, step.byNation[n]]) : [];
      for (const [field, lesson] of fields as [string, string][]) {
        if (!lessonIds.includes(lesson)) problems.push(unknownId(pathway.file, field, lesson, 'content/modules', lessonIds, 'lesson'));
        if (seen.has(lesson)) problems.push({ file: pathway.file, message: `${field} "${lesson}" is listed twice. List each lesson once.` });
        seen.add(lesson);
      }
    });
    if (pathway.steps.filter((s) => 'guide' in s).length > 1) problems.push({ file: pathway.file, message: 'steps: more than one "guide" step. A walk through the guide counts once; keep one.' });
  }

  for (const guide of input.guides) problems.push(...checkGuide(guide, input.contactIds, lessonIds, safetyRuleIds));
  return problems;
}

/** Thrown when content is invalid; its message lists every problem, one a line. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`\nThe content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${formatProblems(problems)}`);
    this.name = 'ContentError';
  }
}

export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `  ${p.file}: ${p.message}`).join('\n');
}
