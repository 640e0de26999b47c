/**
 * The data files' schema check in the content lint (src/content-engine/data-files.mjs): the same
 * schemas and messages as the build, with the file and line. Fixtures only, so an organisation's
 * own contacts, rules or pathways never change what these tests expect.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_FOLDERS, DATA_LISTS, checkDataFile } from '../src/content-engine/data-files.mjs';
import { runScript, SPAWN_TIMEOUT } from './support/run-script.ts';

const RULES = 'content/safety-rules.yaml';
const CONTACTS = 'content/contacts.yaml';

const rule = (id: string, steps: string[]) => `- id: ${id}
  title: If you cannot reach a safeguarding lead and it is urgent
  steps:
${steps.map((s) => `    - ${s}`).join('\n')}
  contacts: [police-emergency]
  situation: [cannot reach]
  restated: [anyone can refer]
  source: "Fact sheet, section G"
  checked: 2026-12-02
`;
const STEPS = ['Call the police now if a child is in immediate danger.', 'Contact the council yourself.'];
const contact = (id: string, phone: string) => `- id: ${id}
  name: Police emergency
  for: Anyone, when a child is in immediate danger
  phone: "${phone}"
  hours: 24 hours a day
  nations: [england]
  kind: emergency
  source: https://www.example.org/contacts
  checked: 2026-11-29
`;

const check = (file: keyof typeof DATA_LISTS, source: string) => checkDataFile({ file, source, schema: DATA_LISTS[file], list: true });

describe('the data files in the content lint', () => {
  it('passes sound files, and gives back what they hold', () => {
    const result = check(RULES, rule('lead-unreachable', STEPS));
    expect(result.problems).toEqual([]);
    expect((result.data as { id: string }[]).map((r) => r.id)).toEqual(['lead-unreachable']);
  });

  it('finds a step that YAML read as a mapping because it holds ": ", with its line and the fix', () => {
    const source = rule('lead-unreachable', [STEPS[0]!, 'Note: contact the council yourself.']);
    expect(check(RULES, source).problems).toEqual([{ file: RULES, line: 5, level: 'error', message: expect.stringMatching(/^steps\[1\]: \{"Note":"contact the council yourself\."\} is not text/) }]);
  });

  it('names the field, the value and the fix for a wrong phone number', () => {
    const { problems } = check(CONTACTS, contact('police-emergency', '999') + contact('childline', '0800 11 11x'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: CONTACTS, line: 13, level: 'error' });
    expect(problems[0]!.message).toContain('"0800 11 11x"');
    expect(problems[0]!.message).toContain('write digits and single spaces only');
  });

  it('finds an id used twice, naming the first line', () => {
    const { problems } = check(RULES, rule('lead-unreachable', STEPS) + rule('lead-unreachable', STEPS));
    expect(problems).toEqual([{ file: RULES, line: 11, level: 'error', message: 'id "lead-unreachable" is used twice (first on line 1); give this item an id of its own.' }]);
  });

  it('says when a list file is a single mapping, or its YAML cannot be read', () => {
    expect(check(RULES, 'id: lead-unreachable\ntitle: A rule\n').problems[0]!.message).toContain('must be a YAML list');
    const broken = check(RULES, '- id: a\n  title: "unclosed\n');
    expect(broken.problems).toHaveLength(1);
    expect(broken.problems[0]!.message).toMatch(/^the YAML cannot be read: .*put text that holds a colon and a space \(": "\) in quotes\.$/);
    expect(broken.data).toBeUndefined();
  });

  it('checks a pathway, a one-document file, against its schema', () => {
    const file = 'content/pathways/volunteers.yaml';
    const { problems } = checkDataFile({ file, source: 'title: Volunteers\naudience: volunteers\n', schema: DATA_FOLDERS['content/pathways'], list: false });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.file === file && p.level === 'error')).toBe(true);
    expect(problems.find((p) => p.line === 2)?.message).toContain('"volunteers"');
  });
});

describe('npm run lint:content on a project with a broken data file', () => {
  it('exits 1 and names the data file, the line and the field', () => {
    const root = mkdtempSync(join(tmpdir(), 'sg-lint-data-'));
    try {
      mkdirSync(join(root, 'content/modules/01-test'), { recursive: true });
      writeFileSync(join(root, 'content/modules/01-test/01-lesson.mdx'), '---\ntitle: A lesson\n---\n\nText.\n');
      writeFileSync(join(root, RULES), rule('lead-unreachable', [STEPS[0]!, 'Note: contact the council yourself.']));
      const { status, stdout } = runScript('scripts/lint-content.mjs', ['--root', root, '--today', '2026-12-02']);
      expect(status).toBe(1);
      expect(stdout).toMatch(/content\/safety-rules\.yaml:5: error \[data\] steps\[1\]: \{"Note":/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, SPAWN_TIMEOUT);
});
