// @ts-check
/**
 * Synthetic lessons for the benchmark's scale test. Each one has the shape of a real lesson
 * (frontmatter, about 1,000 words of prose drawn from the real lessons' sentences, a scenario,
 * nation notes, three knowledge checks, key points, citations, glossary terms and contacts), so
 * the build and the search index do the same work per page as they do for the real curriculum.
 */
import { missingSelfHarmNote, undefinedAcronyms } from '../../src/content-engine/readability.mjs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYamlIds } from './yaml-ids.mjs';
import { findContentFiles } from './content-files.mjs';
import { readMdx } from '../../src/content-engine/mdx.mjs';

/** Lessons per synthetic module; real modules have 3 to 6, but two-digit numbers cap a module at 99. */
export const LESSONS_PER_MODULE = 80;
/** Synthetic modules are numbered after the real ones. */
const FIRST_MODULE = 10;

/**
 * A small seeded random number generator (mulberry32), so every run writes the same lessons.
 * @param {number} seed
 */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Plain sentences from the real lessons' prose, safe to put anywhere in MDX.
 * @param {string} root the project root
 */
export function sentenceCorpus(root) {
  /** @type {string[]} */
  const sentences = [];
  for (const { kind, file } of findContentFiles(root)) {
    if (kind !== 'lesson') continue;
    const { countable } = readMdx(readFileSync(join(root, file), 'utf8'));
    for (const segment of countable) {
      const text = segment.text.replace(/\s+/g, ' ').trim();
      if (!text || /^[#|*\-\d]/.test(text)) continue;
      for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
        if (sentence.length < 40 || sentence.length > 300 || /[{}<>|*#`[\]]/.test(sentence)) continue;
        // Out of its lesson, an acronym loses its definition and a mention of self-harm its content note.
        if (undefinedAcronyms(sentence).length > 0 || missingSelfHarmNote(sentence, undefined)) continue;
        sentences.push(sentence);
      }
    }
  }
  if (sentences.length < 50) throw new Error(`bench: only ${sentences.length} usable sentences in the real lessons; the scale test needs at least 50.`);
  return sentences;
}

/**
 * @typedef {object} Ids
 * @property {string[]} references
 * @property {string[]} glossary
 * @property {string[]} contacts
 */

/**
 * One synthetic lesson's MDX.
 * @param {{ module: number, lesson: number, sentences: string[], ids: Ids, random: () => number }} input
 */
export function syntheticLesson({ module, lesson, sentences, ids, random }) {
  /** @template T @param {T[]} list @returns {T} */
  const pick = (list) => /** @type {T} */ (list[Math.floor(random() * list.length)]);
  const paragraph = (n = 5) => Array.from({ length: n }, () => pick(sentences)).join(' ');
  const words = (n = 4) => pick(sentences).split(' ').slice(0, n).join(' ').replace(/[.,;:!?"']/g, '');
  const term = () => `<Term id="${pick(ids.glossary)}">${words(2)}</Term>`;
  const cite = () => `<Cite id="${pick(ids.references)}" />`;
  const tag = `${module}.${lesson}`;
  const check = (/** @type {number} */ n) =>
    [
      '<KnowledgeCheck',
      `  question="Synthetic question ${tag}.${n}: ${words(8)}?"`,
      '  options={[',
      `    { text: "${words(6)}.", feedback: "Because ${words(10)}." },`,
      `    { text: "${words(6)}.", feedback: "Because ${words(10)}.", correct: true },`,
      `    { text: "${words(6)}.", feedback: "Because ${words(10)}." },`,
      '  ]}',
      '/>',
    ].join('\n');
  const sources = [...new Set([pick(ids.references), pick(ids.references), pick(ids.references)])];
  while (sources.length < 2) sources.push(ids.references.find((r) => !sources.includes(r)) ?? '');
  return [
    '---',
    `title: Synthetic lesson ${tag}, ${words(5)}`,
    `description: A synthetic lesson for the scale benchmark, about ${words(8)}.`,
    'duration: 25',
    'audiences: [teacher, social-worker, volunteer]',
    'outcomes:',
    `  - Explain ${words(8)}.`,
    `  - Identify ${words(8)}.`,
    `sources: [${sources.join(', ')}]`,
    'lastReviewed: 2026-11-29',
    'reviewDue: 2027-11-29',
    'changes: [{ date: 2026-11-29, summary: "First published" }]',
    '---',
    '',
    `## ${words(5)}`,
    '',
    `${paragraph(6)} ${term()} ${cite()}`,
    '',
    paragraph(7),
    '',
    `## ${words(5)}`,
    '',
    `${paragraph(6)} Call ${'<Contact id="'}${pick(ids.contacts)}" variant="inline" />.`,
    '',
    ...Array.from({ length: 3 }, () => `- ${pick(sentences)}`),
    '',
    paragraph(6),
    '',
    `<Scenario title="${words(4)}">`,
    paragraph(5),
    '',
    `**Discussion:** ${paragraph(4)}`,
    '</Scenario>',
    '',
    '<TrainerNote>',
    paragraph(3),
    '</TrainerNote>',
    '',
    '## In your nation',
    '',
    '<NationNote nations={["england", "wales"]}>',
    `${paragraph(3)} ${cite()}`,
    '</NationNote>',
    '',
    '<NationNote nations={["scotland", "northern-ireland"]}>',
    paragraph(3),
    '</NationNote>',
    '',
    '<Reflect>',
    `- ${words(10)}?`,
    '</Reflect>',
    '',
    '## Check your understanding',
    '',
    check(1),
    '',
    check(2),
    '',
    check(3),
    '',
    '<KeyPoints>',
    ...Array.from({ length: 4 }, () => `- ${pick(sentences)}`),
    '</KeyPoints>',
    '',
  ].join('\n');
}

/**
 * Writes `count` synthetic lessons into a copy of the project, in modules 10, 11, ….
 * @param {string} root the copy's root
 * @param {number} count
 * @returns {{ modules: number, lessons: number }}
 */
export function writeSyntheticCurriculum(root, count) {
  const sentences = sentenceCorpus(root);
  const ids = {
    references: parseYamlIds(join(root, 'content/references.yaml')),
    glossary: parseYamlIds(join(root, 'content/glossary.yaml')),
    contacts: parseYamlIds(join(root, 'content/contacts.yaml')),
  };
  const modules = Math.ceil(count / LESSONS_PER_MODULE);
  if (FIRST_MODULE + modules - 1 > 99) throw new Error(`bench: --lessons ${count} needs more than 99 modules; use at most ${(100 - FIRST_MODULE) * LESSONS_PER_MODULE}.`);
  const random = seededRandom(20261129);
  let written = 0;
  for (let m = 0; m < modules; m++) {
    const number = FIRST_MODULE + m;
    const dir = join(root, 'content/modules', `${number}-synthetic-module-${number}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'index.mdx'),
      [
        '---',
        `title: Synthetic module ${number}`,
        'summary: A module of synthetic lessons for the scale benchmark.',
        'audiences: [teacher, social-worker, volunteer]',
        'outcomes:',
        '  - Explain nothing new, because this module exists to measure the build.',
        '  - Identify how build time grows with the number of lessons.',
        '---',
        '',
        sentences.slice(0, 4).join(' '),
        '',
      ].join('\n'),
    );
    for (let l = 1; l <= LESSONS_PER_MODULE && written < count; l++, written++) {
      const file = join(dir, `${String(l).padStart(2, '0')}-synthetic-lesson.mdx`);
      writeFileSync(file, syntheticLesson({ module: number, lesson: l, sentences, ids, random }));
    }
  }
  return { modules, lessons: written };
}
