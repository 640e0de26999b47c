import { describe, expect, it } from 'vitest';
import { clock, extractPackItems, sessionPlan } from '../src/build/pack.ts';

describe('facilitator pack items', () => {
  it('picks the items out of a rendered lesson, in order, and drops the rest', () => {
    const html = '<h2>Intro</h2><p>Prose</p><sg-pack-item data-kind="scenario"><h4>Amara</h4><p>Case</p></sg-pack-item><p>More</p><sg-pack-item data-kind="check"><p>Q?</p></sg-pack-item><sg-pack-item data-kind="trainer"><p>Timing</p></sg-pack-item>';
    expect(extractPackItems(html, 'lesson')).toEqual([
      { kind: 'scenario', html: '<h4>Amara</h4><p>Case</p>' },
      { kind: 'check', html: '<p>Q?</p>' },
      { kind: 'trainer', html: '<p>Timing</p>' },
    ]);
    expect(extractPackItems('<p>No activities</p>', 'lesson')).toEqual([]);
  });

  it('names the lesson when an item is of an unknown kind or nested', () => {
    expect(() => extractPackItems('<sg-pack-item data-kind="quiz">x</sg-pack-item>', '01-a/02-b')).toThrow('01-a/02-b: facilitator pack item of unknown kind "quiz". Use one of: scenario, reflect, check, trainer.');
    expect(() => extractPackItems('<sg-pack-item data-kind="trainer"><sg-pack-item data-kind="check">x</sg-pack-item></sg-pack-item>', '01-a/02-b')).toThrow('01-a/02-b: a trainer contains another');
  });
});

describe('session plan', () => {
  it('runs the lessons back to back from 0:00', () => {
    expect(sessionPlan([25, 40, 20])).toEqual([{ start: 0, end: 25 }, { start: 25, end: 65 }, { start: 65, end: 85 }]);
    expect(clock(0)).toBe('0:00');
    expect(clock(65)).toBe('1:05');
    expect(clock(130)).toBe('2:10');
  });
});
