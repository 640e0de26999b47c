/** `npm run new:lesson` writes a lesson skeleton that the content checks accept as a draft. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript, SPAWN_TIMEOUT } from './support/run-script.ts';
import { changeLog, checkComponents, checkFrontmatter, formatFinding, lintLesson } from '../src/content-engine/rules.mjs';
import { readMdx } from '../src/content-engine/mdx.mjs';

const root = mkdtempSync(join(tmpdir(), 'sg-new-lesson-'));
mkdirSync(join(root, 'content/modules/05-responding'), { recursive: true });
writeFileSync(join(root, 'content/modules/05-responding/index.mdx'), '---\ntitle: Responding\n---\n');
writeFileSync(join(root, 'content/modules/05-responding/01-listening.mdx'), '');
writeFileSync(join(root, 'content/references.yaml'), '- id: kcsie-2025\n- id: working-together-2023\n- id: other\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const KNOWN = { contactIds: [], glossaryIds: ['dsl'], referenceIds: ['kcsie-2025', 'working-together-2023'], safetyRuleIds: [] };
const FILE = 'content/modules/05-responding/02-talking-with-parents-and-carers.mdx';

describe('npm run new:lesson', () => {
  it('writes the next lesson in the module and says how to edit and preview it', () => {
    const { status, stdout } = runScript('scripts/new-lesson.mjs', ['--root', root, '--module', '05', '--title', 'Talking with parents and carers', '--audiences', 'teacher,volunteer', '--duration', '25', '--today', '2026-12-01']);
    expect(status).toBe(0);
    expect(stdout).toContain(`Edit it:     ${FILE}`);
    expect(stdout).toContain('Preview it:  npm run dev, then open http://localhost:4322/modules/05-responding/02-talking-with-parents-and-carers/');

    const source = readFileSync(join(root, FILE), 'utf8');
    const mdx = readMdx(source);
    expect(mdx.data).toMatchObject({ title: 'Talking with parents and carers', duration: 25, audiences: ['teacher', 'volunteer'], sources: ['kcsie-2025', 'working-together-2023'], draft: true });
    expect(String(mdx.data['reviewDue'])).toMatch(/^2027-12-01/);
    expect(changeLog(mdx.data['changes'])).toEqual([{ date: '2026-12-01', summary: 'First published', significant: false }]);
    expect(checkFrontmatter(FILE, mdx, 'lesson')).toEqual([]);
    expect(checkComponents(FILE, mdx, KNOWN)).toEqual([]);
    expect(mdx.components.map((c) => c.name)).toEqual(['Term', 'Scenario', 'NationNote', 'Reflect', 'KnowledgeCheck', 'KnowledgeCheck', 'KnowledgeCheck', 'KeyPoints', 'TrainerNote']);
    // Only the length is left to write; as a draft it warns instead of failing the lint.
    const findings = lintLesson({ file: FILE, source, today: '2026-12-01', known: KNOWN }).findings;
    expect(findings.map((f) => `${f.level} ${f.rule}`)).toEqual(['warning length']);
    expect(findings.map(formatFinding)[0]).toContain('(This is a draft: fix it before you remove "draft: true".)');
  }, SPAWN_TIMEOUT);

  it('refuses a duration that is not a number and an unknown audience, in the build\'s words', () => {
    const { status, stderr } = runScript('scripts/new-lesson.mjs', ['--root', root, '--module', '5', '--title', 'Another lesson', '--audiences', 'teacher,parent', '--duration', 'ten']);
    expect(status).toBe(1);
    expect(stderr).toBe(
      'new:lesson: duration: "ten" is not a number of minutes; write a whole number such as 25.\n' +
        '  audiences[1]: "parent" is not one of teacher, social-worker, volunteer. Write a list of teacher, social-worker or volunteer, for example "audiences: [teacher, volunteer]".\n',
    );
  }, SPAWN_TIMEOUT);

  it('says which flags are missing when there is no terminal to ask on', () => {
    const { status, stderr } = runScript('scripts/new-lesson.mjs', ['--root', root, '--module', '05']);
    expect(status).toBe(1);
    expect(stderr).toContain('new:lesson: give --title, --audiences, --duration (or run it in a terminal to be asked).');
  }, SPAWN_TIMEOUT);
});
