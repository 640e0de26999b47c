import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkReviewDue, findAvoidedTerms, findPhoneNumbers, formatFinding, lintDocument, lintLesson, reviewSchedule } from '../src/content-engine/rules.mjs';
import { countWords, readMdx } from '../src/content-engine/mdx.mjs';
import { runScript, SPAWN_TIMEOUT } from './support/run-script.ts';

const FILE = 'content/modules/01-test/01-lesson.mdx';
const TODAY = '2026-11-29';

const filler = (words: number) => Array.from({ length: words }, (_, i) => `word${i}`).join(' ');

const check = (n: number) =>
  `<KnowledgeCheck
  question="Question ${n}?"
  options={[
    { text: "Right ${n}.", feedback: "Because it is right.", correct: true },
    { text: "Wrong ${n}.", feedback: "Because it is wrong." },
  ]}
/>`;

interface LessonOptions {
  outcomes?: string[];
  sources?: string[];
  reviewDue?: string;
  body?: string;
  checks?: number;
}

/** A lesson that passes every rule unless an option breaks one. */
function lesson({ outcomes = ['Explain one thing.', 'Identify another thing.'], sources = ['kcsie-2025', 'iwf-annual-2024'], reviewDue = '2027-11-29', body = filler(900), checks = 3 }: LessonOptions = {}) {
  return [
    '---',
    'title: A test lesson',
    'description: A lesson made by a unit test.',
    'duration: 20',
    'audiences: [teacher]',
    'outcomes:',
    ...outcomes.map((o) => `  - ${o}`),
    `sources: [${sources.join(', ')}]`,
    'lastReviewed: 2026-11-29',
    `reviewDue: ${reviewDue}`,
    '---',
    '',
    '## A section',
    '',
    body,
    '',
    '## Check your understanding',
    '',
    ...Array.from({ length: checks }, (_, i) => check(i + 1)),
    '',
  ].join('\n');
}

const messages = (source: string, today = TODAY) => lintLesson({ file: FILE, source, today }).findings.map(formatFinding);

describe('a valid lesson', () => {
  it('has no findings', () => {
    expect(messages(lesson())).toEqual([]);
  });
});

describe('outcomes, knowledge checks and sources', () => {
  it('fails with one outcome', () => {
    expect(messages(lesson({ outcomes: ['Explain one thing.'] }))).toEqual([
      `${FILE}:7: error [frontmatter] outcomes has 1 item, fewer than 2; give 2 to 4 learning outcomes, each starting with a verb a trainer can assess.`,
    ]);
  });
  it('fails with five outcomes', () => {
    expect(messages(lesson({ outcomes: ['Explain one thing.', 'Explain two things.', 'Explain three things.', 'Explain four things.', 'Explain five things.'] }))).toEqual([
      `${FILE}:7: error [frontmatter] outcomes has 5 items, more than 4; give 2 to 4 learning outcomes; merge or cut some.`,
    ]);
  });
  it('fails with two knowledge checks', () => {
    expect(messages(lesson({ checks: 2 }))).toEqual([`${FILE}: error [knowledge-checks] has 2 <KnowledgeCheck> questions; give at least 3 under "## Check your understanding".`]);
  });
  it('fails with one source', () => {
    expect(messages(lesson({ sources: ['kcsie-2025'] }))).toEqual([`${FILE}:9: error [frontmatter] sources has 1 item, fewer than 2; cite at least 2 sources by id from content/references.yaml.`]);
  });
});

describe('body length', () => {
  it('counts prose only: not frontmatter, props, trainer notes or knowledge checks', () => {
    const source = lesson({ body: `${filler(10)}\n\n<TrainerNote>\n${filler(500)}\n</TrainerNote>\n\n<Callout type="info" title="Five words in a title">\nthree more words\n</Callout>` });
    const { countable } = readMdx(source);
    // "A section" (2) + 10 + 3 + "Check your understanding" (3).
    expect(countWords(countable.map((s) => s.text).join('\n\n'))).toBe(18);
  });
  it('warns above 1,500 words', () => {
    expect(messages(lesson({ body: filler(1600) }))).toEqual([`${FILE}: warning [length] has 1605 words of body text; CURRICULUM.md asks for about 800 to 1500.`]);
  });
  it('fails below 600 words', () => {
    expect(messages(lesson({ body: filler(100) }))).toEqual([
      `${FILE}: error [length] has 105 words of body text; CURRICULUM.md asks for about 800 to 1500, and the lint fails below 600 or above 2000. Add to the body.`,
    ]);
  });
  it('fails above 2,000 words', () => {
    expect(messages(lesson({ body: filler(2100) }))[0]).toMatch(/error \[length\] has 2105 words .* Split the lesson or cut the body\.$/);
  });
});

describe('phone numbers', () => {
  it('fails on a number typed into prose, naming the line', () => {
    const source = lesson({ body: `${filler(900)}\n\nCall the helpline on 0808 800 5000 today.` });
    const line = source.split('\n').findIndex((l) => l.includes('0808')) + 1;
    expect(messages(source)).toEqual([
      `${FILE}:${line}: error [phone-number] "0808 800 5000" is a phone number typed into the text. Numbers live once in content/contacts.yaml: show this one with <Contact id="..." variant="inline" />.`,
    ]);
  });
  it('finds UK formats, 116 numbers, emergency numbers and text short codes', () => {
    const found = (t: string) => findPhoneNumbers(t).map((f) => f.number);
    expect(found('ring 020 7946 0000 or +44 20 7946 0000')).toEqual(['020 7946 0000', '+44 20 7946 0000']);
    expect(found('Childline is 0800 1111; Samaritans 116 123.')).toEqual(['0800 1111', '116 123']);
    expect(found('In an emergency call 999. Otherwise call 101.')).toEqual(['999', '101']);
    expect(found('Text SHOUT to 85258.')).toEqual(['85258']);
  });
  it('does not flag figures, years or sections', () => {
    const found = (t: string) => findPhoneNumbers(t).map((f) => f.number);
    expect(found('Reports rose from 10,731 in 2022 to 26,718 in 2023; 111 children; section 101; 1,999 pages; 0.5%.')).toEqual([]);
  });
  it('ignores numbers inside component props', () => {
    const source = lesson({ body: `${filler(900)}\n\n<Contact id="nspcc-0808-800-5000" />` });
    expect(messages(source)).toEqual([]);
  });
  it('also checks knowledge-check text', () => {
    const source = lesson({ body: filler(900) }).replace('"Right 1."', '"Call 999 now."');
    expect(messages(source)).toEqual([expect.stringMatching(/error \[phone-number\] "999" is a phone number/)]);
  });
});

describe('avoided terms', () => {
  const terms = (text: string) => findAvoidedTerms([{ text, offset: 0 }]).map((t) => t.message);

  it('fails on "child pornography" outside the name of a law', () => {
    const source = lesson({ body: `${filler(900)}\n\nNever call it child pornography.` });
    expect(messages(source)).toEqual([
      expect.stringMatching(/^content\/modules\/01-test\/01-lesson\.mdx:\d+: error \[avoided-term\] "child pornography" is only allowed inside the name of a law\. Say "child sexual abuse material"/),
    ]);
  });
  it('allows "child pornography" inside the name of a law or treaty', () => {
    expect(terms('The Optional Protocol on the sale of children, child prostitution and child pornography (2000) applies.')).toEqual([]);
    expect(terms('The US Child Pornography Prevention Act 1996 was struck down.')).toEqual([]);
  });
  it('fails on "sextortion" before "sexual extortion"', () => {
    expect(terms('Sextortion is rising. Sexual extortion is blackmail.')).toEqual([
      '"sextortion" is used before "sexual extortion". Say "sexual extortion" first; "sextortion" may follow as the name readers will also hear.',
    ]);
    expect(terms('Sexual extortion (often called "sextortion") is blackmail.')).toEqual([]);
  });
  it('reads the title and description first, and ignores ids such as a source called nca-sextortion-alert-2024', () => {
    const source = lesson({ sources: ['nca-sextortion-alert-2024', 'kcsie-2025'], body: `${filler(900)}\n\nSee <Cite id="nca-sextortion-alert-2024" />.` });
    expect(messages(source)).toEqual([]);
  });
  it('fails on self-generated outside quotation marks', () => {
    expect(terms('Most self-generated imagery is coerced.')).toEqual([
      '"self-generated" must be in quotation marks ("self-generated"), with a line on why the term is problematic: it can suggest the child is to blame.',
    ]);
    expect(terms('Most "self-generated" imagery is coerced.')).toEqual([]);
    expect(terms('The note said: "Jade has been sending self-generated nudes."')).toEqual([]);
  });
});

describe('review dates', () => {
  it('fails once reviewDue has passed', () => {
    expect(messages(lesson({ reviewDue: '2026-11-28' }))).toEqual([
      `${FILE}: error [review-due] reviewDue 2026-11-28 has passed (1 day ago). Review the page against its sources, then set lastReviewed to the review date and reviewDue to the next one.`,
    ]);
  });
  it('warns in the 60 days before, and not earlier', () => {
    expect(checkReviewDue(FILE, '2027-01-28', TODAY).map(formatFinding)).toEqual([`${FILE}: warning [review-due] reviewDue 2027-01-28 is in 60 days. Plan the review before then.`]);
    expect(checkReviewDue(FILE, '2027-01-29', TODAY)).toEqual([]);
    expect(checkReviewDue(FILE, TODAY, TODAY)[0]?.level).toBe('warning');
  });
  it('checks pages too', () => {
    const page = '---\ntitle: Your wellbeing\ndescription: A page.\nlastReviewed: 2025-01-01\nreviewDue: 2026-01-01\n---\n\nText.\n';
    expect(lintDocument({ file: 'content/pages/wellbeing.mdx', source: page, today: TODAY }).map(formatFinding)).toEqual([
      'content/pages/wellbeing.mdx: error [review-due] reviewDue 2026-01-01 has passed (332 days ago). Review the page against its sources, then set lastReviewed to the review date and reviewDue to the next one.',
    ]);
  });
  it('lists pages soonest first', () => {
    const rows = reviewSchedule(
      [
        { file: 'b.mdx', title: 'B', kind: 'lesson', lastReviewed: '2026-01-01', reviewDue: '2027-06-01' },
        { file: 'a.mdx', title: 'A', kind: 'page', lastReviewed: '2025-01-01', reviewDue: '2026-11-01' },
      ],
      TODAY,
    );
    expect(rows.map((r) => [r.file, r.status, r.days])).toEqual([
      ['a.mdx', 'OVERDUE', -28],
      ['b.mdx', 'ok', 184],
    ]);
  });
});

describe('npm run lint:content on a broken project', () => {
  it('exits 1 and names each file and rule', () => {
    const root = mkdtempSync(join(tmpdir(), 'sg-lint-'));
    try {
      mkdirSync(join(root, 'content/modules/01-test'), { recursive: true });
      writeFileSync(join(root, 'content/modules/01-test/01-lesson.mdx'), lesson({ outcomes: ['Explain one thing.'], reviewDue: '2020-01-01', body: `${filler(900)}\n\nWe avoid self-generated here.` }));
      const { status, stdout } = runScript('scripts/lint-content.mjs', ['--root', root, '--today', TODAY]);
      expect(status).toBe(1);
      expect(stdout).toContain(`${FILE}:7: error [frontmatter] outcomes has 1 item, fewer than 2`);
      expect(stdout).toContain(`${FILE}: error [review-due] reviewDue 2020-01-01 has passed`);
      expect(stdout).toMatch(/01-lesson\.mdx:\d+: error \[avoided-term\] "self-generated" must be in quotation marks/);
      expect(stdout).toContain('3 errors, 0 warnings');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, SPAWN_TIMEOUT);
});

describe('shared safety rules (content/safety-rules.yaml)', () => {
  const RULES = [
    { id: 'sexual-extortion', situation: ['threatens to share'], restated: ['do not pay', 'stop replying'] },
    { id: 'scared-to-go-home', situation: ['scared to go home'], restated: [] },
  ];
  const findings = (body: string) =>
    lintLesson({ file: FILE, source: lesson({ body: `${filler(850)}\n\n${body}` }), today: TODAY, safetyRules: RULES }).findings.filter((f) => f.rule === 'safety-rule');

  it('asks for the rule where a lesson meets its situation without showing it', () => {
    const [finding, ...rest] = findings('A man threatens to share a photo of Noah.');
    expect(rest).toEqual([]);
    expect(formatFinding(finding!)).toMatch(
      /^content\/modules\/01-test\/01-lesson\.mdx:\d+: \w+ \[safety-rule\] "threatens to share" meets the situation of the shared rule "sexual-extortion", but the file does not show it\. Add <SafetyRule id="sexual-extortion" \/> where the scenario or section needs it; its words are in content\/safety-rules\.yaml\.$/,
    );
  });

  it('accepts the situation once the rule is shown', () => {
    expect(findings('A man threatens to share a photo of Noah.\n\n<SafetyRule id="sexual-extortion" />')).toEqual([]);
  });

  it('fails the rule restated in the lesson’s own words, curly apostrophes and line breaks included', () => {
    const found = findings('<SafetyRule id="sexual-extortion" />\n\nTell him: Do not\npay. Then he should stop replying.');
    expect(found.map((f) => f.message)).toEqual([
      '"do not pay" restates the shared rule "sexual-extortion" in the file\'s own words. Remove it and show <SafetyRule id="sexual-extortion" /> instead, so the rule reads the same everywhere (content/safety-rules.yaml).',
      '"stop replying" restates the shared rule "sexual-extortion" in the file\'s own words. Remove it and show <SafetyRule id="sexual-extortion" /> instead, so the rule reads the same everywhere (content/safety-rules.yaml).',
    ]);
    expect(findings('Noah is scared to go home tonight.').map((f) => f.message)[0]).toContain('"scared-to-go-home"');
    expect(findings('Noah is scared to go home tonight.')).toHaveLength(1);
  });

  it('allows a one-line reminder in key points, but not a phrase inside another word', () => {
    expect(findings('<SafetyRule id="sexual-extortion" />\n\n<KeyPoints>\n- Do not pay.\n</KeyPoints>')).toEqual([]);
    expect(findings('The teachers do not payroll it.')).toEqual([]);
  });

  it('reads the rules of a project from its content/safety-rules.yaml', async () => {
    const { readSafetyRules } = await import('../scripts/lib/safety-rules.mjs');
    const rules = readSafetyRules('.');
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(rule.id).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('knowledge-check feedback reads once', () => {
  const withFeedback = (feedback: string) =>
    lesson({ body: `${filler(850)}\n\n<KnowledgeCheck\n  question="What do you do?"\n  options={[\n    { text: "Tell the DSL now.", feedback: "The DSL decides what happens next.", correct: true },\n    { text: "Wait.", feedback: ${JSON.stringify(feedback)} },\n  ]}\n/>` });
  const verdicts = (feedback: string) => lintLesson({ file: FILE, source: withFeedback(feedback), today: TODAY }).findings.filter((f) => f.rule === 'feedback-verdict');

  it('fails feedback that starts with its own verdict, naming the option and the word', () => {
    for (const opening of ['No. Waiting', 'Not quite: waiting', 'Correct, waiting', 'yes - waiting']) {
      const [finding, ...rest] = verdicts(`${opening} delays help.`);
      expect(rest).toEqual([]);
      expect(finding!.level).toBe('error');
      expect(finding!.message).toMatch(/^<KnowledgeCheck options\[1\]\.feedback> starts with its own verdict ".+"\. The site already says "Correct\." or "Not quite\." beside it, so learners would read it twice: start with the reason instead\.$/);
    }
  });

  it('accepts feedback that starts with the reason, even with a verdict-like word inside a sentence', () => {
    expect(verdicts('Waiting delays help. No one should wait.')).toEqual([]);
    expect(verdicts('Nobody needs proof first.')).toEqual([]);
  });
});
