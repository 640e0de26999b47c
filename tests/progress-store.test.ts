import { describe, expect, it } from 'vitest';
import {
  clearAnswers,
  firstScoreOf,
  effectiveNation,
  emptyState,
  foldsAway,
  markReadAgain,
  parseStore,
  recordAnswer,
  salvageState,
  STORE_KEY,
  scoreOf,
  serialiseStore,
  setAsideKey,
  setCheckCount,
  setComplete,
  shouldComplete,
  updatedSinceRead,
  worriedHref,
  type LearnerState,
} from '../src/shared/progress-store.ts';
import { exportFile, mergeStates, parseImport } from '../src/shared/progress-transfer.ts';
import { readSetAsideKey, replacementSteps, restorable } from '../src/shared/progress-set-aside.ts';
import { listProgress } from '../src/shared/list-progress.ts';

const MON = new Date('2026-12-07T10:00:00.000Z');
const TUE = new Date('2026-12-08T10:00:00.000Z');
const WED = new Date('2026-12-09T10:00:00.000Z');
const A = '01-landscape/01-scale';
const B = '01-landscape/02-forms';
const C = '02-grooming/01-signs';

describe('reading the stored data', () => {
  it('starts empty when nothing is stored', () => {
    expect(parseStore(null)).toEqual({ state: emptyState() });
    expect(parseStore('  ')).toEqual({ state: emptyState() });
  });

  it('reads back what it stored', () => {
    const state = setComplete(recordAnswer(emptyState(), A, 'kc-1', { choice: 1, correct: true }, MON), A, true, MON);
    state.nation = 'wales';
    state.name = 'Sam Jones';
    expect(parseStore(serialiseStore(state))).toEqual({ state });
  });

  it('sets aside text that is not JSON', () => {
    expect(parseStore('{"app":"sg-learner",')).toEqual({ state: emptyState(), setAside: 'unreadable' });
  });

  it('sets aside data that belongs to something else', () => {
    expect(parseStore('{"theme":"dark"}').setAside).toBe('foreign');
    expect(parseStore('[1,2,3]').setAside).toBe('foreign');
    expect(parseStore('"hello"').setAside).toBe('foreign');
  });

  it('sets aside data from an older version, and from an unknown newer one', () => {
    expect(parseStore(JSON.stringify({ ...emptyState(), version: 0 })).setAside).toBe('old');
    expect(parseStore(JSON.stringify({ ...emptyState(), version: 2 })).setAside).toBe('newer');
    expect(parseStore(JSON.stringify({ ...emptyState(), version: 'two' })).setAside).toBe('foreign');
  });

  it('sets aside this site’s data in the wrong shape', () => {
    const bad = (patch: Record<string, unknown>) => parseStore(JSON.stringify({ ...emptyState(), ...patch })).setAside;
    expect(bad({ lessons: [] })).toBe('unreadable');
    expect(bad({ lessons: { 'not an id': { answers: {}, updatedAt: MON.toISOString() } } })).toBe('unreadable');
    expect(bad({ lessons: { [A]: { answers: {}, updatedAt: 'yesterday' } } })).toBe('unreadable');
    // A lesson record is sound apart from one answer: the lesson is kept (see "partly damaged").
    expect(bad({ lessons: { [A]: { answers: { k: { choice: -1, correct: true } }, updatedAt: MON.toISOString() } } })).toBe('partial');
    expect(bad({ nation: 'france' })).toBe('unreadable');
    expect(bad({ trainerView: 'yes' })).toBe('unreadable');
  });

  it('names a different key each time data is set aside', () => {
    expect(setAsideKey(MON)).toBe('sg-learner:set-aside:2026-12-07T10:00:00.000Z');
    expect(setAsideKey(MON)).not.toBe(setAsideKey(TUE));
  });
});

describe('partly damaged progress', () => {
  const sound = setComplete(recordAnswer(emptyState(), A, 'k1', { choice: 1, correct: true }, MON), A, true, MON);

  it('keeps every valid lesson, answer and field, and names what was left out', () => {
    const damaged = {
      ...sound,
      name: 'Sam',
      nation: 'atlantis',
      lessons: {
        ...sound.lessons,
        [A]: { ...sound.lessons[A]!, answers: { k1: { choice: 1, correct: true }, k2: { choice: 99, correct: 'yes' } } },
        [B]: { answers: {}, updatedAt: 'last week' },
        'not-a-lesson': {},
      },
    };
    const parsed = parseStore(JSON.stringify(damaged));
    expect(parsed.setAside).toBe('partial');
    expect(parsed.problem).toBe(`lessons["${A}"].answers["k2"] {"choice":99,"correct":"yes"} is not an answer ({ "choice": 0, "correct": true })`);
    expect(parsed.state.lessons).toEqual({ [A]: sound.lessons[A] });
    expect(parsed.state.name).toBe('Sam');
    expect(parsed.state.nation).toBeUndefined();
  });

  it('keeps the fields of a store whose lessons are all damaged', () => {
    const state = salvageState({ ...emptyState(), lessons: 'many', name: 'Sam', nation: 'wales', trainerView: 'yes', reflections: { volunteer: 'Mine' } });
    expect(state).toEqual({ ...emptyState(), name: 'Sam', nation: 'wales', reflections: { volunteer: 'Mine' } });
  });

  it('keeps a lesson’s fields it does not know, such as ones a newer part of the site adds', () => {
    const lesson = { ...sound.lessons[A]!, firstAttempt: { correct: 2, total: 3 } };
    expect(salvageState({ ...emptyState(), name: 42, lessons: { [A]: lesson } }).lessons[A]).toEqual(lesson);
  });

  it('calls nothing partial when nothing could be kept', () => {
    expect(parseStore(JSON.stringify({ ...emptyState(), lessons: { [A]: 'done' } }))).toEqual({ state: emptyState(), setAside: 'unreadable' });
  });
});

describe('set-aside copies and restoring them', () => {
  const mine = setComplete(emptyState(), A, true, MON);
  const theirs = setComplete(setComplete(emptyState(), B, true, TUE), C, true, TUE);

  it('says when and why each copy was made, from its key', () => {
    expect(readSetAsideKey(setAsideKey(MON))).toEqual({ when: MON, why: 'unusable' });
    expect(setAsideKey(TUE, 'replaced')).toBe('sg-learner:set-aside:2026-12-08T10:00:00.000Z~replaced');
    expect(readSetAsideKey(setAsideKey(TUE, 'replaced'))).toEqual({ when: TUE, why: 'replaced' });
    expect(readSetAsideKey('sg-learner:set-aside:whenever')).toBeUndefined();
    expect(readSetAsideKey(STORE_KEY)).toBeUndefined();
  });

  it('restores this site’s progress, and the valid parts of a damaged copy, but nothing else', () => {
    expect(restorable(serialiseStore(mine))).toEqual(mine);
    const damaged = JSON.stringify({ ...mine, trainerView: 'sometimes' });
    expect(restorable(damaged)).toEqual(mine);
    expect(restorable('{"app":"sg-learner",')).toBeUndefined();
    expect(restorable(JSON.stringify({ ...mine, version: 2 }))).toBeUndefined();
    expect(restorable('{"theme":"dark"}')).toBeUndefined();
    expect(restorable(serialiseStore(emptyState()))).toBeUndefined();
  });

  it('sets the current progress aside before replacing it, so a failed step loses nothing', () => {
    const steps = replacementSteps(serialiseStore(mine), theirs, WED);
    expect(steps).toEqual([
      { set: 'sg-learner:set-aside:2026-12-09T10:00:00.000Z~replaced', value: serialiseStore(mine) },
      { set: STORE_KEY, value: serialiseStore(theirs) },
    ]);
  });

  it('keeps unreadable current data too, and removes a restored copy only after its progress is in use', () => {
    const steps = replacementSteps('{"broken', theirs, WED, setAsideKey(MON, 'replaced'));
    expect(steps).toEqual([
      { set: setAsideKey(WED, 'replaced'), value: '{"broken' },
      { set: STORE_KEY, value: serialiseStore(theirs) },
      { remove: setAsideKey(MON, 'replaced') },
    ]);
  });

  it('sets nothing aside when there is no progress to lose', () => {
    expect(replacementSteps(null, theirs, WED)).toEqual([{ set: STORE_KEY, value: serialiseStore(theirs) }]);
    expect(replacementSteps(serialiseStore(emptyState()), theirs, WED)).toEqual([{ set: STORE_KEY, value: serialiseStore(theirs) }]);
  });

  it('restoring the copy a replacement made gives back exactly the progress that was replaced', () => {
    const [aside] = replacementSteps(serialiseStore(mine), theirs, WED);
    expect(aside && 'set' in aside && restorable(aside.value)).toEqual(mine);
  });
});

describe('import', () => {
  it('reads an export file back, without its exportedAt', () => {
    const state = setComplete(emptyState(), A, true, MON);
    const result = parseImport('progress.json', exportFile(state, TUE));
    expect(result).toEqual({ ok: true, state });
  });

  it('explains a file that is not JSON, naming the file and the fix', () => {
    const result = parseImport('notes.txt', 'hello');
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^notes\.txt: this is not a progress file \(it is not JSON\)\. Choose the file that “Save my progress to a file” made/) });
  });

  it('explains the field that is wrong', () => {
    const file = JSON.stringify({ ...emptyState(), lessons: { [A]: { answers: {}, updatedAt: MON.toISOString(), completedAt: 'last week' } } });
    const result = parseImport('old.json', file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(`old.json: this file cannot be used because lessons["${A}"].completedAt "last week" is not a date and time.`);
  });

  it('refuses someone else’s JSON and a newer version', () => {
    const other = parseImport('x.json', '{"a":1}');
    expect(!other.ok && other.error).toContain('it is not progress from this site');
    const newer = parseImport('y.json', JSON.stringify({ ...emptyState(), version: 3 }));
    expect(!newer.ok && newer.error).toContain('newer or unknown version of the site (version 3)');
  });

  it('refuses a file that is far too large', () => {
    const result = parseImport('big.json', 'x'.repeat(1_000_001));
    expect(!result.ok && result.error).toContain('over 1 MB');
  });
});

describe('merging imported progress', () => {
  it('keeps every completed lesson from both, with the earlier date', () => {
    const here = setComplete(setComplete(emptyState(), A, true, TUE), B, true, TUE);
    const there = setComplete(setComplete(emptyState(), A, true, MON), C, true, WED);
    const merged = mergeStates(here, there);
    expect(merged.lessons[A]!.completedAt).toBe(MON.toISOString());
    expect(merged.lessons[B]!.completedAt).toBe(TUE.toISOString());
    expect(merged.lessons[C]!.completedAt).toBe(WED.toISOString());
  });

  it('keeps the later reading again, so neither copy brings back "updated since"', () => {
    const completed = setComplete(emptyState(), A, true, MON);
    const readHere = markReadAgain(completed, A, WED);
    expect(mergeStates(readHere, completed).lessons[A]).toMatchObject({ completedAt: MON.toISOString(), readAgainAt: WED.toISOString() });
    expect(mergeStates(completed, readHere).lessons[A]).toMatchObject({ completedAt: MON.toISOString(), readAgainAt: WED.toISOString() });
    expect(mergeStates(markReadAgain(completed, A, TUE), readHere).lessons[A]!.readAgainAt).toBe(WED.toISOString());
  });

  it('lets the newer answers win and keeps the others', () => {
    const here = recordAnswer(recordAnswer(emptyState(), A, 'k1', { choice: 0, correct: false }, MON), A, 'k2', { choice: 2, correct: true }, MON);
    const there = recordAnswer(emptyState(), A, 'k1', { choice: 1, correct: true }, TUE);
    expect(mergeStates(here, there).lessons[A]!.answers).toEqual({ k1: { choice: 1, correct: true }, k2: { choice: 2, correct: true } });
  });

  it('keeps this browser’s name, nation and reflections, filling gaps from the file', () => {
    const here: LearnerState = { ...emptyState(), name: '', nation: 'scotland', reflections: { volunteer: 'Mine' } };
    const there: LearnerState = { ...emptyState(), name: 'Sam', nation: 'wales', reflections: { volunteer: 'Theirs', teacher: 'Other' } };
    const merged = mergeStates(here, there);
    expect(merged.name).toBe('Sam');
    expect(merged.nation).toBe('scotland');
    expect(merged.reflections).toEqual({ volunteer: 'Mine', teacher: 'Other' });
  });
});

describe('lessons, answers and scores', () => {
  it('keeps the first completion date, and can undo it', () => {
    const once = setComplete(emptyState(), A, true, MON);
    expect(setComplete(once, A, true, TUE).lessons[A]!.completedAt).toBe(MON.toISOString());
    expect(setComplete(once, A, false, TUE).lessons[A]!.completedAt).toBeUndefined();
  });

  it('reading again after a change to practice clears "updated since", and keeps the first completion date', () => {
    const before = recordAnswer(setComplete(emptyState(), A, true, MON), A, 'k1', { choice: 1, correct: true }, MON);
    const changedOn = TUE.toISOString().slice(0, 10);
    expect(updatedSinceRead(before.lessons[A], changedOn)).toBe(true);
    const again = markReadAgain(before, A, WED);
    expect(again.lessons[A]!.completedAt).toBe(MON.toISOString());
    expect(again.lessons[A]!.readAgainAt).toBe(WED.toISOString());
    expect(updatedSinceRead(again.lessons[A], changedOn)).toBe(false);
    expect(again.lessons[A]!.answers).toEqual(before.lessons[A]!.answers);
    // Stored and read back as it was; a lesson not completed cannot be read again; undoing completion forgets it.
    expect(parseStore(serialiseStore(again))).toEqual({ state: again });
    expect(markReadAgain(emptyState(), A, WED)).toEqual(emptyState());
    expect(setComplete(again, A, false, WED).lessons[A]!.readAgainAt).toBeUndefined();
  });

  it('scores answers against the lesson’s number of checks, and retrying clears them but not completion', () => {
    let state = setCheckCount(emptyState(), A, 3, MON);
    state = recordAnswer(state, A, 'k1', { choice: 1, correct: true }, MON);
    state = recordAnswer(state, A, 'k2', { choice: 0, correct: false }, MON);
    expect(scoreOf(state.lessons[A])).toEqual({ answered: 2, correct: 1, total: 3 });
    state = setComplete(state, A, true, MON);
    state = clearAnswers(state, A, TUE);
    expect(scoreOf(state.lessons[A])).toEqual({ answered: 0, correct: 0, total: 3 });
    expect(state.lessons[A]!.completedAt).toBe(MON.toISOString());
    expect(scoreOf(undefined)).toEqual({ answered: 0, correct: 0, total: 0 });
  });

  it('on the lesson page, counts only the checks the lesson has now', () => {
    let state = recordAnswer(emptyState(), A, 'k1', { choice: 1, correct: true }, MON);
    state = recordAnswer(state, A, 'reworded-away', { choice: 0, correct: true }, MON);
    expect(scoreOf(state.lessons[A], ['k1', 'k2'])).toEqual({ answered: 1, correct: 1, total: 2 });
  });

  it('completes a lesson only at its end with every check answered', () => {
    expect(shouldComplete(true, { answered: 3, correct: 1, total: 3 })).toBe(true);
    expect(shouldComplete(true, { answered: 2, correct: 2, total: 3 })).toBe(false);
    expect(shouldComplete(false, { answered: 3, correct: 3, total: 3 })).toBe(false);
    expect(shouldComplete(true, { answered: 0, correct: 0, total: 0 })).toBe(true);
  });

  it('counts progress through a list and suggests what is next', () => {
    const ids = [A, B, C];
    expect(listProgress(emptyState(), ids)).toEqual({ done: 0, total: 3, next: A });
    const afterB = setComplete(emptyState(), B, true, MON);
    expect(listProgress(afterB, ids)).toEqual({ done: 1, total: 3, next: C });
    const afterC = setComplete(afterB, C, true, TUE);
    expect(listProgress(afterC, ids)).toEqual({ done: 2, total: 3, next: A });
    expect(listProgress(setComplete(afterC, A, true, WED), ids)).toEqual({ done: 3, total: 3, next: undefined });
  });
});

describe('nation', () => {
  it('uses the learner’s choice, then the organisation’s default, then all', () => {
    expect(effectiveNation({ ...emptyState(), nation: 'wales' }, 'scotland')).toBe('wales');
    expect(effectiveNation(emptyState(), 'scotland')).toBe('scotland');
    expect(effectiveNation(emptyState(), undefined)).toBe('all');
    expect(effectiveNation(emptyState(), 'atlantis')).toBe('all');
  });

  it('sends the worried link to the nation’s guide', () => {
    expect(worriedHref('northern-ireland')).toBe('/worried/northern-ireland/');
    expect(worriedHref('all')).toBe('/worried/');
  });

  it('folds only other nations’ notes', () => {
    expect(foldsAway(['england'], 'wales')).toBe(true);
    expect(foldsAway(['wales', 'scotland'], 'wales')).toBe(false);
    expect(foldsAway(['england'], 'all')).toBe(false);
  });
});

describe('first-attempt scores', () => {
  it('scores the first answer to each question, through a retry and a clear', () => {
    let s = recordAnswer(emptyState(), A, 'k1', { choice: 0, correct: false }, MON);
    s = recordAnswer(s, A, 'k1', { choice: 1, correct: true }, MON);
    s = recordAnswer(s, A, 'k2', { choice: 2, correct: true }, MON);
    expect(scoreOf(s.lessons[A], ['k1', 'k2'])).toEqual({ answered: 2, correct: 2, total: 2 });
    expect(firstScoreOf(s.lessons[A], ['k1', 'k2'])).toEqual({ answered: 2, correct: 1, total: 2 });
    s = clearAnswers(s, A, TUE);
    expect(s.lessons[A]!.answers).toEqual({});
    expect(firstScoreOf(s.lessons[A], ['k1', 'k2'])).toEqual({ answered: 2, correct: 1, total: 2 });
    s = recordAnswer(s, A, 'k1', { choice: 1, correct: true }, TUE);
    expect(firstScoreOf(s.lessons[A], ['k1', 'k2']).correct).toBe(1);
  });

  it('stores and reads back first answers, and names a broken one', () => {
    const s = recordAnswer(emptyState(), A, 'k1', { choice: 0, correct: false }, MON);
    expect(parseStore(serialiseStore(s)).state.lessons[A]!.first).toEqual({ k1: { choice: 0, correct: false } });
    const broken = JSON.parse(serialiseStore(s)) as LearnerState;
    (broken.lessons[A]!.first as Record<string, unknown>)['k1'] = { choice: 'A' };
    // The damaged first answer is named and left out; the rest of the lesson is kept (a partly damaged store).
    const parsed = parseStore(JSON.stringify(broken));
    expect(parsed.setAside).toBe('partial');
    expect(parsed.problem).toContain(`lessons["${A}"].first["k1"]`);
    expect(parsed.state.lessons[A]!.first).toEqual({});
    expect(parsed.state.lessons[A]!.answers).toEqual({ k1: { choice: 0, correct: false } });
  });

  it('keeps the older first answers when progress files are merged', () => {
    const here = recordAnswer(emptyState(), A, 'k1', { choice: 0, correct: false }, MON);
    const there = recordAnswer(emptyState(), A, 'k1', { choice: 1, correct: true }, TUE);
    expect(mergeStates(here, there).lessons[A]!.first).toEqual({ k1: { choice: 0, correct: false } });
  });
});
