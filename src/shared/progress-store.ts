/**
 * The learner's progress and choices, as pure functions over plain data. Everything lives in
 * this browser's localStorage under one versioned key; nothing is sent anywhere. The browser
 * side (src/browser/learner.ts) only reads and writes the string; every decision is made here,
 * so unit tests can pin it.
 */
import { NATIONS, type Nation } from './vocab.ts';

/** The localStorage key. A new shape gets a new version, never a silent reinterpretation. */
export const STORE_KEY = 'sg-learner:v1';
/** Older, corrupt or foreign data is moved under this prefix (plus a timestamp), never deleted. */
export const SET_ASIDE_PREFIX = 'sg-learner:set-aside:';
/** Marks the data as this site's, so data written by anything else is recognised as foreign. */
export const STORE_APP = 'sg-learner';
export const STORE_VERSION = 1;

/** A nation, or every nation. */
export type NationChoice = Nation | 'all';
export const NATION_CHOICES: readonly NationChoice[] = [...NATIONS, 'all'];

export interface Answer {
  /** The index of the option the learner chose. */
  choice: number;
  /** Whether that option was the right one. */
  correct: boolean;
}

export interface LessonProgress {
  /** When the learner completed the lesson (ISO 8601), if they have. */
  completedAt?: string;
  /** The learner's latest answer to each knowledge check, by check id. */
  answers: Record<string, Answer>;
  /** The learner's first answer to each knowledge check, by check id: the score. Trying again or clearing answers keeps it. */
  first?: Record<string, Answer>;
  /** How many knowledge checks the lesson has, learnt when the learner opens it. */
  checks?: number;
  /** When this record last changed (ISO 8601); a merge keeps the newer answers. */
  updatedAt: string;
  /**
   * When the learner said they had read the lesson again after a change that affects practice
   * (ISO 8601), if they have. completedAt stays the date they first completed it.
   */
  readAgainAt?: string;
}

export interface LearnerState {
  app: typeof STORE_APP;
  version: typeof STORE_VERSION;
  /** Progress by lesson id ("NN-module/NN-lesson"). */
  lessons: Record<string, LessonProgress>;
  /** The learner's nation; unset means the organisation's default, or all. */
  nation?: NationChoice;
  /** Trainer notes shown in lessons. */
  trainerView: boolean;
  /** The name on the record of learning. */
  name: string;
  /** Reflections written on a record of learning, by pathway id. */
  reflections: Record<string, string>;
}

/**
 * Why stored data could not be used as it was: it is set aside and the learner is told.
 * 'partial': this site's progress with some parts damaged; the valid parts are kept in use.
 */
export type SetAsideReason = 'unreadable' | 'partial' | 'old' | 'newer' | 'foreign';

export const emptyState = (): LearnerState => ({ app: STORE_APP, version: STORE_VERSION, lessons: {}, trainerView: false, name: '', reflections: {} });

const LESSON_ID = /^\d\d-[a-z0-9-]+\/\d\d-[a-z0-9-]+$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v) && !Number.isNaN(Date.parse(v));
const show = (v: unknown) => (typeof v === 'string' ? `"${v.slice(0, 40)}"` : JSON.stringify(v)?.slice(0, 40) ?? String(v));

/** What is wrong with one stored answer, or undefined. */
const answerProblem = (at: string, answer: unknown): string | undefined =>
  !isObject(answer) || !Number.isInteger(answer['choice']) || (answer['choice'] as number) < 0 || typeof answer['correct'] !== 'boolean'
    ? `${at} ${show(answer)} is not an answer ({ "choice": 0, "correct": true })`
    : undefined;

/** A check on one field: [its name, whether a value is sound, what it should be]. */
type FieldCheck = [field: string, sound: (v: unknown) => boolean, expected: string];
const optional = (sound: (v: unknown) => boolean) => (v: unknown) => v === undefined || sound(v);
/** "field value is not expected" for the first unsound field of `record`, or undefined. */
const fieldProblem = (record: Record<string, unknown>, checks: FieldCheck[], at: string): string | undefined => {
  const bad = checks.find(([field, sound]) => !sound(record[field]));
  return bad && `${at}${bad[0]} ${show(record[bad[0]])} is not ${bad[2]}`;
};

const LESSON_FIELDS: FieldCheck[] = [
  ['completedAt', optional(isDate), 'a date and time'],
  ['updatedAt', isDate, 'a date and time'],
  ['checks', optional((v) => Number.isInteger(v) && (v as number) >= 0), 'a whole number'],
  ['answers', isObject, 'a list of answers'],
  ['first', optional(isObject), 'a list of answers'],
  ['readAgainAt', optional(isDate), 'a date and time'],
];

/** What is wrong with one lesson record, apart from its answers, or undefined. */
function lessonProblem(id: string, lesson: unknown): string | undefined {
  const at = `lessons["${id}"]`;
  if (!LESSON_ID.test(id)) return `${at} is not a lesson id ("NN-module/NN-lesson")`;
  if (!isObject(lesson)) return `${at} ${show(lesson)} is not a lesson record`;
  return fieldProblem(lesson, LESSON_FIELDS, `${at}.`);
}

/** The top-level fields other than lessons. */
const STATE_FIELDS: FieldCheck[] = [
  ['nation', optional((v) => NATION_CHOICES.includes(v as NationChoice)), `one of ${NATION_CHOICES.join(', ')}`],
  ['trainerView', (v) => typeof v === 'boolean', 'true or false'],
  ['name', (v) => typeof v === 'string', 'text'],
  ['reflections', (v) => isObject(v) && Object.values(v).every((r) => typeof r === 'string'), 'a list of texts'],
];

/** Every problem in a version-1 state, as "field value is not …"; empty when it is sound. */
export function findStateProblems(data: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (!isObject(data['lessons'])) problems.push(`lessons ${show(data['lessons'])} is not a list of lessons`);
  else {
    for (const [id, lesson] of Object.entries(data['lessons'])) {
      const problem = lessonProblem(id, lesson);
      if (problem) problems.push(problem);
      else for (const field of ['answers', 'first'] as const) {
        for (const [check, answer] of Object.entries(((lesson as Record<string, unknown>)[field] ?? {}) as Record<string, unknown>)) {
          const bad = answerProblem(`lessons["${id}"].${field}["${check}"]`, answer);
          if (bad) problems.push(bad);
        }
      }
    }
  }
  for (const check of STATE_FIELDS) {
    const problem = fieldProblem(data, [check], '');
    if (problem) problems.push(problem);
  }
  return problems;
}

/** The first thing wrong with a version-1 state, as "field value is not …", or undefined. */
export const findStateProblem = (data: Record<string, unknown>): string | undefined => findStateProblems(data)[0];

/**
 * The valid parts of a damaged version-1 state: every sound lesson (a damaged answer is dropped,
 * the lesson's other answers and completion kept) and every sound field; the rest starts afresh.
 */
export function salvageState(data: Record<string, unknown>): LearnerState {
  const state = emptyState();
  if (isObject(data['lessons'])) {
    for (const [id, lesson] of Object.entries(data['lessons'])) {
      if (lessonProblem(id, lesson)) continue;
      const record = lesson as unknown as LessonProgress;
      const sound = (list: Record<string, unknown> = {}) => Object.fromEntries(Object.entries(list).filter(([check, answer]) => !answerProblem(check, answer)));
      const answers = sound(record.answers) as LessonProgress['answers'];
      state.lessons[id] = record.first === undefined ? { ...record, answers } : { ...record, answers, first: sound(record.first) as LessonProgress['answers'] };
    }
  }
  for (const [field, sound] of STATE_FIELDS) {
    if (sound(data[field]) && data[field] !== undefined) (state as unknown as Record<string, unknown>)[field] = data[field];
  }
  return state;
}

/** Whether a state holds nothing the learner made: nothing would be lost by replacing it. */
export const isEmptyState = (state: LearnerState): boolean => serialiseStore(state) === serialiseStore(emptyState());

/** Keeps only the fields of a version-1 state, so extra keys (such as exportedAt) are not stored. */
function pick(data: Record<string, unknown>): LearnerState {
  const state: LearnerState = { ...emptyState(), lessons: data['lessons'] as LearnerState['lessons'], trainerView: data['trainerView'] as boolean, name: data['name'] as string, reflections: data['reflections'] as Record<string, string> };
  if (data['nation'] !== undefined) state.nation = data['nation'] as NationChoice;
  return state;
}

export type Checked = { ok: true; state: LearnerState } | { ok: false; reason: SetAsideReason; problem: string };

/** Checks parsed JSON: is it this site's data, of this version, in the right shape? */
export function checkData(data: unknown): Checked {
  if (!isObject(data) || data['app'] !== STORE_APP) return { ok: false, reason: 'foreign', problem: 'it is not progress from this site' };
  const version = data['version'];
  if (typeof version === 'number' && version < STORE_VERSION) return { ok: false, reason: 'old', problem: `it was saved by an older version of the site (version ${version})` };
  if (typeof version === 'number' && version > STORE_VERSION) return { ok: false, reason: 'newer', problem: `it was saved by a newer or unknown version of the site (version ${version})` };
  if (version !== STORE_VERSION) return { ok: false, reason: 'foreign', problem: `it was saved by a newer or unknown version of the site (version ${show(version)})` };
  const problem = findStateProblem(data);
  return problem ? { ok: false, reason: 'unreadable', problem } : { ok: true, state: pick(data) };
}

/** What was found under the store key: a usable state, and a reason if the stored data must be set aside. */
export interface ParsedStore {
  state: LearnerState;
  setAside?: SetAsideReason;
  /** With setAside 'partial': what was damaged and left out, for the notice. */
  problem?: string;
}

/**
 * Reads the stored string. Never throws: anything unusable gives a reason to set it aside, and
 * the state to go on with: the valid parts of this site's damaged progress, or a fresh state.
 */
export function parseStore(raw: string | null): ParsedStore {
  if (raw === null || raw.trim() === '') return { state: emptyState() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { state: emptyState(), setAside: 'unreadable' };
  }
  const checked = checkData(data);
  if (checked.ok) return { state: checked.state };
  if (checked.reason !== 'unreadable') return { state: emptyState(), setAside: checked.reason };
  const state = salvageState(data as Record<string, unknown>);
  return isEmptyState(state) ? { state, setAside: 'unreadable' } : { state, setAside: 'partial', problem: checked.problem };
}

/** The string to store. */
export const serialiseStore = (state: LearnerState): string => JSON.stringify(state);

/**
 * Why a copy was set aside: data that could not be used ('unusable'), or the learner's own
 * progress kept before a file replaced it or a set-aside copy was restored ('replaced').
 */
export type SetAsideWhy = 'unusable' | 'replaced';

/** The key to move data to: one per occasion, so nothing earlier is overwritten. */
export const setAsideKey = (now: Date, why: SetAsideWhy = 'unusable'): string => `${SET_ASIDE_PREFIX}${now.toISOString()}${why === 'unusable' ? '' : `~${why}`}`;

const lessonOf = (state: LearnerState, id: string, now: Date): LessonProgress => ({ answers: {}, ...state.lessons[id], updatedAt: now.toISOString() });
const withLesson = (state: LearnerState, id: string, lesson: LessonProgress): LearnerState => ({ ...state, lessons: { ...state.lessons, [id]: lesson } });

/** Marks a lesson complete (keeping the first date) or, with `complete` false, not complete. */
export function setComplete(state: LearnerState, id: string, complete: boolean, now: Date): LearnerState {
  const lesson = lessonOf(state, id, now);
  if (complete) lesson.completedAt ??= now.toISOString();
  else {
    delete lesson.completedAt;
    delete lesson.readAgainAt;
  }
  return withLesson(state, id, lesson);
}

/**
 * Notes that the learner has read a completed lesson again, after a change that affects practice.
 * The date they first completed it stays: the record of learning and its refresh date use that.
 */
export function markReadAgain(state: LearnerState, id: string, now: Date): LearnerState {
  if (!state.lessons[id]?.completedAt) return state;
  return withLesson(state, id, { ...lessonOf(state, id, now), readAgainAt: now.toISOString() });
}

/** When the learner last read the lesson through: reading it again, else completing it. What a change to practice is compared with. */
export const lastReadAt = (lesson: LessonProgress | undefined): string | undefined =>
  lesson?.completedAt && lesson.readAgainAt && lesson.readAgainAt > lesson.completedAt ? lesson.readAgainAt : lesson?.completedAt;

/** Remembers the learner's answer to one knowledge check, and the first answer to it, which is what scores. */
export function recordAnswer(state: LearnerState, id: string, check: string, answer: Answer, now: Date): LearnerState {
  const lesson = lessonOf(state, id, now);
  lesson.answers = { ...lesson.answers, [check]: answer };
  if (!lesson.first?.[check]) lesson.first = { ...lesson.first, [check]: answer };
  return withLesson(state, id, lesson);
}

/** Notes how many knowledge checks a lesson has, so scores elsewhere read "2 of 3". */
export function setCheckCount(state: LearnerState, id: string, checks: number, now: Date): LearnerState {
  if (state.lessons[id]?.checks === checks) return state;
  return withLesson(state, id, { ...lessonOf(state, id, now), checks });
}

/** Forgets a lesson's answers so the learner can try again; completion and the first answers (the score) stay. */
export function clearAnswers(state: LearnerState, id: string, now: Date): LearnerState {
  if (!state.lessons[id]) return state;
  return withLesson(state, id, { ...lessonOf(state, id, now), answers: {} });
}

export interface Score {
  answered: number;
  correct: number;
  /** Checks in the lesson, or the number answered if the count is not known. */
  total: number;
}

/**
 * A lesson's knowledge-check score. On the lesson page, `checkIds` (the checks it has now)
 * leaves out answers to questions that have since been reworded or removed.
 */
export function scoreOf(lesson: LessonProgress | undefined, checkIds?: readonly string[]): Score {
  const all = lesson?.answers ?? {};
  const answers = checkIds ? checkIds.flatMap((id) => all[id] ?? []) : Object.values(all);
  const correct = answers.filter((a) => a.correct).length;
  const total = checkIds ? checkIds.length : Math.max(lesson?.checks ?? 0, answers.length);
  return { answered: answers.length, correct, total };
}

/**
 * The score that counts: the first answer to each question. Answers stored before first answers
 * were kept count as they are.
 */
export function firstScoreOf(lesson: LessonProgress | undefined, checkIds?: readonly string[]): Score {
  return scoreOf(lesson && { ...lesson, answers: { ...lesson.answers, ...lesson.first } }, checkIds);
}

/** A lesson is completed on reaching its end with every check answered, unless the learner marks it first. */
export const shouldComplete = (reachedEnd: boolean, score: Score): boolean => reachedEnd && score.answered >= score.total;

/** The nation in force: the learner's choice, else the organisation's default, else all. */
export function effectiveNation(state: LearnerState, organisationDefault: string | undefined): NationChoice {
  if (state.nation) return state.nation;
  return NATION_CHOICES.includes(organisationDefault as NationChoice) ? (organisationDefault as NationChoice) : 'all';
}

/** Where "Worried about a child?" leads: the chosen nation's guide, or the choice of guides. */
export const worriedHref = (nation: NationChoice): string => (nation === 'all' ? '/worried/' : `/worried/${nation}/`);

/** Whether a nation note (for the nations listed) folds away for a learner who chose `nation`. */
export const foldsAway = (noteNations: readonly string[], nation: NationChoice): boolean => nation !== 'all' && !noteNations.includes(nation);

/**
 * Whether a lesson changed significantly after the learner last read it through: completed (or
 * read again, `lastReadAt`) before the day of its last significant change (`changedOn`,
 * "YYYY-MM-DD", from the lesson's change log). A completion on the day of the change counts as
 * after it. ISO strings compare as dates.
 */
export const updatedSinceRead = (lesson: LessonProgress | undefined, changedOn: string | undefined): boolean => {
  const readAt = lastReadAt(lesson);
  return Boolean(readAt && changedOn && readAt < changedOn);
};
