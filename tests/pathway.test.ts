import { describe, expect, it } from 'vitest';
import { GUIDE_STEP_KEY, isStepDone, pathwayProgress, refreshDue, stepHref, stepTitle, stepTotals, summariseSteps, type PathwayStepData } from '../src/shared/pathway.ts';
import { validateContent } from '../src/build/validate.ts';

const lessons: Record<string, { title: string; minutes: number }> = {
  '01-a/01-one': { title: 'One', minutes: 20 },
  '02-b/01-two': { title: 'Two', minutes: 35 },
  '07-r/02-england': { title: 'England', minutes: 25 },
  '07-r/03-wales': { title: 'Wales', minutes: 30 },
  '07-r/04-scotland': { title: 'Scotland', minutes: 25 },
  '07-r/05-northern-ireland': { title: 'Northern Ireland', minutes: 25 },
};
const data: PathwayStepData[] = [
  { lesson: '01-a/01-one', required: true },
  { byNation: { england: '07-r/02-england', wales: '07-r/03-wales', scotland: '07-r/04-scotland', 'northern-ireland': '07-r/05-northern-ireland' }, title: 'Your route', required: true },
  { guide: 'worried', title: 'Walk the guide', duration: 10, required: true },
  { lesson: '02-b/01-two', required: false },
];
const steps = summariseSteps('p', data, (id) => lessons[id]!);
const done = (...ids: string[]) => (id: string) => ids.includes(id);

describe('pathway steps', () => {
  it('gives lessons pathway-scoped addresses and other steps a page of their own', () => {
    expect(steps.map((s) => s.url)).toEqual(['/pathways/p/01-a/01-one/', '/pathways/p/step-2/', '/pathways/p/step-3/', '/pathways/p/02-b/01-two/']);
    expect(stepHref(steps[1]!, 'wales')).toBe('/pathways/p/07-r/03-wales/');
    expect(stepHref(steps[1]!, 'all')).toBe('/pathways/p/step-2/');
    expect(stepTitle(steps[1]!, undefined)).toBe('Your route');
    expect(stepTitle(steps[1]!, 'scotland')).toBe('Scotland');
  });

  it('totals required and optional minutes, taking the longest nation lesson', () => {
    expect(stepTotals(steps)).toEqual({ required: 20 + 30 + 10, all: 60 + 35 });
  });

  it('counts a byNation step done by the chosen nation, or by any nation when none is chosen', () => {
    expect(isStepDone(steps[1]!, done('07-r/03-wales'), 'england')).toBe(false);
    expect(isStepDone(steps[1]!, done('07-r/03-wales'), 'wales')).toBe(true);
    expect(isStepDone(steps[1]!, done('07-r/03-wales'), undefined)).toBe(true);
    expect(isStepDone(steps[2]!, done(GUIDE_STEP_KEY), undefined)).toBe(true);
  });

  it('finds the first step not done, the time left and completion', () => {
    const start = pathwayProgress(steps, done(), undefined);
    expect(start).toMatchObject({ done: 0, total: 4, requiredDone: 0, requiredTotal: 3, next: 0, complete: false, minutesLeft: 60 });
    const middle = pathwayProgress(steps, done('01-a/01-one', GUIDE_STEP_KEY), 'england');
    expect(middle).toMatchObject({ done: 2, next: 1, minutesLeft: 25, complete: false });
    const finished = pathwayProgress(steps, done('01-a/01-one', '07-r/02-england', GUIDE_STEP_KEY), 'england');
    expect(finished).toMatchObject({ requiredDone: 3, next: 3, minutesLeft: 0, complete: true });
  });

  it('adds months for the refresh date, keeping to the end of a short month', () => {
    expect(refreshDue('2026-12-01T10:00:00.000Z', 12)).toBe('2027-12-01');
    expect(refreshDue('2027-01-31T10:00:00.000Z', 1)).toBe('2027-02-28');
  });
});

describe('pathway validation', () => {
  const base = { lessons: [], documents: [], moduleIds: [], referenceIds: [], contactIds: [], glossary: [], guides: [], safetyRules: [] };
  it('names the file, the field and the value of an unknown byNation lesson, and a second guide step', () => {
    const problems = validateContent({
      ...base,
      pathways: [{ id: 'p', file: 'content/pathways/p.yaml', steps: [data[1]!, data[2]!, data[2]!] }],
    });
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'content/pathways/p.yaml: steps[0].byNation.england "07-r/02-england" is not in content/modules. Use an existing lesson id, or add the entry to content/modules.',
      'content/pathways/p.yaml: steps[0].byNation.wales "07-r/03-wales" is not in content/modules. Use an existing lesson id, or add the entry to content/modules.',
      'content/pathways/p.yaml: steps[0].byNation.scotland "07-r/04-scotland" is not in content/modules. Use an existing lesson id, or add the entry to content/modules.',
      'content/pathways/p.yaml: steps[0].byNation.northern-ireland "07-r/05-northern-ireland" is not in content/modules. Use an existing lesson id, or add the entry to content/modules.',
      'content/pathways/p.yaml: steps: more than one "guide" step. A walk through the guide counts once; keep one.',
    ]);
  });
});
