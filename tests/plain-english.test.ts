/** The plain-English rules of the content lint (src/content-engine/readability.mjs): acronyms, self-harm content notes, reading age. */
import { describe, expect, it } from 'vitest';
import { plainEnglishFindings } from '../src/content-engine/rules.mjs';
import { readMdx } from '../src/content-engine/mdx.mjs';
import { readingAge, syllables, undefinedAcronyms } from '../src/content-engine/readability.mjs';

const FILE = 'content/modules/01-test/01-lesson.mdx';

function lesson(body: string, front: string[] = []) {
  return ['---', 'title: A test lesson', 'audiences: [volunteer]', ...front, '---', '', body, ''].join('\n');
}
const findings = (body: string, front: string[] = []) => plainEnglishFindings(FILE, readMdx(lesson(body, front)));
/** Findings other than the reading age (short test sentences are not meant to read well). */
const rules = (body: string, front: string[] = []) => findings(body, front).filter((f) => f.rule !== 'reading-age').map((f) => `${f.rule}:${f.level}`);

describe('acronyms', () => {
  it('fails an acronym whose first use is not spelled out, naming it, the line and the fix', () => {
    const [finding] = findings('Tell the DSL today.');
    expect(finding).toMatchObject({ rule: 'acronym', level: 'error', line: 6 });
    expect(finding?.message).toContain('"DSL" is used without saying what it stands for');
    expect(finding?.message).toContain('designated safeguarding lead (DSL)');
  });

  it('accepts the short form in brackets after the words, or the words in brackets after it', () => {
    expect(rules('Tell the designated safeguarding lead (DSL) today. Then the DSL refers.')).toEqual([]);
    expect(rules('Tell the DSL (designated safeguarding lead) today.')).toEqual([]);
    expect(rules('Lesbian, gay, bisexual and trans (LGBT+) young people.')).toEqual([]);
    expect(rules('A reminder is **TED** (tell, explain, describe).')).toEqual([]);
  });

  it('checks only the first use in the lesson, and a later definition does not excuse it', () => {
    const found = undefinedAcronyms('The IWF said so. Later, the Internet Watch Foundation (IWF) said more.');
    expect(found.map((f) => f.acronym)).toEqual(['IWF']);
  });

  it('accepts an acronym inside a glossary term, a heading followed by its definition, and well-known short forms', () => {
    expect(rules('Refer to the <Term id="hsc-trust">HSC Trust</Term>.')).toEqual([]);
    expect(rules('## LGBTQ+ young people\n\nLesbian, gay, bisexual, trans, and queer or questioning (LGBTQ+) young people.')).toEqual([]);
    expect(rules('In the UK, see GOV.UK or ask your GP or the NHS.')).toEqual([]);
  });
});

describe('content notes', () => {
  it('fails a lesson that mentions self-harm when its content note does not', () => {
    const [finding] = findings('Watch for self-harm.', ['contentNote: This lesson is about grooming.']);
    expect(finding).toMatchObject({ rule: 'content-note', level: 'error' });
    expect(finding?.message).toContain('mentions "self-harm", but its contentNote does not say so');
  });

  it('passes when the content note names it, and when the lesson does not mention it', () => {
    expect(rules('A child may be suicidal.', ['contentNote: It mentions suicide.'])).toEqual([]);
    expect(rules('Listen and tell your lead.', ['contentNote: About listening.'])).toEqual([]);
  });
});

describe('reading age', () => {
  it('counts syllables the way readability tools estimate them', () => {
    expect(syllables('child')).toBe(1);
    expect(syllables('protection')).toBe(3);
    expect(syllables('responsibility')).toBe(6);
  });

  it('rises with longer sentences and longer words', () => {
    const plain = readingAge('Tell your lead. Do it now. Write down what you saw.').age;
    const dense = readingAge('Professionals should systematically document contemporaneous observations, distinguishing information obtained directly from interpretation, notwithstanding organisational constraints.').age;
    expect(plain).toBeLessThan(10);
    expect(dense).toBeGreaterThan(20);
  });

  it('warns (does not fail) when a volunteer lesson reads above age 14, and ignores lessons for other audiences', () => {
    const dense = 'Professionals should systematically document contemporaneous observations, distinguishing information obtained directly from subsequent interpretation.';
    const [finding] = findings(dense);
    expect(finding).toMatchObject({ rule: 'reading-age', level: 'warning' });
    expect(finding?.message).toMatch(/reads at about age \d+(\.\d)? \(Flesch-Kincaid grade \+ 5\)/);
    const teacherOnly = plainEnglishFindings(FILE, readMdx(lesson(dense).replace('audiences: [volunteer]', 'audiences: [teacher]')));
    expect(teacherOnly).toEqual([]);
  });
});
