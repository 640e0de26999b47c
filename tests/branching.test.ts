/**
 * Branching scenarios (src/content-engine/branching.mjs): the messages an author sees, pinned.
 * Each case breaks the fixture scenario (src/fixtures/fixture-walk.yaml) in one way, so the
 * expected file, line, field, value and fix are all checked.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkScenario, checkScenarioUse, checkScenarioWriting, stepsInOrder } from '../src/content-engine/branching.mjs';
import { checkComponents, formatFinding } from '../src/content-engine/rules.mjs';
import { readMdx } from '../src/content-engine/mdx.mjs';
import { formatProblem } from '../src/content-engine/errors.mjs';
import { validateContent, type ContentInput } from '../src/build/validate.ts';
import { linkBranchSlides } from '../src/build/present.ts';
import { parse } from 'yaml';

const FIXTURE = readFileSync(new URL('../src/fixtures/fixture-walk.yaml', import.meta.url), 'utf8');
const FILE = 'content/scenarios/fixture-walk.yaml';
const known = { safetyRuleIds: ['lead-unreachable', 'seeing-an-image'], contactIds: ['police-emergency', 'childline'] };

/** The messages for the fixture after `edit`, as "file:line: message". */
const messages = (edit: (source: string) => string = (s) => s, file = FILE) => checkScenario({ file, source: edit(FIXTURE), known }).map(formatProblem);
/** The 1-based line of the first line containing `text` in the (edited) fixture. */
const lineOf = (text: string, source = FIXTURE) => source.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('a valid scenario', () => {
  it('has no problems', () => {
    expect(messages()).toEqual([]);
  });
  it('orders its steps breadth-first from the start', () => {
    expect(stepsInOrder(parse(FIXTURE)).map((s: { id: string }) => s.id)).toEqual(['fixture-message', 'fixture-asked', 'fixture-good', 'fixture-waited', 'fixture-mixed', 'fixture-risky']);
  });
});

describe('checkScenario messages', () => {
  it('names an unknown next, with the nearest step id', () => {
    const source = FIXTURE.replace('next: fixture-asked', 'next: fixture-askde');
    expect(messages(() => source)).toEqual([
      `${FILE}:${lineOf('next: fixture-askde', source)}: steps[0].choices[0].next "fixture-askde" is not a step in this scenario. Did you mean "fixture-asked"? Write the id of a step in ${FILE}.`,
      // The steps no choice leads to any more are reported too.
      ...['fixture-asked', 'fixture-mixed', 'fixture-risky'].map(
        (id) => `${FILE}:${lineOf(`- id: ${id}`)}: step "${id}" can never be reached from start "fixture-message": no choice leads to it. Link to it from a choice ("next: ${id}") or delete it.`,
      ),
    ]);
  });

  it('names an unreachable step and the fix', () => {
    const source = FIXTURE.replace('next: fixture-waited', 'next: fixture-risky');
    expect(messages(() => source)).toEqual([
      `${FILE}:${lineOf('- id: fixture-waited')}: step "fixture-waited" can never be reached from start "fixture-message": no choice leads to it. Link to it from a choice ("next: fixture-waited") or delete it.`,
    ]);
  });

  it('names every step of a loop', () => {
    const source = FIXTURE.replace('next: fixture-risky', 'next: fixture-message');
    expect(messages(() => source)).toEqual([
      `${FILE}:${lineOf('- id: fixture-message')}: the steps "fixture-message" → "fixture-asked" → "fixture-message" form a loop, so that path never ends. Point one of these choices at a later step or an outcome.`,
      `${FILE}:${lineOf('- id: fixture-risky')}: step "fixture-risky" can never be reached from start "fixture-message": no choice leads to it. Link to it from a choice ("next: fixture-risky") or delete it.`,
    ]);
  });

  it('refuses a decision with one choice', () => {
    const source = FIXTURE.replace('      - label: Fixture choice to keep asking questions\n        next: fixture-risky\n', '').replace(/ {2}- id: fixture-risky[\s\S]*$/, '');
    expect(messages(() => source)).toEqual([
      `${FILE}:${lineOf('- label: Fixture choice to tell the lead straight away', source)}: step "fixture-asked" has 1 choice; a decision needs 2 to 4 (lettered A to D for a room to vote on). Add a choice a real person might make, or make the step an outcome.`,
    ]);
  });

  it('refuses a step that is both a decision and an outcome', () => {
    const source = FIXTURE.replace('    question: Fixture question two, what now?', '    outcome: mixed\n    question: Fixture question two, what now?');
    expect(messages(() => source)).toEqual([
      `${FILE}:${lineOf('- id: fixture-asked')}: step "fixture-asked" has question, choices, outcome: a step is either a decision (question and choices) or an outcome (outcome and title), never both. Remove one pair, or split it into two steps.`,
    ]);
  });

  it('needs a good outcome', () => {
    const source = FIXTURE.replace('outcome: good', 'outcome: mixed');
    expect(messages(() => source)).toEqual([
      `${FILE}:${lineOf('- id: fixture-message')}: no outcome is "outcome: good". At least one path must show good practice: add a good outcome, or mark the one that is good practice.`,
    ]);
  });

  it('names an unknown safety rule and contact, with suggestions', () => {
    const source = FIXTURE.replace('rules: [lead-unreachable]', 'rules: [lead-unreachabel]').replace('contacts: [police-emergency]', 'contacts: [police-emergancy]');
    expect(messages(() => source)).toEqual([
      `${FILE}:${lineOf('rules: [lead-unreachabel]', source)}: steps[2].rules[0] "lead-unreachabel" is not in content/safety-rules.yaml. Did you mean "lead-unreachable"? Use an existing safety rule id, or add the entry to content/safety-rules.yaml.`,
      `${FILE}:${lineOf('contacts: [police-emergancy]', source)}: steps[2].contacts[0] "police-emergancy" is not in content/contacts.yaml. Did you mean "police-emergency"? Use an existing contact id, or add the entry to content/contacts.yaml.`,
    ]);
  });

  it('needs the id to match the file name', () => {
    expect(messages(undefined, 'content/scenarios/late-message.yaml')).toEqual([
      `content/scenarios/late-message.yaml:${lineOf('id: fixture-walk')}: id "fixture-walk" does not match the file name "late-message.yaml". Write id: late-message, or rename the file to fixture-walk.yaml (and the <Branching id> that shows it).`,
    ]);
  });

  it('keeps phone numbers and markup out of the text', () => {
    const source = FIXTURE.replace('Fixture consequence.', 'Fixture **consequence**. Ring 0808 800 5000.');
    expect(messages(() => source)).toEqual([
      `${FILE}:${lineOf('Fixture **consequence**', source) - 1}: steps[1].text contains "**", which is Markdown or HTML. Scenario text is plain text: write it without markup.`,
      `${FILE}:${lineOf('Fixture **consequence**', source) - 1}: steps[1].text contains the phone number "0808 800 5000". Numbers live once in content/contacts.yaml: remove it and list the contact's id under "contacts" of this step.`,
    ]);
  });

  it('refuses two choices with the same words', () => {
    const source = FIXTURE.replace('Fixture choice to keep asking questions', 'Fixture choice to tell the lead straight away');
    expect(messages(() => source)).toEqual([
      `${FILE}:${lineOf('Fixture choice to tell the lead straight away', source) + 2}: steps[1].choices[1].label "Fixture choice to tell the lead straight away" is the same as choices[0] of step "fixture-asked". Each choice needs its own words.`,
    ]);
  });

  it('words schema problems like every other content file', () => {
    const source = FIXTURE.replace('outcome: good', 'outcome: great');
    expect(messages(() => source)).toEqual([
      `${FILE}:${lineOf('outcome: great', source)}: steps[2].outcome: "great" is not one of good, mixed, risky. Write good, mixed or risky.`,
    ]);
  });
});

describe('where scenarios are used', () => {
  it('names an unknown scenario in <Branching id>, with a suggestion', () => {
    const lesson = '---\ntitle: x\n---\n\n## Practise\n\n<Branching id="fixture-wlak" />\n';
    const findings = checkComponents('content/modules/01-a/01-b.mdx', readMdx(lesson), { contactIds: [], glossaryIds: [], referenceIds: [], safetyRuleIds: [], scenarioIds: ['fixture-walk'] }).map(formatFinding);
    expect(findings).toEqual([
      'content/modules/01-a/01-b.mdx:7: error [reference] <Branching id> "fixture-wlak" is not in content/scenarios/. Did you mean "fixture-walk"? Use an existing scenario id, or add the entry to content/scenarios/.',
    ]);
  });

  it('refuses a scenario shown by two lessons, and warns about one shown by none', () => {
    const scenarios = [
      { id: 'fixture-walk', file: FILE },
      { id: 'unused', file: 'content/scenarios/unused.yaml' },
    ];
    const uses = [
      { id: 'fixture-walk', file: 'content/modules/01-a/01-b.mdx', line: 40 },
      { id: 'fixture-walk', file: 'content/modules/02-c/01-d.mdx', line: 12 },
    ];
    expect(checkScenarioUse(scenarios, uses).map((p) => `${p.level} ${formatProblem(p)}`)).toEqual([
      `error content/modules/02-c/01-d.mdx:12: <Branching id="fixture-walk"> is already shown in content/modules/01-a/01-b.mdx (line 40). A scenario belongs to one lesson: remove this one, or copy ${FILE} to a new id and change it.`,
      'warning content/scenarios/unused.yaml:1: the scenario "unused" is not shown by any lesson. Add <Branching id="unused" /> under a ## heading of its own in one lesson, or delete the file.',
    ]);
  });

  it('fails the build (validateContent) on an unreachable step, naming the file and the step', () => {
    const input: ContentInput = {
      lessons: [],
      documents: [],
      moduleIds: [],
      referenceIds: [],
      contactIds: known.contactIds,
      safetyRules: known.safetyRuleIds.map((id) => ({ id, steps: [], contacts: [] })),
      glossary: [],
      pathways: [],
      guides: [],
      scenarios: [{ id: 'fixture-walk', file: FILE, source: FIXTURE.replace('next: fixture-waited', 'next: fixture-risky') }],
    };
    expect(validateContent(input)).toEqual([
      { file: `${FILE}:${lineOf('- id: fixture-waited')}`, message: 'step "fixture-waited" can never be reached from start "fixture-message": no choice leads to it. Link to it from a choice ("next: fixture-waited") or delete it.' },
    ]);
  });
});

describe('presenter slides (linkBranchSlides)', () => {
  const slide = (html: string) => ({ kind: 'branch' as const, html, notes: '' });
  it('points each choice at its step’s slide number', () => {
    const slides = [
      slide('<h2 data-sg-branch-step="s--a">A</h2><a href="#sg-branch:s--c">to c</a><a href="#sg-branch:s--b">to b</a>'),
      slide('<h2 data-sg-branch-step="s--b">B</h2><a href="#sg-branch:s--a">start again</a>'),
      slide('<h2 data-sg-branch-step="s--c">C</h2>'),
    ];
    expect(linkBranchSlides(slides, 3, 'x.mdx').map((s) => s.html)).toEqual([
      '<h2 data-sg-branch-step="s--a">A</h2><a href="#slide-5">to c</a><a href="#slide-4">to b</a>',
      '<h2 data-sg-branch-step="s--b">B</h2><a href="#slide-3">start again</a>',
      '<h2 data-sg-branch-step="s--c">C</h2>',
    ]);
  });
  it('fails on a link to a step with no slide', () => {
    expect(() => linkBranchSlides([slide('<a href="#sg-branch:s--z">z</a>')], 3, 'x.mdx')).toThrow('x.mdx: the presenter view has no slide for the branching step "s--z".');
  });
});

describe('checkScenarioWriting (the content lint over scenario text)', () => {
  const rules = [{ id: 'lead-unreachable', situation: ['cannot reach'], restated: ['anyone can refer'] }];
  const writing = (source: string) => checkScenarioWriting(FILE, source, rules).map(formatProblem);
  it('finds nothing in the fixture', () => {
    expect(writing(FIXTURE)).toEqual([]);
  });
  it('names a shared rule restated in a choice, with the line and how to show the rule', () => {
    const source = FIXTURE.replace('label: Fixture choice to wait until the morning', 'label: I remember that anyone can refer, and wait until the morning');
    expect(writing(source)).toEqual([
      `${FILE}:${lineOf('anyone can refer', source)}: "anyone can refer" restates the shared rule "lead-unreachable" in the file's own words. Remove it and list it under "rules" of this step (rules: [lead-unreachable]) instead, so the rule reads the same everywhere (content/safety-rules.yaml).`,
    ]);
  });
  it('names a term CURRICULUM.md says to avoid', () => {
    const source = FIXTURE.replace('label: Fixture choice to wait until the morning', 'label: I decide it is child pornography and wait');
    const found = writing(source);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^${FILE}:${lineOf('child pornography', source)}: "child pornography"`));
  });
});
