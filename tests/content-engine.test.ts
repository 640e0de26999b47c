/**
 * The messages an author gets from the content engine (src/content-engine): frontmatter, data
 * and component props, each naming the file, the line, the field or prop, the value and the fix.
 * The same functions run in the build (src/build/validate.ts, src/build/checked-loader.ts) and in
 * `npm run lint:content`.
 */
import { describe, expect, it } from 'vitest';
import { checkComponents, checkFrontmatter, findPhoneNumbers, formatFinding } from '../src/content-engine/rules.mjs';
import { readMdx } from '../src/content-engine/mdx.mjs';
import { checkAgainst, formatProblem } from '../src/content-engine/errors.mjs';
import { contactSchema, referenceSchema } from '../src/content-engine/schemas.mjs';
import { fieldLocator } from '../src/build/checked-loader.ts';
import { parseLocalContacts } from '../src/build/local-contacts.ts';

const FILE = 'content/modules/01-test/01-lesson.mdx';
const KNOWN = { contactIds: ['childline'], glossaryIds: ['dsl'], referenceIds: ['kcsie-2025'], safetyRuleIds: ['lead-unreachable'] };

/** A lesson's frontmatter with one line replaced or added. */
function frontmatter(change: (lines: string[]) => string[] = (l) => l): string {
  const lines = [
    'title: A test lesson',
    'description: A lesson made by a unit test.',
    'duration: 25',
    'audiences: [teacher]',
    'outcomes:',
    '  - Explain one thing in full.',
    '  - Identify another thing.',
    'sources: [kcsie-2025, iwf-annual-2024]',
    'lastReviewed: 2026-11-29',
    'reviewDue: 2027-11-29',
  ];
  return ['---', ...change(lines), '---', '', 'Body.', ''].join('\n');
}

const frontmatterMessages = (source: string) => checkFrontmatter(FILE, readMdx(source), 'lesson').map(formatFinding);
/** Component findings for a body placed after a valid frontmatter (the body starts on line 16). */
const componentMessages = (body: string) => checkComponents(FILE, readMdx(`${frontmatter()}\n${body}\n`), KNOWN).map(formatFinding);

describe('frontmatter errors name the file, line, field, value and fix', () => {
  it('accepts a valid lesson', () => {
    expect(frontmatterMessages(frontmatter())).toEqual([]);
  });

  it('words a duration that is not a number', () => {
    expect(frontmatterMessages(frontmatter((l) => l.map((x) => x.replace('duration: 25', 'duration: "ten"'))))).toEqual([
      `${FILE}:4: error [frontmatter] duration: "ten" is not a number of minutes; write a whole number such as 25.`,
    ]);
  });

  it('words a missing field at the start of the frontmatter', () => {
    expect(frontmatterMessages(frontmatter((l) => l.filter((x) => !x.startsWith('description'))))).toEqual([
      `${FILE}:2: error [frontmatter] description is missing; write one sentence for lists and search results.`,
    ]);
  });

  it('words an unknown audience, a quoted boolean and a misspelt field', () => {
    const source = frontmatter((l) => [...l.map((x) => x.replace('[teacher]', '[teacher, parent]').replace('duration:', 'duraton:')), 'draft: "yes"']);
    expect(frontmatterMessages(source)).toEqual([
      `${FILE}:2: error [frontmatter] duration is missing; write a whole number such as 25.`,
      `${FILE}:5: error [frontmatter] audiences[1]: "parent" is not one of teacher, social-worker, volunteer. Write a list of teacher, social-worker or volunteer, for example "audiences: [teacher, volunteer]".`,
      `${FILE}:12: error [frontmatter] draft: "yes" is not true or false; write draft: true (without quotes) while the lesson is unfinished, or remove the line.`,
      `${FILE}:2: error [frontmatter] the file has unknown field "duraton"; check the spelling against content/AUTHORING.md, or remove it.`,
    ]);
  });

  it('words a date that is not a date', () => {
    expect(frontmatterMessages(frontmatter((l) => l.map((x) => x.replace('reviewDue: 2027-11-29', 'reviewDue: next year'))))).toEqual([
      `${FILE}:11: error [frontmatter] reviewDue: "next year" is not a date; write the date as YYYY-MM-DD, for example 2027-11-29.`,
    ]);
  });
});

describe('component props are checked with the file, line, component, prop, value and fix', () => {
  it('accepts the components as content/AUTHORING.md writes them', () => {
    const body = [
      '<Scenario title="Maya\'s evening stream">',
      'Text.',
      '</Scenario>',
      '',
      '<Callout type="important" title="Never forward an image">',
      'Text.',
      '</Callout>',
      '',
      '<NationNote nations={["wales", "scotland"]}>',
      'Text.',
      '</NationNote>',
      '',
      '<KnowledgeCheck question="What do you do?" options={[{ text: "A", feedback: "Why A." }, { text: "B", feedback: "Why B.", correct: true }]} />',
      '',
      'Call <Contact id="childline" variant="inline" />, see <Term id="dsl">the DSL</Term> <Cite id="kcsie-2025" />.',
      '',
      '<SafetyRule id="lead-unreachable" />',
    ].join('\n');
    expect(componentMessages(body)).toEqual([]);
  });

  it('fails correct: "false" (text, not a boolean), and the missing right answer it hides', () => {
    const body = [
      '<KnowledgeCheck',
      '  question="Which statement is correct?"',
      '  options={[',
      '    { text: "A", feedback: "Why A." },',
      '    { text: "B", feedback: "Why B.", correct: "false" },',
      '  ]}',
      '/>',
    ].join('\n');
    expect(componentMessages(body)).toEqual([
      `${FILE}:20: error [component] <KnowledgeCheck options[1].correct>: "false" is text in quotes, not true or false; write correct: true without quotes on the one right option, and leave correct out on the others.`,
      `${FILE}:18: error [component] <KnowledgeCheck options> has no option with correct: true; mark the one right answer correct: true (without quotes).`,
    ]);
  });

  it('fails a knowledge check with two right answers, or fewer than two options', () => {
    expect(componentMessages('<KnowledgeCheck question="Two right?" options={[{ text: "A", feedback: "x", correct: true }, { text: "B", feedback: "y", correct: true }]} />')).toEqual([
      `${FILE}:16: error [component] <KnowledgeCheck options> has 2 options with correct: true; mark only the one right answer.`,
    ]);
    expect(componentMessages('<KnowledgeCheck question="No options?" options={[]} />')).toEqual([
      `${FILE}:16: error [component] <KnowledgeCheck options> has 0 items, fewer than 2; give at least 2 options, one of them correct: true.`,
    ]);
  });

  it('fails <Callout type="danger">', () => {
    expect(componentMessages('<Callout type="danger" title="Watch out">\nText.\n</Callout>')).toEqual([
      `${FILE}:16: error [component] <Callout type>: "danger" is not one of info, important, warning. Use one of info, important or warning (see content/AUTHORING.md, "Components").`,
    ]);
  });

  it('fails an unknown component, naming the file and line', () => {
    expect(componentMessages('Text.\n\n<Scenaro title="A case">\nText.\n</Scenaro>')).toEqual([
      `${FILE}:18: error [component] <Scenaro> is not a component authors can use. Did you mean <Scenario>? Use one of <Scenario>, <Reflect>, <KnowledgeCheck>, <KeyPoints>, <Callout>, <NationNote>, <Contact>, <Term>, <Cite>, <TrainerNote>, <SafetyRule>, <Branching> (see content/AUTHORING.md, "Components"); they need no import.`,
    ]);
  });

  it('fails a nation spelt with a capital, an unknown prop and an unknown id', () => {
    const body = ['<NationNote nations={["england", "Wales"]}>', 'Text.', '</NationNote>', '', '<Scenario titel="A case">', 'Text.', '</Scenario>', '', '<SafetyRule id="lead-unreachble" />'].join('\n');
    expect(componentMessages(body)).toEqual([
      `${FILE}:16: error [component] <NationNote nations[1]>: "Wales" is not one of england, wales, scotland, northern-ireland. Did you mean "wales"? Write nations={["wales"]} with one or more of england, wales, scotland, northern-ireland.`,
      `${FILE}:20: error [component] <Scenario title> is missing; give the case a short name, for example title="Maya's evening stream".`,
      `${FILE}:20: error [component] <Scenario> has no prop "titel". Did you mean "title"? It takes title.`,
      `${FILE}:24: error [reference] <SafetyRule id> "lead-unreachble" is not in content/safety-rules.yaml. Did you mean "lead-unreachable"? Use an existing safety rule id, or add the entry to content/safety-rules.yaml.`,
    ]);
  });

  it('fails a knowledge check inside a scenario, which the facilitator pack cannot list', () => {
    expect(componentMessages('<Scenario title="A case">\nText.\n\n<TrainerNote>\nA prompt.\n</TrainerNote>\n</Scenario>')).toEqual([
      `${FILE}:19: error [component] <TrainerNote> is inside <Scenario>. The facilitator pack lists each scenario, reflection, knowledge check and trainer note on its own: move it out, after </Scenario>.`,
    ]);
  });

  it('fails a javascript: link in the text', () => {
    expect(componentMessages('Read [this page](javascript:alert(1)).')).toEqual([
      `${FILE}:16: error [link] the link "javascript:alert(1)" is not a safe web address; write the full address starting with https://, or a path on this site starting with /. Phone numbers and email for services go through <Contact id="..." />.`,
    ]);
  });

  it('names the line of MDX that cannot be read', () => {
    expect(componentMessages('<Scenario title="Unclosed">\nText.')).toEqual([
      `${FILE}:16: error [mdx] the MDX cannot be read: Expected a closing tag for \`<Scenario>\` (16:1-16:28). Check that every component tag is closed (<Scenario ...> needs </Scenario>, <Contact ... /> ends with />) and that braces { } match.`,
    ]);
  });
});

describe('web addresses in the data must be https', () => {
  const references = (url: string) =>
    ['- id: kcsie-2025', '  title: Keeping children safe in education', '  publisher: Department for Education', '  edition: 2025 edition', '  year: 2025', `  url: ${url}`, '  kind: statutory-guidance', ''].join('\n');
  const messages = (text: string) => {
    const item = { id: 'kcsie-2025', title: 'Keeping children safe in education', publisher: 'Department for Education', edition: '2025 edition', year: 2025, url: /url: (.*)/.exec(text)![1], kind: 'statutory-guidance' };
    return checkAgainst(referenceSchema, item, { file: 'content/references.yaml', lineOf: fieldLocator('content/references.yaml', text, 'kcsie-2025') }).map(formatProblem);
  };

  it('accepts https', () => {
    expect(messages(references('https://www.gov.uk/government/publications/keeping-children-safe-in-education--2'))).toEqual([]);
  });

  it('fails javascript:, data: and http:, with the line', () => {
    expect(messages(references('"javascript:alert(document.domain)"'.slice(1, -1)))).toEqual([
      'content/references.yaml:6: url: "javascript:alert(document.domain)" is not a safe web address: a javascript: link runs code or hides a page inside the link; write the full address starting with https://, for example "https://www.nspcc.org.uk/".',
    ]);
    expect(messages(references('data:text/html,hello'))).toEqual([
      'content/references.yaml:6: url: "data:text/html,hello" is not a safe web address: a data: link runs code or hides a page inside the link; write the full address starting with https://, for example "https://www.nspcc.org.uk/".',
    ]);
    expect(messages(references('http://www.example.org/'))).toEqual([
      'content/references.yaml:6: url: "http://www.example.org/" starts with http://, which can be tampered with on the way; write the https:// address instead (check it opens).',
    ]);
  });

  it('fails a contact with no way to reach it, at the line of its id', () => {
    const contact = { id: 'helpline', name: 'A helpline', for: 'Anyone worried about a child.', hours: 'Every day', kind: 'helpline', source: 'https://www.example.org/', checked: '2026-11-29' };
    const text = ['- id: helpline', '  name: A helpline', ''].join('\n');
    expect(checkAgainst(contactSchema, contact, { file: 'content/contacts.yaml', lineOf: fieldLocator('content/contacts.yaml', text, 'helpline') }).map(formatProblem)).toEqual([
      'content/contacts.yaml:1: phone is missing, and so are text, email and web; give at least one way to reach the service.',
    ]);
  });
});

describe('the local contacts file', () => {
  const FILE_LOCAL = 'content/local-contacts.yaml';
  const problems = (text: string) => {
    try {
      parseLocalContacts(text, FILE_LOCAL);
      return '';
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('says what to do with an empty file, not "null Expected object"', () => {
    expect(problems('')).toBe(
      `${FILE_LOCAL}:1: the file is empty. Copy the example from README.md ("Your organisation's contacts") and put in your organisation's details, or delete the file to show where to find local numbers instead.`,
    );
    expect(problems('# just a comment\n')).toContain('the file is empty.');
  });

  it('fails a javascript: web address with the line', () => {
    const text = [
      'organisation: Riverside',
      'defaultNation: england',
      'safeguardingLeads:',
      '  - name: Sam Okafor',
      '    role: Designated safeguarding lead',
      '    phone: "01632 960 100"',
      'childrensServices: { name: Front door, phone: "01632 960 200" }',
      'childrensServicesOutOfHours: { name: Out of hours, phone: "01632 960 201" }',
      'lado:',
      '  name: LADO',
      '  web: "javascript:alert(document.domain)"',
      'police: { name: Police, phone: "101" }',
    ].join('\n');
    expect(problems(text)).toBe(
      'The local contacts file has 1 problem:\n  content/local-contacts.yaml:11: lado.web: "javascript:alert(document.domain)" is not a safe web address: a javascript: link runs code or hides a page inside the link; write the full address starting with https://, for example "https://www.nspcc.org.uk/".',
    );
  });
});

describe('phone numbers in text', () => {
  it('does not read "section 112" as a phone number, but does "call 112"', () => {
    expect(findPhoneNumbers('Under section 112 of the Act, and s. 112 and paragraph 999.')).toEqual([]);
    expect(findPhoneNumbers('In an emergency in Europe, call 112.').map((f) => f.number)).toEqual(['112']);
    expect(findPhoneNumbers('Ring 999 at once.').map((f) => f.number)).toEqual(['999']);
  });
});

describe('the component schemas', () => {
  it('cover exactly the components passed to MDX (src/components/mdx/index.ts)', async () => {
    const { readFileSync } = await import('node:fs');
    const { COMPONENTS } = await import('../src/content-engine/schemas.mjs');
    const barrel = readFileSync(new URL('../src/components/mdx/index.ts', import.meta.url), 'utf8');
    // Author components only: lower-case keys (`table: Table`) restyle Markdown's own elements.
    const passed = /export const mdxComponents = \{([^}]*)\}/.exec(barrel)?.[1]?.split(',').map((s) => s.trim()).filter((s) => /^[A-Z]\w*$/.test(s)) ?? [];
    expect(passed.length).toBeGreaterThan(0);
    expect(Object.keys(COMPONENTS).sort()).toEqual(passed.sort());
  });
});
