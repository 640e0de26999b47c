import { describe, expect, it } from 'vitest';
import { componentIds, readMdx } from '../src/content-engine/mdx.mjs';
import { closest, validateContent, type ContentInput, type GuideInput } from '../src/build/validate.ts';

const LESSON_FILE = 'content/modules/03-live-streaming/02-capture.mdx';

function guide(overrides: Partial<GuideInput> = {}): GuideInput {
  return {
    id: 'england',
    file: 'content/guides/england.yaml',
    nation: 'england',
    start: 'danger',
    steps: [{ id: 'danger', answers: [{ next: 'call-999' }, { next: 'tell-dsl' }] }],
    outcomes: [
      { id: 'call-999', contacts: ['police-emergency'], lessons: [] },
      { id: 'tell-dsl', contacts: ['nspcc-helpline'], lessons: ['03-live-streaming/02-capture'] },
    ],
    ...overrides,
  };
}

function valid(): ContentInput {
  return {
    lessons: [
      {
        id: '03-live-streaming/02-capture',
        file: LESSON_FILE,
        source: '---\ntitle: x\n---\nCall <Contact id="childline" variant="inline" />.\nA <Term id="dsl">DSL</Term> and <Cite id="kcsie-2025" />.\n',
        sources: ['kcsie-2025', 'iwf-annual-2024'],
        lastReviewed: new Date('2026-11-29'),
        reviewDue: new Date('2027-11-29'),
      },
    ],
    documents: [{ file: 'content/modules/03-live-streaming/index.mdx', source: 'An overview.' }],
    moduleIds: ['03-live-streaming'],
    referenceIds: ['kcsie-2025', 'iwf-annual-2024'],
    contactIds: ['childline', 'police-emergency', 'nspcc-helpline'],
    safetyRules: [{ id: 'lead-unreachable', steps: ['Call {contact:police-emergency} now.'], contacts: ['police-emergency'] }],
    glossary: [{ id: 'dsl', related: [] }, { id: 'lado', related: ['dsl'] }],
    pathways: [{ id: 'volunteer', file: 'content/pathways/volunteer.yaml', steps: [{ lesson: '03-live-streaming/02-capture' }] }],
    guides: [guide()],
  };
}

const messages = (input: ContentInput) => validateContent(input).map((p) => `${p.file}: ${p.message}`);

describe('validateContent', () => {
  it('accepts content whose every reference resolves', () => {
    expect(validateContent(valid())).toEqual([]);
  });

  it('names the file, the field, the bad source id and the fix', () => {
    const input = valid();
    input.lessons[0]!.sources = ['kcsie-2025', 'kcsie-2052'];
    expect(messages(input)).toEqual([
      `${LESSON_FILE}: sources[1] "kcsie-2052" is not in content/references.yaml. Did you mean "kcsie-2025"? Use an existing reference id, or add the entry to content/references.yaml.`,
    ]);
  });

  it('reports a source listed twice', () => {
    const input = valid();
    input.lessons[0]!.sources = ['kcsie-2025', 'kcsie-2025'];
    expect(messages(input)).toEqual([`${LESSON_FILE}: sources lists "kcsie-2025" twice. List each source once.`]);
  });

  it('reports an unknown contact in a lesson body with its line', () => {
    const input = valid();
    input.lessons[0]!.source = '---\ntitle: x\n---\n\nCall <Contact id="chldline" />.';
    expect(messages(input)).toEqual([
      `${LESSON_FILE}:5: <Contact id> "chldline" is not in content/contacts.yaml. Did you mean "childline"? Use an existing contact id, or add the entry to content/contacts.yaml.`,
    ]);
  });

  it('reports an unknown safety rule in a lesson and in a guide outcome', () => {
    const input = valid();
    input.lessons[0]!.source = 'Text.\n<SafetyRule id="lead-unreachible" />';
    input.guides = [guide({ outcomes: [{ id: 'call-999', contacts: ['police-emergency'], lessons: [], rules: ['sexual-extortion'] }, { id: 'tell-dsl', contacts: ['nspcc-helpline'], lessons: [] }] })];
    expect(messages(input)).toEqual([
      `${LESSON_FILE}:2: <SafetyRule id> "lead-unreachible" is not in content/safety-rules.yaml. Did you mean "lead-unreachable"? Use an existing safety rule id, or add the entry to content/safety-rules.yaml.`,
      `content/guides/england.yaml: outcomes[0].rules[0] "sexual-extortion" is not in content/safety-rules.yaml. Use an existing safety rule id, or add the entry to content/safety-rules.yaml.`,
    ]);
  });

  it('reports an unknown contact in a safety rule, in its cards and in a {contact:} step', () => {
    const input = valid();
    input.safetyRules = [{ id: 'lead-unreachable', steps: ['Call {contact:police-emergancy} now.'], contacts: ['polise-emergency'] }];
    expect(messages(input)).toEqual([
      `content/safety-rules.yaml: "lead-unreachable" contacts[0] "polise-emergency" is not in content/contacts.yaml. Did you mean "police-emergency"? Use an existing contact id, or add the entry to content/contacts.yaml.`,
      `content/safety-rules.yaml: "lead-unreachable" steps[0] {contact:police-emergancy} "police-emergancy" is not in content/contacts.yaml. Did you mean "police-emergency"? Use an existing contact id, or add the entry to content/contacts.yaml.`,
    ]);
  });

  it('reports an unknown glossary term and an unknown citation', () => {
    const input = valid();
    input.lessons[0]!.source = '<Term id="mash">MASH</Term>\n<Cite id="wt-2018" />';
    expect(messages(input)).toEqual([
      `${LESSON_FILE}:1: <Term id> "mash" is not in content/glossary.yaml. Use an existing glossary id, or add the entry to content/glossary.yaml.`,
      `${LESSON_FILE}:2: <Cite id> "wt-2018" is not in content/references.yaml. Use an existing reference id, or add the entry to content/references.yaml.`,
    ]);
  });

  it('checks component ids in module overviews and pages too', () => {
    const input = valid();
    input.documents[0]!.source = 'See <Contact id="nope" />';
    expect(messages(input)[0]).toMatch(/^content\/modules\/03-live-streaming\/index\.mdx:1: <Contact id> "nope" is not in content\/contacts\.yaml/);
  });

  it('reports a review date that is not after the last review', () => {
    const input = valid();
    input.lessons[0]!.reviewDue = new Date('2026-01-01');
    expect(messages(input)).toEqual([
      `${LESSON_FILE}: reviewDue "2026-01-01" is not later than lastReviewed "2026-11-29". Set reviewDue to a date after the last review (usually one year later).`,
    ]);
  });

  it('reports an unknown lesson in a pathway and a lesson listed twice', () => {
    const input = valid();
    input.pathways[0]!.steps = [{ lesson: '03-live-streaming/02-captur' }, { lesson: '03-live-streaming/02-capture' }, { lesson: '03-live-streaming/02-capture' }];
    expect(messages(input)).toEqual([
      'content/pathways/volunteer.yaml: steps[0].lesson "03-live-streaming/02-captur" is not in content/modules. Did you mean "03-live-streaming/02-capture"? Use an existing lesson id, or add the entry to content/modules.',
      'content/pathways/volunteer.yaml: steps[2].lesson "03-live-streaming/02-capture" is listed twice. List each lesson once.',
    ]);
  });

  it('reports an unknown related glossary term', () => {
    const input = valid();
    input.glossary[1]!.related = ['dls'];
    expect(messages(input)).toEqual([
      'content/glossary.yaml: "lado" related[0] "dls" is not in content/glossary.yaml. Did you mean "dsl"? Use an existing glossary id, or add the entry to content/glossary.yaml.',
    ]);
  });

  it('reports a lesson whose module has no overview', () => {
    const input = valid();
    input.moduleIds = [];
    expect(messages(input)).toEqual([
      `${LESSON_FILE}: the lesson is in "content/modules/03-live-streaming/", which has no index.mdx. Add the module overview content/modules/03-live-streaming/index.mdx.`,
    ]);
  });
});

describe('guide checks', () => {
  const guideMessages = (g: GuideInput) => messages({ ...valid(), guides: [g] });

  it('requires the first question to lead straight to 999', () => {
    const g = guide({ outcomes: [{ id: 'call-999', contacts: ['nspcc-helpline'], lessons: [] }, { id: 'tell-dsl', contacts: ['nspcc-helpline'], lessons: [] }] });
    expect(guideMessages(g)).toEqual([
      'content/guides/england.yaml: the first step "danger" must be the immediate-danger question, with an answer that leads straight to an outcome whose contacts include "police-emergency".',
    ]);
  });

  it('reports an answer that leads nowhere, and what it cannot reach', () => {
    const g = guide({ steps: [{ id: 'danger', answers: [{ next: 'call-999' }, { next: 'tell-dls' }] }] });
    expect(guideMessages(g)).toEqual([
      'content/guides/england.yaml: steps[0].answers[1].next "tell-dls" is not a step or outcome id. Did you mean "tell-dsl"? Point it at an existing step or outcome.',
      'content/guides/england.yaml: "tell-dsl" cannot be reached from the start. Link it from an answer or remove it.',
    ]);
  });

  it('reports a loop', () => {
    const g = guide({ steps: [{ id: 'danger', answers: [{ next: 'call-999' }, { next: 'role' }] }, { id: 'role', answers: [{ next: 'danger' }, { next: 'tell-dsl' }] }] });
    expect(guideMessages(g)).toContain('content/guides/england.yaml: the path danger → role → danger loops. Every path must end at an outcome.');
  });

  it('reports a nation that does not match the file, and unknown contacts and lessons', () => {
    const g = guide({ nation: 'wales', outcomes: [{ id: 'call-999', contacts: ['police-emergency'], lessons: [] }, { id: 'tell-dsl', contacts: ['nspc'], lessons: ['nope/01-x'] }] });
    expect(guideMessages(g)).toEqual([
      'content/guides/england.yaml: nation "wales" does not match the file name "england.yaml". Rename the file or correct the nation.',
      'content/guides/england.yaml: outcomes[1].contacts[0] "nspc" is not in content/contacts.yaml. Use an existing contact id, or add the entry to content/contacts.yaml.',
      'content/guides/england.yaml: outcomes[1].lessons[0] "nope/01-x" is not in content/modules. Use an existing lesson id, or add the entry to content/modules.',
    ]);
  });
});

describe('helpers', () => {
  it('finds component ids with their lines', () => {
    expect(componentIds(readMdx('a\n<Term id="dsl">x</Term> <Term  id=\'lado\' />'), 'Term')).toEqual([
      { id: 'dsl', line: 2 },
      { id: 'lado', line: 2 },
    ]);
  });

  it('suggests only close ids', () => {
    expect(closest('nspcc-helpine', ['nspcc-helpline', 'childline'])).toBe('nspcc-helpline');
    expect(closest('zzzz', ['nspcc-helpline', 'childline'])).toBeUndefined();
  });
});
