/** The change log's pure parts: versions, grouping, anchors, the Atom feed, and "updated since you completed it". */
import { describe, expect, it } from 'vitest';
import { anchorsOf, groupChanges, lastSignificantChange, newestChange, versionOf, type Change } from '../src/shared/changes.ts';
import { atomFeed, type AtomFeed } from '../src/build/atom.ts';
import { updatedSinceRead, type LessonProgress } from '../src/shared/progress-store.ts';
import { atomProblems, parseXml } from './support/atom.ts';

const change = (lesson: string, date: string, significant = false, summary = `A change to ${lesson}.`): Change => ({ lesson, date, summary, significant, anchor: `${lesson}-${date}` });
const ORDER = ['01-a/01-x', '01-a/02-y', '02-b/01-z'];
const order = (id: string) => ORDER.indexOf(id);

describe('the content version', () => {
  it('is the newest change, written with dots', () => {
    expect(newestChange([{ date: '2026-11-29' }, { date: '2027-02-03' }, { date: '2026-12-01' }])).toBe('2027-02-03');
    expect(versionOf('2027-02-03')).toBe('2027.02.03');
    expect(newestChange([])).toBeUndefined();
  });
  it('takes only significant changes for the completion check', () => {
    expect(lastSignificantChange([change('01-a/01-x', '2027-01-01'), change('01-a/01-x', '2026-12-01', true)])).toBe('2026-12-01');
    expect(lastSignificantChange([change('01-a/01-x', '2027-01-01')])).toBeUndefined();
  });
});

describe('grouping for the What changed page', () => {
  const changes = [change('02-b/01-z', '2026-12-01', true), change('01-a/02-y', '2026-12-01'), change('01-a/01-x', '2026-11-29'), change('01-a/01-x', '2026-12-01', true)];
  it('puts versions newest first, then modules and lessons in course order', () => {
    const groups = groupChanges(changes, order);
    expect(groups.map((v) => v.version)).toEqual(['2026.12.01', '2026.11.29']);
    expect(groups[0]!.modules.map((m) => [m.module, m.changes.map((c) => c.lesson)])).toEqual([
      ['01-a', ['01-a/01-x', '01-a/02-y']],
      ['02-b', ['02-b/01-z']],
    ]);
  });
  it('keeps only changes to practice when asked', () => {
    expect(groupChanges(changes, order, true).flatMap((v) => v.modules.flatMap((m) => m.changes.map((c) => c.lesson)))).toEqual(['01-a/01-x', '02-b/01-z']);
  });
  it('gives each entry a unique anchor that a later entry does not move', () => {
    expect(anchorsOf('01-a/01-x', ['2026-11-29', '2026-12-01', '2026-12-01'])).toEqual(['change-01-a--01-x--2026-11-29', 'change-01-a--01-x--2026-12-01', 'change-01-a--01-x--2026-12-01-2']);
  });
});

describe('the Atom feed', () => {
  const feed: AtomFeed = {
    id: 'https://training.example.org/changes/',
    title: 'What changed: Safeguarding & <online>',
    self: 'https://training.example.org/changes.xml',
    alternate: 'https://training.example.org/changes/',
    author: 'Safeguarding children online',
    updated: '2026-12-01',
    entries: [
      { id: 'https://training.example.org/changes/#a--2026-12-01', title: 'Lesson "A" & more', updated: '2026-12-01', link: 'https://training.example.org/modules/01-a/01-x/', summary: 'The scenario now calls the police <straight away>.', categories: ['significant'] },
      { id: 'https://training.example.org/changes/#a--2026-11-29', title: 'Lesson A', updated: '2026-11-29', link: 'https://training.example.org/modules/01-a/01-x/', summary: "It's the first version." },
    ],
  };
  it('is well-formed Atom 1.0 with every required element', () => {
    const xml = atomFeed(feed);
    expect(atomProblems(xml)).toEqual([]);
    const elements = parseXml(xml);
    expect(elements.filter((e) => e.path === 'feed/entry/summary').map((e) => e.text)).toEqual(['The scenario now calls the police <straight away>.', "It's the first version."]);
    expect(elements.find((e) => e.path === 'feed/title')?.text).toBe('What changed: Safeguarding & <online>');
  });
  it('fails the check without a self link or with a relative entry link', () => {
    const broken = atomFeed({ ...feed, self: '/changes.xml', entries: [{ ...feed.entries[0]!, link: '/modules/01-a/01-x/' }] });
    expect(atomProblems(broken)).toEqual(['feed has no absolute <link rel="self">', 'entry 0 has no absolute <link>']);
  });
  it('refuses a document that is not well-formed', () => {
    expect(() => parseXml('<feed xmlns="http://www.w3.org/2005/Atom"><title>a & b</title></feed>')).toThrow();
  });
});

describe('updated since you completed it', () => {
  const lesson = (completedAt?: string, readAgainAt?: string): LessonProgress => ({
    ...(completedAt && { completedAt }),
    ...(readAgainAt && { readAgainAt }),
    answers: {},
    updatedAt: '2026-11-01T00:00:00.000Z',
  });
  it('is true only for a completion before the day of the last significant change', () => {
    expect(updatedSinceRead(lesson('2026-11-30T18:00:00.000Z'), '2026-12-01')).toBe(true);
    expect(updatedSinceRead(lesson('2026-12-01T09:00:00.000Z'), '2026-12-01')).toBe(false);
    expect(updatedSinceRead(lesson(), '2026-12-01')).toBe(false);
    expect(updatedSinceRead(undefined, '2026-12-01')).toBe(false);
    expect(updatedSinceRead(lesson('2026-11-30T18:00:00.000Z'), undefined)).toBe(false);
    expect(updatedSinceRead(lesson('2026-11-30T18:00:00.000Z'), '')).toBe(false);
  });
  it('counts reading the lesson again after the change as reading it', () => {
    expect(updatedSinceRead(lesson('2026-11-30T18:00:00.000Z', '2026-12-02T09:00:00.000Z'), '2026-12-01')).toBe(false);
    expect(updatedSinceRead(lesson('2026-11-30T18:00:00.000Z', '2026-11-30T19:00:00.000Z'), '2026-12-01')).toBe(true);
  });
});
