/**
 * The adopter check: what an organisation does first (its own contacts, a lesson of its own in an
 * existing module, that lesson in a pathway) must leave every check green. Runs in a temporary
 * copy of the project, with the project's own build, HTML, link and content checks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressSubject } from './support/curriculum.ts';
import { addLesson, addPathwayStep, makeCopy, readmeLocalContacts, removeCopy, runIn, writeIn, type Run } from './support/project-copy.ts';

// The module and pathway the browser specs work with, so the new lesson and step land where the
// specs count lessons and steps (tests/support/curriculum.ts).
const { module, pathway } = progressSubject();
const TITLE = 'Our own reporting procedure';

let copy: string;
let lessonId: string;
let build: Run;

beforeAll(async () => {
  copy = makeCopy();
  writeIn(copy, 'content/local-contacts.yaml', readmeLocalContacts());
  lessonId = addLesson(copy, module.id, TITLE);
  addPathwayStep(copy, pathway.id, lessonId);
  build = await runIn(copy, 'scripts/build.mjs');
}, 600_000);
afterAll(() => removeCopy(copy));

describe(`an organisation adds its contacts, a lesson in ${module.id} and that lesson to the ${pathway.id} pathway`, () => {
  it('the site builds, with the lesson, the step and the contacts in it', () => {
    expect(build.status, build.output.slice(-4000)).toBe(0);
    const lessonPage = readFileSync(join(copy, 'dist/modules', lessonId, 'index.html'), 'utf8');
    expect(lessonPage).toContain(TITLE);
    expect(readFileSync(join(copy, 'dist/pathways', pathway.id, 'index.html'), 'utf8')).toContain(TITLE);
    expect(readFileSync(join(copy, 'dist/contacts/index.html'), 'utf8')).toContain('Riverside Youth Trust (example)');
    // `npm run build` ships no test fixture (only `npm run build:test` builds /dev/components/).
    expect(existsSync(join(copy, 'dist/dev'))).toBe(false);
  });

  it('the HTML check passes (html-validate and the W3C Nu validator)', async () => {
    expect(existsSync(join(copy, 'dist/index.html'))).toBe(true);
    const run = await runIn(copy, 'scripts/check-html.mjs');
    expect(run.status, run.output.slice(-4000)).toBe(0);
  }, 300_000);

  it('the link check passes', async () => {
    const run = await runIn(copy, 'scripts/check-links.mjs');
    expect(run.status, run.output.slice(-4000)).toBe(0);
  }, 120_000);

  it('the content lint passes', async () => {
    const run = await runIn(copy, 'scripts/lint-content.mjs');
    expect(run.status, run.output.slice(-4000)).toBe(0);
  }, 120_000);
});
