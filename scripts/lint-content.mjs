#!/usr/bin/env node
// @ts-check
/**
 * The content lint: runs the rules in src/content-engine/rules.mjs (the same module the build's
 * validation uses) over every lesson, module overview and page, the writing rules over the
 * branching scenarios and the "Worried about a child?" guides, and the build's schemas over the
 * data files (src/content-engine/data-files.mjs). Errors fail (exit 1); warnings are printed and
 * pass.
 *
 *   node scripts/lint-content.mjs [--root DIR] [--today YYYY-MM-DD] [--words]
 *
 * --words also prints every lesson's body word count and reading age.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LENGTH, formatFinding, lintDocument, lintLesson } from '../src/content-engine/rules.mjs';
import { findContentFiles, todayFrom } from './lib/content-files.mjs';
import { DATA_FOLDERS, DATA_LISTS, checkDataFile } from '../src/content-engine/data-files.mjs';
import { readSafetyRules } from './lib/safety-rules.mjs';
import { checkScenario, checkScenarioUse, checkScenarioWriting, scenarioIdOf } from '../src/content-engine/branching.mjs';
import { checkGuideWriting } from '../src/content-engine/guides.mjs';
import { componentIds, readMdx } from '../src/content-engine/mdx.mjs';

const argv = process.argv.slice(2);
const rootIndex = argv.indexOf('--root');
const root = resolve(rootIndex === -1 ? '.' : (argv[rootIndex + 1] ?? '.'));
const today = todayFrom(argv);

const files = findContentFiles(root);
if (files.filter((f) => f.kind === 'lesson').length === 0) {
  console.error(`lint-content: no lessons found under ${join(root, 'content/modules')}. Run it from the project root, or pass --root.`);
  process.exit(1);
}

/** @type {import('../src/content-engine/rules.mjs').Finding[]} */
const findings = [];
/** Each YAML file under content/ in a folder of one-document files, such as the pathways. */
const yamlIn = (/** @type {string} */ dir) => (existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((f) => f.endsWith('.yaml')).sort().map((f) => `${dir}/${f}`) : []);

// The data files, each read once and checked against the build's schema; the list files' ids are
// what the lessons may refer to. A missing file has no ids here (the build reports it).
/** @type {Map<string, unknown[]>} */
const lists = new Map();
const dataFiles = [
  ...Object.entries(DATA_LISTS).filter(([file]) => existsSync(join(root, file))).map(([file, schema]) => ({ file, schema, list: true })),
  ...Object.entries(DATA_FOLDERS).flatMap(([dir, schema]) => yamlIn(dir).map((file) => ({ file, schema, list: false }))),
];
for (const { file, schema, list } of dataFiles) {
  const { data, problems } = checkDataFile({ file, source: readFileSync(join(root, file), 'utf8'), schema, list });
  findings.push(...problems.map((p) => ({ ...p, rule: 'data' })));
  if (list) lists.set(file, Array.isArray(data) ? data : []);
}
const ids = (/** @type {string} */ file) => (lists.get(file) ?? []).map((item) => (item && typeof item === 'object' ? String(/** @type {{ id?: unknown }} */ (item).id ?? '') : '')).filter(Boolean);
/** Branching scenarios: one file each in content/scenarios/, the id its name. */
const scenarioFiles = yamlIn('content/scenarios');
/** The "Worried about a child?" guides: one file per nation in content/guides/. */
const guideFiles = yamlIn('content/guides');
const known = {
  contactIds: ids('content/contacts.yaml'),
  glossaryIds: ids('content/glossary.yaml'),
  referenceIds: ids('content/references.yaml'),
  safetyRuleIds: ids('content/safety-rules.yaml'),
  scenarioIds: scenarioFiles.map(scenarioIdOf),
};
const safetyRules = readSafetyRules(root);

/** @type {{ file: string, words: number, readingAge: number }[]} */
const counts = [];
/** @type {{ id: string, file: string, line: number }[]} */
const scenarioUses = [];
for (const { kind, file } of files) {
  const source = readFileSync(join(root, file), 'utf8');
  if (kind === 'lesson') {
    const result = lintLesson({ file, source, today, known, safetyRules });
    findings.push(...result.findings);
    counts.push({ file, words: result.words, readingAge: result.readingAge });
  } else {
    findings.push(...lintDocument({ file, source, today, kind, known, safetyRules }));
  }
  for (const use of componentIds(readMdx(source), 'Branching')) scenarioUses.push({ ...use, file });
}
for (const file of scenarioFiles) {
  const source = readFileSync(join(root, file), 'utf8');
  findings.push(...checkScenario({ file, source, known }).map((p) => ({ ...p, rule: 'scenario' })));
  findings.push(...checkScenarioWriting(file, source, safetyRules).map((p) => ({ ...p, rule: 'scenario-writing' })));
}
for (const file of guideFiles) {
  findings.push(...checkGuideWriting(file, readFileSync(join(root, file), 'utf8'), safetyRules).map((p) => ({ ...p, rule: 'guide-writing' })));
}
findings.push(...checkScenarioUse(scenarioFiles.map((file) => ({ file, id: scenarioIdOf(file) })), scenarioUses).map((p) => ({ ...p, rule: 'scenario' })));

const errors = findings.filter((f) => f.level === 'error');
const warnings = findings.filter((f) => f.level === 'warning');
for (const f of [...errors, ...warnings]) console.log(formatFinding(f));

if (argv.includes('--words')) {
  for (const { file, words, readingAge } of counts) console.log(`${String(words).padStart(6)} words  reading age ${readingAge.toFixed(1).padStart(4)}  ${file}`);
}
const sorted = counts.map((c) => c.words).sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
const ages = counts.map((c) => c.readingAge).sort((a, b) => a - b);
console.log(
  `lint-content: ${files.length} files, ${scenarioFiles.length} scenario${scenarioFiles.length === 1 ? '' : 's'}, ${guideFiles.length} guide${guideFiles.length === 1 ? '' : 's'} and ${dataFiles.length - guideFiles.length} other data file${dataFiles.length - guideFiles.length === 1 ? '' : 's'} (${counts.length} lessons, body ${sorted[0]} to ${sorted.at(-1)} words, median ${median}; target about ${LENGTH.targetMin} to ${LENGTH.targetMax}; reading age ${ages[0]} to ${ages.at(-1)}), ` +
    `${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}, reviewed against ${today}.`,
);
process.exit(errors.length > 0 ? 1 : 0);
