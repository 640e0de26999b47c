/**
 * Progress through a list of lessons: only the pages with progress bars and pathways need it, so it
 * is not in src/shared/progress-store.ts, which the script on every page carries.
 */
import type { LearnerState } from './progress-store.ts';

export interface ListProgress {
  done: number;
  total: number;
  /** The lesson to do next: after the most recently completed one, else the first not done. */
  next: string | undefined;
}

/** Progress through an ordered list of lessons (a module, a pathway, the whole curriculum). */
export function listProgress(state: LearnerState, ids: readonly string[]): ListProgress {
  const isDone = (id: string) => Boolean(state.lessons[id]?.completedAt);
  const done = ids.filter(isDone).length;
  let latest = -1;
  ids.forEach((id, i) => {
    const at = state.lessons[id]?.completedAt;
    if (at && (latest < 0 || at > state.lessons[ids[latest]!]!.completedAt!)) latest = i;
  });
  const after = ids.slice(latest + 1).find((id) => !isDone(id));
  return { done, total: ids.length, next: after ?? ids.find((id) => !isDone(id)) };
}
