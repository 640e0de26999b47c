/**
 * Moving progress between devices: the export file, reading an import back, and merging it
 * with what this browser holds. Pure functions; only the My learning page loads them.
 */
import { checkData, type LearnerState, type LessonProgress } from './progress-store.ts';

/** Larger files are not progress files; refuse them before parsing. */
export const MAX_IMPORT_BYTES = 1_000_000;

/** The contents of an export file: the state plus when it was exported. */
export const exportFile = (state: LearnerState, now: Date): string => `${JSON.stringify({ ...state, exportedAt: now.toISOString() }, null, 2)}\n`;

/** A file name for an export, dated so several exports do not clash. */
export const exportFileName = (now: Date): string => `safeguarding-progress-${now.toISOString().slice(0, 10)}.json`;

export type ImportResult = { ok: true; state: LearnerState } | { ok: false; error: string };

/** Reads an import file. A bad file gives a message naming the file, what is wrong and the fix. */
export function parseImport(fileName: string, text: string): ImportResult {
  const fix = 'Choose the file that “Save my progress to a file” made on the other device, or save it again there.';
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: `${fileName}: the file is larger than a progress file can be (over 1 MB). ${fix}` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: `${fileName}: this is not a progress file (it is not JSON). ${fix}` };
  }
  const checked = checkData(data);
  if (checked.ok) return checked;
  return { ok: false, error: `${fileName}: this file cannot be used because ${checked.problem}. ${fix}` };
}

const earliest = (a: string | undefined, b: string | undefined) => (a && b ? (a < b ? a : b) : (a ?? b));

/** Adds imported progress to this browser's: every completion kept (the earlier date), the newer answers win. */
export function mergeStates(current: LearnerState, incoming: LearnerState): LearnerState {
  const lessons: Record<string, LessonProgress> = { ...incoming.lessons, ...current.lessons };
  for (const [id, theirs] of Object.entries(incoming.lessons)) {
    const ours = current.lessons[id];
    if (!ours) continue;
    const [older, newer] = ours.updatedAt >= theirs.updatedAt ? [theirs, ours] : [ours, theirs];
    const merged: LessonProgress = { answers: { ...older.answers, ...newer.answers }, updatedAt: newer.updatedAt };
    const completedAt = earliest(ours.completedAt, theirs.completedAt);
    if (completedAt) merged.completedAt = completedAt;
    // Reading again after a change: the later date, so neither copy's notice comes back.
    const readAgainAt = [ours.readAgainAt, theirs.readAgainAt].filter((d): d is string => Boolean(d)).sort().at(-1);
    if (completedAt && readAgainAt) merged.readAgainAt = readAgainAt;
    const checks = Math.max(ours.checks ?? 0, theirs.checks ?? 0);
    if (checks) merged.checks = checks;
    // First answers are the score: the older record's were given first.
    if (older.first || newer.first) merged.first = { ...newer.first, ...older.first };
    lessons[id] = merged;
  }
  const reflections = { ...incoming.reflections };
  for (const [id, text] of Object.entries(current.reflections)) if (text.trim()) reflections[id] = text;
  const state: LearnerState = { ...current, lessons, name: current.name || incoming.name, trainerView: current.trainerView || incoming.trainerView, reflections };
  const nation = current.nation ?? incoming.nation;
  if (nation) state.nation = nation;
  return state;
}

