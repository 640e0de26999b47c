import { describe, expect, it } from 'vitest';
import { GUIDE_STEP_KEY, type StepSummary } from '../src/shared/pathway.ts';
import { emptyState, recordAnswer, setComplete, type LearnerState } from '../src/shared/progress-store.ts';
import { decodeSuspend, encodeSuspend, findApi, isPathwayComplete, packageLessonIds, pathwayScore, sessionTime, SUSPEND_LIMIT, type ApiWindow, type Scorm12Api, type ScormConfig } from '../src/shared/scorm.ts';

const lesson = (id: string) => ({ id, title: id, minutes: 10, url: `/pathways/p/${id}/` });
const steps: StepSummary[] = [
  { kind: 'lesson', required: true, title: 'a', minutes: 10, url: '', lesson: lesson('01-m/01-a') },
  { kind: 'guide', required: true, title: 'g', minutes: 10, url: '' },
  { kind: 'lesson', required: false, title: 'b', minutes: 10, url: '', lesson: lesson('01-m/02-b') },
];
const config: ScormConfig = { pathway: 'p', title: 'P', start: 'pathways/p/index.html', steps, checks: { '01-m/01-a': ['c1', 'c2'], '01-m/02-b': ['c3'] } };
const now = new Date('2026-12-01T10:00:00.123Z');
const ids = packageLessonIds(steps);

describe('scorm runtime', () => {
  it('finds the API in a parent frame, or through the opener', () => {
    const api = { LMSInitialize: () => 'true' } as unknown as Scorm12Api;
    const top: ApiWindow = { API: api, parent: null };
    top.parent = top;
    const mid: ApiWindow = { parent: top };
    const self: ApiWindow = { parent: mid };
    expect(findApi(self)).toBe(api);
    const lone: ApiWindow = { parent: null, opener: self };
    lone.parent = lone;
    expect(findApi(lone)).toBe(api);
    const none: ApiWindow = { parent: null };
    none.parent = none;
    expect(findApi(none)).toBeUndefined();
  });

  it('writes session time as a SCORM 1.2 timespan', () => {
    expect(sessionTime(0)).toBe('00:00:00.00');
    expect(sessionTime(3_723_450)).toBe('01:02:03.45');
    expect(sessionTime(200 * 3_600_000)).toBe('200:00:00.00');
  });

  it('is complete when every required step is done, and scores first answers', () => {
    let state = setComplete(emptyState(), '01-m/01-a', true, now);
    expect(isPathwayComplete(config, state)).toBe(false);
    state = setComplete(state, GUIDE_STEP_KEY, true, now);
    expect(isPathwayComplete(config, state)).toBe(true);
    expect(pathwayScore(config, state)).toBeUndefined();
    state = recordAnswer(state, '01-m/01-a', 'c1', { choice: 1, correct: false }, now);
    state = recordAnswer(state, '01-m/01-a', 'c1', { choice: 0, correct: true }, now);
    // One of the required lesson's two checks answered, wrongly at first.
    expect(pathwayScore(config, state)).toBe(0);
    state = recordAnswer(state, '01-m/01-a', 'c2', { choice: 0, correct: true }, now);
    expect(pathwayScore(config, state)).toBe(50);
    // An optional lesson counts once the learner answers it.
    state = recordAnswer(state, '01-m/02-b', 'c3', { choice: 2, correct: true }, now);
    expect(pathwayScore(config, state)).toBe(67);
  });

  it('keeps progress in suspend_data and reads it back', () => {
    let state: LearnerState = { ...setComplete(emptyState(), '01-m/01-a', true, now), nation: 'wales' };
    state = recordAnswer(state, '01-m/01-a', 'c1', { choice: 1, correct: false }, now);
    state = recordAnswer(state, '01-m/01-a', 'c1', { choice: 0, correct: true }, now);
    state = setComplete(state, GUIDE_STEP_KEY, true, now);
    state = setComplete(state, '09-other/01-x', true, now);
    const text = encodeSuspend(state, ids);
    expect(text).not.toContain('09-other');
    const back = decodeSuspend(text, ids, now)!;
    expect(back.nation).toBe('wales');
    expect(back.lessons['01-m/01-a']).toEqual({ completedAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z', answers: { c1: { choice: 0, correct: true } }, first: { c1: { choice: 1, correct: false } } });
    expect(back.lessons[GUIDE_STEP_KEY]?.completedAt).toBe('2026-12-01T10:00:00.000Z');
    expect(isPathwayComplete(config, back)).toBe(true);
    expect(decodeSuspend('', ids, now)).toBeUndefined();
    expect(decodeSuspend('{"v":2,"l":{}}', ids, now)).toBeUndefined();
    expect(Object.keys(decodeSuspend('{"v":1,"l":{"0":["nonsense",{"c1":["x",1]}],"99":["2026-12-01T10:00:00Z"]}}', ids, now)!.lessons)).toEqual(['01-m/01-a']);
  });

  it('stays within 4096 characters, dropping latest answers before first answers and never completions', () => {
    const many = Array.from({ length: 40 }, (_, i) => `01-m/${String(i).padStart(2, '0')}-l`);
    let state = emptyState();
    for (const id of many) {
      state = setComplete(state, id, true, now);
      for (let c = 0; c < 6; c++) state = recordAnswer(state, id, `a-rather-long-check-identifier-${c}`, { choice: 1, correct: true }, now);
    }
    const text = encodeSuspend(state, many);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
    const back = decodeSuspend(text, many, now)!;
    expect(many.every((id) => back.lessons[id]?.completedAt)).toBe(true);
  });
});
