/**
 * Walking a pathway, as pure functions over plain data: the step kinds of content/pathways/*.yaml,
 * their pathway-scoped addresses, which step is done, what is next and how much time is left.
 * The pages (src/pages/pathways/) and the browser (src/browser/pathway-ui.ts) both use it.
 */
import { NATIONS, type Nation } from './vocab.ts';

/** A step as written in content/pathways/*.yaml (after the schema in src/content.config.ts). */
export type PathwayStepData =
  | { lesson: string; required: boolean }
  | { byNation: Record<Nation, string>; title: string; required: boolean }
  | { guide: 'worried'; title: string; duration: number; required: boolean };

/**
 * Where a finished guide walk-through is kept in the learner's store. It is shaped like a lesson
 * id so the store (src/shared/progress-store.ts) keeps it without a change of format; one walk-through
 * counts for every pathway.
 */
export const GUIDE_STEP_KEY = '00-guides/01-worried-about-a-child';

/** The lesson ids a step can use: one, four (one per nation) or none (a guide). */
export function stepLessonIds(step: PathwayStepData): string[] {
  if ('lesson' in step) return [step.lesson];
  if ('byNation' in step) return NATIONS.map((n) => step.byNation[n]);
  return [];
}

/** One lesson a step can show, with its pathway-scoped address. */
export interface StepLesson {
  id: string;
  title: string;
  minutes: number;
  /** The lesson inside the pathway: /pathways/<pathway>/<module>/<lesson>/ */
  url: string;
}

/** A step as pages and the browser need it. */
export interface StepSummary {
  kind: 'lesson' | 'byNation' | 'guide';
  required: boolean;
  /** The step's name: the lesson's title, or the step's own title until a nation is chosen. */
  title: string;
  /** Minutes: the lesson's, the longest of the nations' lessons, or the guide step's own. */
  minutes: number;
  /** The step's address without a nation chosen (a lesson, or a page that offers the choice). */
  url: string;
  /** A lesson step's lesson. */
  lesson?: StepLesson;
  /** A byNation step's lesson for each nation. */
  nations?: Record<Nation, StepLesson>;
}

/** The address of a lesson inside a pathway. */
export const pathwayLessonUrl = (pathway: string, lessonId: string): string => `/pathways/${pathway}/${lessonId}/`;
/** The address of a byNation or guide step's own page (step numbers count from 1). */
export const pathwayStepUrl = (pathway: string, number: number): string => `/pathways/${pathway}/step-${number}/`;
/** The record of learning. */
export const recordUrl = (pathway: string): string => `/pathways/${pathway}/record/`;

/** Builds the steps of a pathway from its data, given each lesson's title and minutes. */
export function summariseSteps(pathway: string, steps: readonly PathwayStepData[], lessonOf: (id: string) => { title: string; minutes: number }): StepSummary[] {
  const lesson = (id: string): StepLesson => ({ id, ...lessonOf(id), url: pathwayLessonUrl(pathway, id) });
  return steps.map((step, i) => {
    if ('lesson' in step) {
      const l = lesson(step.lesson);
      return { kind: 'lesson', required: step.required, title: l.title, minutes: l.minutes, url: l.url, lesson: l };
    }
    if ('byNation' in step) {
      const nations = Object.fromEntries(NATIONS.map((n) => [n, lesson(step.byNation[n])])) as Record<Nation, StepLesson>;
      return { kind: 'byNation', required: step.required, title: step.title, minutes: Math.max(...NATIONS.map((n) => nations[n].minutes)), url: pathwayStepUrl(pathway, i + 1), nations };
    }
    return { kind: 'guide', required: step.required, title: step.title, minutes: step.duration, url: pathwayStepUrl(pathway, i + 1) };
  });
}

/** Total minutes: for the required steps, and for every step. */
export function stepTotals(steps: readonly Pick<StepSummary, 'required' | 'minutes'>[]): { required: number; all: number } {
  let required = 0;
  let all = 0;
  for (const step of steps) {
    all += step.minutes;
    if (step.required) required += step.minutes;
  }
  return { required, all };
}

/** A learner's nation, or undefined (or "all") when they have not chosen one. */
type NationChoice = Nation | 'all' | undefined;
const chosen = (nation: NationChoice): Nation | undefined => (nation && nation !== 'all' ? nation : undefined);

/** The lesson a step shows this learner: a byNation step's only once a nation is chosen. */
export function stepLessonFor(step: StepSummary, nation: NationChoice): StepLesson | undefined {
  if (step.lesson) return step.lesson;
  const n = chosen(nation);
  return n && step.nations ? step.nations[n] : undefined;
}

/** Where a step leads this learner. */
export const stepHref = (step: StepSummary, nation: NationChoice): string => stepLessonFor(step, nation)?.url ?? step.url;

/** The step's title for this learner. */
export const stepTitle = (step: StepSummary, nation: NationChoice): string => stepLessonFor(step, nation)?.title ?? step.title;

/**
 * Whether a step is done: its lesson completed; for a byNation step, the chosen nation's lesson
 * (or, with no nation chosen, any of the four); for a guide step, the walk-through marked done.
 */
export function isStepDone(step: StepSummary, isComplete: (id: string) => boolean, nation: NationChoice): boolean {
  if (step.lesson) return isComplete(step.lesson.id);
  if (step.nations) {
    const n = chosen(nation);
    return n ? isComplete(step.nations[n].id) : NATIONS.some((m) => isComplete(step.nations![m].id));
  }
  return isComplete(GUIDE_STEP_KEY);
}

export interface PathwayProgress {
  /** Steps done, of all steps. */
  done: number;
  total: number;
  /** Required steps done, of the required steps. */
  requiredDone: number;
  requiredTotal: number;
  /** Minutes of the required steps not yet done. */
  minutesLeft: number;
  /** The index of the first step not done, if any. */
  next: number | undefined;
  /** Every required step is done: the record of learning is ready. */
  complete: boolean;
}

/** Progress through a pathway: counts, time left and the first step not done. */
export function pathwayProgress(steps: readonly StepSummary[], isComplete: (id: string) => boolean, nation: NationChoice): PathwayProgress {
  const done = steps.map((s) => isStepDone(s, isComplete, nation));
  const required = steps.filter((s) => s.required);
  const requiredDone = steps.filter((s, i) => s.required && done[i]).length;
  const minutesLeft = steps.reduce((sum, s, i) => sum + (s.required && !done[i] ? (stepLessonFor(s, nation)?.minutes ?? s.minutes) : 0), 0);
  const next = done.indexOf(false);
  return {
    done: done.filter(Boolean).length,
    total: steps.length,
    requiredDone,
    requiredTotal: required.length,
    minutesLeft,
    next: next < 0 ? undefined : next,
    complete: requiredDone === required.length,
  };
}

/** The date a refresh is due: `months` after `from` (ISO 8601), as YYYY-MM-DD. */
export function refreshDue(from: string, months: number): string {
  const d = new Date(from);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  // 31 January plus one month is the last day of February, not 3 March.
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString().slice(0, 10);
}
