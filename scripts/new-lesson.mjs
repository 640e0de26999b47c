#!/usr/bin/env node
// @ts-check
/**
 * Writes a new lesson skeleton: the right frontmatter, the headings of CURRICULUM.md's lesson
 * skeleton and every component a lesson needs, as a draft. Asks for what is missing.
 *
 *   npm run new:lesson
 *   npm run new:lesson -- --module 05 --title "Talking with parents" --audiences teacher,volunteer --duration 25
 *
 * Options: --module (the number or folder name), --title, --audiences (comma-separated),
 * --duration (minutes), --root DIR (the project, default: here), --today YYYY-MM-DD.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parse } from 'yaml';
import { AUDIENCES } from '../src/content-engine/vocab.mjs';
import { lessonSchema } from '../src/content-engine/schemas.mjs';
import { issueMessage } from '../src/content-engine/errors.mjs';
import { todayFrom } from './lib/content-files.mjs';

const argv = process.argv.slice(2);
/** @param {string} name */
const flag = (name) => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? undefined : argv[i + 1];
};

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  console.error(`new:lesson: ${message}`);
  process.exit(1);
}

const root = resolve(flag('root') ?? '.');
const modulesDir = join(root, 'content/modules');
if (!existsSync(modulesDir)) fail(`there is no content/modules folder in ${root}. Run it from the project folder.`);
const modules = readdirSync(modulesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && /^\d\d-/.test(d.name))
  .map((d) => d.name)
  .sort();

/** Asks on the terminal for each value not given as a flag; with no terminal, says which flags are missing. */
async function ask() {
  const given = { module: flag('module'), title: flag('title'), audiences: flag('audiences'), duration: flag('duration') };
  const missing = Object.entries(given).filter(([, v]) => v === undefined).map(([k]) => k);
  if (missing.length === 0 || !process.stdin.isTTY) {
    if (missing.length > 0) fail(`give ${missing.map((m) => `--${m}`).join(', ')} (or run it in a terminal to be asked). For example: npm run new:lesson -- --module 05 --title "Talking with parents" --audiences teacher,volunteer --duration 25`);
    return /** @type {Record<keyof typeof given, string>} */ (given);
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  console.log(`Modules:\n${modules.map((m) => `  ${m}`).join('\n')}`);
  given.module ??= await rl.question('Module (its number, e.g. 05): ');
  given.title ??= await rl.question('Lesson title: ');
  given.audiences ??= await rl.question(`Audiences (${AUDIENCES.join(', ')}; separate with commas): `);
  given.duration ??= await rl.question('Minutes to read and do the activities (e.g. 25): ');
  rl.close();
  return /** @type {Record<keyof typeof given, string>} */ (given);
}

const answers = await ask();
const moduleName = modules.find((m) => m === answers.module.trim() || m.startsWith(`${answers.module.trim().padStart(2, '0')}-`));
if (!moduleName) fail(`module "${answers.module}" is not in content/modules. Use one of: ${modules.join(', ')}.`);

const title = answers.title.trim();
const audiences = answers.audiences.split(/[\s,]+/).filter(Boolean);
const duration = /^\d+$/.test(answers.duration.trim()) ? Number(answers.duration.trim()) : answers.duration.trim();
const today = todayFrom(argv);
const nextYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;

// Check the answers with the lesson schema, so they fail here with the same words as the build.
const references = join(root, 'content/references.yaml');
const referenceIds = existsSync(references) ? (/** @type {{ id?: unknown }[]} */ (parse(readFileSync(references, 'utf8')) ?? [])).map((r) => String(r?.id ?? '')).filter(Boolean) : [];
const preferred = ['kcsie-2025', 'working-together-2023'].filter((id) => referenceIds.includes(id));
const sources = preferred.length === 2 ? preferred : referenceIds.slice(0, 2);
const frontmatter = {
  title,
  description: 'One sentence that appears in lists and search results.',
  duration,
  audiences,
  outcomes: ['Explain the first thing a learner can do after this lesson.', 'Identify the second thing a learner can do after this lesson.'],
  sources,
  lastReviewed: today,
  reviewDue: nextYear,
  changes: [{ date: today, summary: 'First published' }],
  draft: true,
};
const checked = lessonSchema.safeParse(frontmatter, { errorMap: () => ({ message: '' }) });
if (!checked.success) fail(checked.error.issues.map((issue) => issueMessage(issue, frontmatter)).join('\n  '));
if (sources.length < 2) fail('content/references.yaml needs at least two sources for the new lesson to cite. Add them first.');

const slug = title
  .toLowerCase()
  .normalize('NFKD')
  .replace(/[^a-z0-9]+/g, '-')
  .replace(/^-|-$/g, '')
  .slice(0, 60)
  .replace(/-$/, '');
const numbers = readdirSync(join(modulesDir, moduleName)).map((f) => Number(/^(\d\d)-.*\.mdx$/.exec(f)?.[1] ?? 0));
const number = String(Math.max(0, ...numbers) + 1).padStart(2, '0');
const file = `content/modules/${moduleName}/${number}-${slug}.mdx`;
if (existsSync(join(root, file))) fail(`${file} already exists. Choose another title.`);

const check = (/** @type {number} */ n) => `<KnowledgeCheck
  question="Question ${n}: what would you do, or which reading of the situation is right?"
  options={[
    { text: "A mistake real staff make.", feedback: "Why this is not the right step." },
    { text: "The right action.", feedback: "Why this is the right step.", correct: true },
    { text: "Another common mistake.", feedback: "Why this is not the right step." },
  ]}
/>`;

const lesson = `---
title: ${JSON.stringify(title)}
description: ${frontmatter.description}
duration: ${duration}                      # minutes, whole number, reading plus activities
audiences: [${audiences.join(', ')}]
nations: [england, wales, scotland, northern-ireland]  # the nations the lesson covers
outcomes:                         # 2 to 4, each starting with a verb a trainer can assess
  - ${frontmatter.outcomes[0]}
  - ${frontmatter.outcomes[1]}
contentNote: This lesson mentions the abuse of children online. It does not describe it.  # or remove this line
sources: [${sources.join(', ')}]   # replace with the ids of the sources you use (content/references.yaml)
lastReviewed: ${today}
reviewDue: ${nextYear}
changes:                          # newest first; add one whenever the text changes in a way that matters (content/AUTHORING.md)
  - date: ${today}
    summary: First published
draft: true                       # remove this line when the lesson is ready to publish
---

{/* Write 800 to 1,500 words of plain English in short sections. Read content/AUTHORING.md first. */}

## The first section

Plain sentences. Define each acronym once, and link glossary terms with <Term id="dsl">designated safeguarding lead</Term>.

<Scenario title="A short name for the case">
A realistic, non-graphic case a professional meets, with fictional names.

**Discussion:** what a professional would notice and do: notice, respond, record, refer.
</Scenario>

## In your nation

<NationNote nations={["wales"]}>
What differs in Wales, if anything. Add a note for each nation that differs, or remove this section.
</NationNote>

<Reflect>
- One question for the learner or a group.
</Reflect>

## Check your understanding

${check(1)}

${check(2)}

${check(3)}

<KeyPoints>
- The first point to remember.
- The second point to remember.
- The third point to remember.
</KeyPoints>

<TrainerNote>
Timings, discussion prompts and model answers for a trainer.
</TrainerNote>
`;

writeFileSync(join(root, file), lesson);
const id = file.replace(/^content\/modules\//, '').replace(/\.mdx$/, '');
console.log(`Wrote ${file}

Edit it:     ${file}
Preview it:  npm run dev, then open http://localhost:4322/modules/${id}/
Check it:    npm run lint:content
It is a draft: the site leaves it out until you remove "draft: true".`);
