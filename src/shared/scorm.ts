/**
 * SCORM 1.2 reporting for a pathway packaged by `npm run package:scorm` (scripts/package-scorm.mjs),
 * as pure functions: finding the runtime API, the learner's progress squeezed into
 * `cmi.suspend_data` and read back, the score, the status and the session time. Only the package's
 * launch page (src/browser/scorm-launch.ts) uses this; the site itself never loads it.
 */
import { GUIDE_STEP_KEY, pathwayProgress, stepLessonFor, type StepSummary } from './pathway.ts';
import { firstScoreOf, NATION_CHOICES, type Answer, type LearnerState, type LessonProgress, type NationChoice } from './progress-store.ts';

/** SCORM 1.2 limits `cmi.suspend_data` to 4096 characters. */
export const SUSPEND_LIMIT = 4096;

/** The part of the SCORM 1.2 runtime API (the LMS's `window.API`) the package uses. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string | number;
}

/** A window as far as the API search needs it. */
export interface ApiWindow {
  API?: Scorm12Api;
  parent: ApiWindow | null;
  opener?: ApiWindow | null;
  top?: ApiWindow | null;
}

const hasApi = (win: ApiWindow | null | undefined): Scorm12Api | undefined => {
  try {
    return win?.API && typeof win.API.LMSInitialize === 'function' ? win.API : undefined;
  } catch {
    // A frame of another origin cannot be read: it is not the LMS's API frame.
    return undefined;
  }
};

/**
 * The standard SCORM 1.2 search (ADL's APIWrapper): this window and up to seven parents, then the
 * same from the window that opened this one (an LMS that launches content in a new window).
 */
export function findApi(win: ApiWindow): Scorm12Api | undefined {
  const climb = (start: ApiWindow | null | undefined): Scorm12Api | undefined => {
    let w = start;
    for (let tries = 0; w && tries <= 7; tries++) {
      const api = hasApi(w);
      if (api) return api;
      let parent: ApiWindow | null = null;
      try {
        parent = w.parent;
      } catch {
        return undefined;
      }
      if (!parent || parent === w) return undefined;
      w = parent;
    }
    return undefined;
  };
  let opener: ApiWindow | null | undefined;
  try {
    opener = win.opener;
  } catch {
    opener = undefined;
  }
  return climb(win) ?? climb(opener);
}

/** A SCORM 1.2 CMITimespan (HHHH:MM:SS.SS) for a duration in milliseconds; hours past 9999 are capped. */
export function sessionTime(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(centis / 360_000));
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(hours)}:${pad(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** What the packager tells the launch page about its pathway. */
export interface ScormConfig {
  pathway: string;
  title: string;
  /** The pathway page, relative to the package root. */
  start: string;
  steps: StepSummary[];
  /** The knowledge checks of each lesson in the package, by lesson id. */
  checks: Record<string, string[]>;
}

/** Every store key the package's progress can use: its lessons and the guide walk-through. */
export function packageLessonIds(steps: readonly StepSummary[]): string[] {
  const ids = new Set<string>();
  for (const step of steps) {
    if (step.lesson) ids.add(step.lesson.id);
    for (const l of Object.values(step.nations ?? {})) ids.add(l.id);
    if (step.kind === 'guide') ids.add(GUIDE_STEP_KEY);
  }
  return [...ids];
}

/** Whether every required step is done. */
export function isPathwayComplete(config: ScormConfig, state: LearnerState): boolean {
  return pathwayProgress(config.steps, (id) => Boolean(state.lessons[id]?.completedAt), state.nation).complete;
}

/**
 * The first-attempt score as a whole percentage, as the record of learning counts it (the first
 * answer to each check): over the checks of every required step's lesson, and of any optional
 * lesson the learner answered. Undefined until a check is answered.
 */
export function pathwayScore(config: ScormConfig, state: LearnerState): number | undefined {
  let correct = 0;
  let total = 0;
  let answered = 0;
  for (const step of config.steps) {
    const candidates = step.nations ? Object.values(step.nations) : step.lesson ? [step.lesson] : [];
    const chosen = stepLessonFor(step, state.nation);
    const lesson = chosen ?? candidates.find((l) => Object.keys(state.lessons[l.id]?.answers ?? {}).length || state.lessons[l.id]?.first) ?? candidates[0];
    if (!lesson) continue;
    const checks = config.checks[lesson.id] ?? [];
    if (!checks.length) continue;
    const score = firstScoreOf(state.lessons[lesson.id], checks);
    if (!step.required && score.answered === 0) continue;
    correct += score.correct;
    total += score.total;
    answered += score.answered;
  }
  return answered && total ? Math.round((100 * correct) / total) : undefined;
}

/*
 * suspend_data: {"v":1,"n":nation,"l":{index:[completedAt,{check:[first choice,first right,latest choice,latest right]}]}}
 * Lessons are numbered by their place in packageLessonIds; times are kept to the second.
 */
type CompactCheck = [number, 0 | 1, number, 0 | 1] | [number, 0 | 1];
type CompactLesson = [string, Record<string, CompactCheck>] | [string];
interface Compact {
  v: 1;
  n?: NationChoice;
  l: Record<string, CompactLesson>;
}

const shortTime = (iso: string | undefined): string => (iso ? iso.replace(/\.\d+Z$/, 'Z') : '');

/**
 * The learner's progress in this package, as a string of at most SUSPEND_LIMIT characters. When the
 * answers would not fit, the latest answers go first, then the first answers (the score); completion
 * is always kept.
 */
export function encodeSuspend(state: LearnerState, ids: readonly string[]): string {
  const build = (detail: 'all' | 'first' | 'none'): string => {
    const compact: Compact = { v: 1, l: {} };
    if (state.nation) compact.n = state.nation;
    ids.forEach((id, i) => {
      const lesson = state.lessons[id];
      if (!lesson) return;
      const checks: Record<string, CompactCheck> = {};
      if (detail !== 'none') {
        for (const check of new Set([...Object.keys(lesson.first ?? {}), ...Object.keys(lesson.answers)])) {
          const first = lesson.first?.[check] ?? lesson.answers[check]!;
          const latest = lesson.answers[check];
          checks[check] = detail === 'all' && latest ? [first.choice, first.correct ? 1 : 0, latest.choice, latest.correct ? 1 : 0] : [first.choice, first.correct ? 1 : 0];
        }
      }
      compact.l[i] = Object.keys(checks).length ? [shortTime(lesson.completedAt), checks] : [shortTime(lesson.completedAt)];
    });
    return JSON.stringify(compact);
  };
  for (const detail of ['all', 'first', 'none'] as const) {
    const text = build(detail);
    if (text.length <= SUSPEND_LIMIT) return text;
  }
  // Only completions left: drop the newest lessons' records until it fits (never reached by a real pathway).
  let text = build('none');
  while (text.length > SUSPEND_LIMIT) {
    const compact = JSON.parse(text) as Compact;
    delete compact.l[Object.keys(compact.l).at(-1)!];
    text = JSON.stringify(compact);
  }
  return text;
}

const isTime = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d\d-\d\dT[\d:]+Z$/.test(v) && !Number.isNaN(Date.parse(v));
const toAnswer = (choice: unknown, right: unknown): Answer | undefined => (Number.isInteger(choice) && (choice as number) >= 0 && (right === 0 || right === 1) ? { choice: choice as number, correct: right === 1 } : undefined);

/**
 * Reads suspend_data back into a state holding only the package's lessons (to merge with what the
 * browser holds). Anything unreadable is left out, never guessed: empty or foreign data gives none.
 */
export function decodeSuspend(text: string, ids: readonly string[], now: Date): LearnerState | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || (data as Compact).v !== 1 || typeof (data as Compact).l !== 'object' || (data as Compact).l === null) return undefined;
  const compact = data as Compact;
  const lessons: Record<string, LessonProgress> = {};
  for (const [index, record] of Object.entries(compact.l)) {
    const id = ids[Number(index)];
    if (!id || !Array.isArray(record)) continue;
    const [completedAt, checks] = record;
    const lesson: LessonProgress = { answers: {}, updatedAt: isTime(completedAt) ? new Date(completedAt).toISOString() : now.toISOString() };
    if (isTime(completedAt)) lesson.completedAt = new Date(completedAt).toISOString();
    if (checks && typeof checks === 'object') {
      const first: Record<string, Answer> = {};
      for (const [check, c] of Object.entries(checks)) {
        if (!Array.isArray(c)) continue;
        const f = toAnswer(c[0], c[1]);
        if (!f) continue;
        first[check] = f;
        const latest = c.length >= 4 ? toAnswer(c[2], c[3]) : undefined;
        if (latest) lesson.answers[check] = latest;
      }
      if (Object.keys(first).length) lesson.first = first;
    }
    lessons[id] = lesson;
  }
  const state: LearnerState = { app: 'sg-learner', version: 1, lessons, trainerView: false, name: '', reflections: {} };
  if (NATION_CHOICES.includes(compact.n as NationChoice)) state.nation = compact.n!;
  return state;
}
