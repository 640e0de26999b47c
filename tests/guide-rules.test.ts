/**
 * The shared safety rules in the "Worried about a child?" guides (src/content-engine/guides.mjs):
 * an outcome whose own words meet a rule's situation must list the rule, and no guide text may
 * restate a rule in its own words. A small guide written here is broken one way at a time, so the
 * file, line, field, value and fix of each message are pinned, and each fix is shown to pass.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkGuideWriting } from '../src/content-engine/guides.mjs';
import { formatProblem } from '../src/content-engine/errors.mjs';
import { runScript, SPAWN_TIMEOUT } from './support/run-script.ts';

const FILE = 'content/guides/testland.yaml';
const RULES = [
  { id: 'lead-unreachable', situation: ['cannot reach', 'cannot be reached'], restated: ['anyone can make a referral'] },
  { id: 'seeing-an-image', situation: ['by accident'], restated: ['do not view, copy'] },
];

/** A guide with one question and two outcomes; the second already shows a rule. */
const GUIDE = `nation: testland
title: Worried about a child in Testland?
intro: A few short questions.
localHelp: Local numbers are in your policy.
start: danger
steps:
  - id: danger
    question: Is a child in immediate danger?
    help: For example, a child is being hurt.
    answers:
      - label: "Yes"
        next: call-999
      - label: "No"
        next: tell-lead
outcomes:
  - id: call-999
    title: Call the police now
    urgency: emergency
    summary: A child in immediate danger needs the police first.
    actions:
      - "Call the police on the emergency number (see below)."
    record: Write down what you saw.
    contacts: [police-emergency]
    lessons: []
  - id: tell-lead
    title: Tell your lead now
    urgency: urgent
    summary: Pass the concern on now.
    actions:
      - "Speak to your lead now."
      - "Tell them exactly what you saw."
    record: Write down what you saw.
    contacts: [police-emergency]
    rules: [seeing-an-image]
    lessons: []
`;

const messages = (source: string) => checkGuideWriting(FILE, source, RULES).map(formatProblem);
/** The 1-based line of the first line containing `text`. */
const lineOf = (text: string, source: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('a guide that shows its rules', () => {
  it('has no problems', () => {
    expect(messages(GUIDE)).toEqual([]);
  });
});

describe('an outcome that meets a rule’s situation', () => {
  const unreachable = '"If you cannot reach them, contact children\'s services yourself."';
  const broken = GUIDE.replace('      - "Tell them exactly what you saw."\n', `      - "Tell them exactly what you saw."\n      - ${unreachable}\n`);

  it('fails when the outcome does not list the rule, naming the line, field, value and the rules line to write', () => {
    expect(messages(broken)).toEqual([
      `${FILE}:${lineOf('cannot reach', broken)}: outcomes[1].actions[2] "If you cannot reach them, contact children's services yourself." (outcome "tell-lead"): "cannot reach" meets the situation of the shared rule "lead-unreachable", but this outcome does not list it. Add it to the outcome's rules (rules: [seeing-an-image, lead-unreachable]), which shows the rule below the actions, and make this line a short pointer to it; its words are in content/safety-rules.yaml.`,
    ]);
  });

  it('reports the outcome once, at the first line that needs the rule', () => {
    const twice = broken.replace('summary: Pass the concern on now.', 'summary: Pass the concern on now, even if your lead cannot be reached.');
    const found = messages(twice);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^${FILE}:${lineOf('cannot be reached', twice)}: outcomes\\[1\\]\\.summary `));
  });

  it('passes once the outcome lists the rule', () => {
    expect(messages(broken.replace('rules: [seeing-an-image]', 'rules: [seeing-an-image, lead-unreachable]'))).toEqual([]);
  });

  it('asks for the rule on the outcome that meets it, not on another', () => {
    const other = GUIDE.replace(
      '      - "Call the police on the emergency number (see below)."\n',
      `      - "Call the police on the emergency number (see below)."\n      - "If you saw an image by accident, tell your lead."\n`,
    );
    expect(messages(other)).toEqual([
      `${FILE}:${lineOf('by accident', other)}: outcomes[0].actions[1] "If you saw an image by accident, tell your lead." (outcome "call-999"): "by accident" meets the situation of the shared rule "seeing-an-image", but this outcome does not list it. Add it to the outcome's rules (rules: [seeing-an-image]), which shows the rule below the actions, and make this line a short pointer to it; its words are in content/safety-rules.yaml.`,
    ]);
  });
});

describe('a guide that restates a rule in its own words', () => {
  const restated = GUIDE.replace('summary: Pass the concern on now.', 'summary: Pass the concern on now; anyone can make a referral.');

  it('fails in an outcome that does not list the rule, and says to list it', () => {
    expect(messages(restated)).toEqual([
      `${FILE}:${lineOf('anyone can make a referral', restated)}: outcomes[1].summary "Pass the concern on now; anyone can make a referral." (outcome "tell-lead"): "anyone can make a referral" restates the shared rule "lead-unreachable" in the file's own words. Remove it and list it in the outcome's rules (rules: [seeing-an-image, lead-unreachable]) instead, so the rule reads the same everywhere (content/safety-rules.yaml).`,
    ]);
  });

  it('fails even when the outcome lists the rule, and says the rule already says it', () => {
    const listed = restated.replace('rules: [seeing-an-image]', 'rules: [seeing-an-image, lead-unreachable]');
    expect(messages(listed)).toEqual([
      `${FILE}:${lineOf('anyone can make a referral', listed)}: outcomes[1].summary "Pass the concern on now; anyone can make a referral." (outcome "tell-lead"): "anyone can make a referral" restates the shared rule "lead-unreachable" in the file's own words. Remove it and let the rule this outcome lists (rules: [seeing-an-image, lead-unreachable]) say it below the actions instead, so the rule reads the same everywhere (content/safety-rules.yaml).`,
    ]);
  });

  it('fails in a question’s help, outside any outcome', () => {
    const inHelp = GUIDE.replace('help: For example, a child is being hurt.', 'help: Do not view, copy or forward any image.');
    expect(messages(inHelp)).toEqual([
      `${FILE}:${lineOf('Do not view, copy', inHelp)}: steps[0].help "Do not view, copy or forward any image.": "do not view, copy" restates the shared rule "seeing-an-image" in the file's own words. Remove it and list it in the rules of the outcome that needs it (rules: [seeing-an-image]) instead, so the rule reads the same everywhere (content/safety-rules.yaml).`,
    ]);
  });

  it('passes once the restatement is gone', () => {
    const fixed = restated.replace('; anyone can make a referral.', '.').replace('rules: [seeing-an-image]', 'rules: [seeing-an-image, lead-unreachable]');
    expect(messages(fixed)).toEqual([]);
  });
});

describe('npm run lint:content over a guide', () => {
  it(
    'exits 1 and names the guide, the line and the rule',
    () => {
      const root = mkdtempSync(join(tmpdir(), 'sg-guide-lint-'));
      try {
        mkdirSync(join(root, 'content/modules/01-test'), { recursive: true });
        mkdirSync(join(root, 'content/guides'), { recursive: true });
        writeFileSync(join(root, 'content/modules/01-test/01-lesson.mdx'), '---\ntitle: A lesson\n---\n\nText.\n');
        writeFileSync(
          join(root, 'content/safety-rules.yaml'),
          '- id: lead-unreachable\n  title: If you cannot reach your lead\n  steps: [Call.]\n  situation: [cannot reach]\n  restated: [anyone can make a referral]\n',
        );
        const source = GUIDE.replace('summary: Pass the concern on now.', 'summary: If you cannot reach your lead, anyone can make a referral.');
        writeFileSync(join(root, FILE), source);
        const { status, stdout } = runScript('scripts/lint-content.mjs', ['--root', root, '--today', '2026-12-02']);
        expect(status).toBe(1);
        const line = lineOf('anyone can make a referral', source);
        expect(stdout).toContain(
          `${FILE}:${line}: error [guide-writing] outcomes[1].summary "If you cannot reach your lead, anyone can make a referral." (outcome "tell-lead"): "cannot reach" meets the situation`,
        );
        expect(stdout).toContain(
          `${FILE}:${line}: error [guide-writing] outcomes[1].summary "If you cannot reach your lead, anyone can make a referral." (outcome "tell-lead"): "anyone can make a referral" restates`,
        );
        expect(stdout).toContain('1 guide and 1 other data file');
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
    SPAWN_TIMEOUT,
  );
});
