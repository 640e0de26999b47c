import { describe, expect, it } from 'vitest';
import { lessonSlides, promoteRules, slidesOnce, splitDiscussion } from '../src/build/present.ts';
import { slideFromHash } from '../src/browser/present-channel.ts';

describe('presenter view slides', () => {
  it('makes a slide of each component, under the heading it sits in, with its notes, and gathers trainer notes', () => {
    const html =
      '<sg-pack-item data-kind="check"><h2>Q0</h2></sg-pack-item>' +
      '<sg-pack-item data-kind="heading">Intro</sg-pack-item><p>Prose</p>' +
      '<sg-pack-item data-kind="scenario"><h2>Amara</h2><p>Case</p><sg-notes><p>Model</p></sg-notes></sg-pack-item>' +
      '<sg-pack-item data-kind="heading">Check</sg-pack-item>' +
      '<sg-pack-item data-kind="check"><h2>Q?</h2><sg-notes><p>B</p></sg-notes></sg-pack-item>' +
      '<sg-pack-item data-kind="trainer"><p>Timing</p></sg-pack-item>';
    expect(lessonSlides(html, 'lesson')).toEqual({
      slides: [
        { kind: 'check', html: '<h2>Q0</h2>', notes: '' },
        { kind: 'scenario', section: 'Intro', html: '<h2>Amara</h2><p>Case</p>', notes: '<p>Model</p>' },
        { kind: 'check', section: 'Check', html: '<h2>Q?</h2>', notes: '<p>B</p>' },
      ],
      trainerNotes: ['<p>Timing</p>'],
    });
  });

  it('names the lesson when an item is of an unknown kind or nested', () => {
    expect(() => lessonSlides('<sg-pack-item data-kind="quiz">x</sg-pack-item>', '01-a/02-b.mdx')).toThrow('01-a/02-b.mdx: presenter view item of unknown kind "quiz". Use one of: heading, scenario, reflect, check, keypoints, rule, trainer, branch.');
  });

  it('makes a safety rule a slide of its own between components, and leaves it in a scenario that holds it', () => {
    const rule = '<sg-rule-slide><h2 class="t">If this happens</h2><div>Rule</div></sg-rule-slide>';
    expect(promoteRules(`<p>x</p>${rule}`)).toBe('<p>x</p><sg-pack-item data-kind="rule"><h2 class="t">If this happens</h2><div>Rule</div></sg-pack-item>');
    expect(promoteRules(`<sg-pack-item data-kind="scenario"><p>Case</p>${rule}</sg-pack-item>`)).toBe('<sg-pack-item data-kind="scenario"><p>Case</p><div>Rule</div></sg-pack-item>');
  });

  it('splits a scenario at its discussion', () => {
    expect(splitDiscussion('<p>Case</p>\n<p><strong>Discussion:</strong> Do this.</p><p>More</p>')).toEqual({ situation: '<p>Case</p>\n', discussion: '<p><strong>Discussion:</strong> Do this.</p><p>More</p>' });
    expect(splitDiscussion('<p><strong>Discussion prompt:</strong> Ask.</p>').discussion).toBe('<p><strong>Discussion prompt:</strong> Ask.</p>');
    expect(splitDiscussion('<p>Case only</p>')).toEqual({ situation: '<p>Case only</p>', discussion: '' });
  });

  it('makes a lesson\'s slides once for its two pages, then lets them go', async () => {
    let made = 0;
    const make = async () => ({ slides: [], trainerNotes: [`<p>${++made}</p>`] });
    const first = await slidesOnce('a@1', make);
    const second = await slidesOnce('a@1', make);
    expect(second).toBe(first);
    expect(made).toBe(1);
    // A third page, or the same page again under `astro dev`, makes them afresh; so does an edit.
    expect((await slidesOnce('a@1', make)).trainerNotes).toEqual(['<p>2</p>']);
    expect((await slidesOnce('a@2', make)).trainerNotes).toEqual(['<p>3</p>']);
  });

  it('reads a slide address', () => {
    expect(slideFromHash('#slide-3', 5)).toBe(3);
    expect(slideFromHash('#slide-6', 5)).toBeUndefined();
    expect(slideFromHash('#slide-0', 5)).toBeUndefined();
    expect(slideFromHash('#outcomes', 5)).toBeUndefined();
  });
});
