/**
 * Set-aside copies of the learner's progress: reading their keys, restoring them, and replacing the
 * progress without losing what was there. Pure functions; only the My learning page loads them,
 * so they are kept apart from src/shared/progress-store.ts, which every page loads.
 */
import { isEmptyState, parseStore, serialiseStore, SET_ASIDE_PREFIX, setAsideKey, STORE_KEY, type LearnerState, type SetAsideWhy } from './progress-store.ts';

/** When and why a set-aside copy was made, read back from its key; undefined for a key that is not one. */
export function readSetAsideKey(key: string): { when: Date; why: SetAsideWhy } | undefined {
  if (!key.startsWith(SET_ASIDE_PREFIX)) return undefined;
  const [iso = '', why] = key.slice(SET_ASIDE_PREFIX.length).split('~');
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return undefined;
  return { when, why: why === 'replaced' ? 'replaced' : 'unusable' };
}

/**
 * The progress a set-aside copy holds, if it can be put back: this site's version-1 progress,
 * whole or (when damaged) its valid parts. Older, newer and foreign data cannot be restored.
 */
export function restorable(raw: string): LearnerState | undefined {
  const parsed = parseStore(raw);
  if (parsed.setAside && parsed.setAside !== 'partial') return undefined;
  return isEmptyState(parsed.state) ? undefined : parsed.state;
}

/** One step of a change to localStorage, applied in order: a step that fails stops the rest. */
export type StoreStep = { set: string; value: string } | { remove: string };

/**
 * The steps that replace the stored progress with `next` (a file in "Replace" mode, or a restored
 * set-aside copy) without losing what was there: the current data, if it holds anything, is set
 * aside first, so a failure at any step leaves nothing lost. `restoredKey` (the copy being put
 * back) is removed last, once its progress is in use.
 */
export function replacementSteps(currentRaw: string | null, next: LearnerState, now: Date, restoredKey?: string): StoreStep[] {
  const steps: StoreStep[] = [];
  const current = parseStore(currentRaw);
  if (currentRaw !== null && currentRaw.trim() !== '' && (current.setAside || !isEmptyState(current.state))) steps.push({ set: setAsideKey(now, 'replaced'), value: currentRaw });
  steps.push({ set: STORE_KEY, value: serialiseStore(next) });
  if (restoredKey) steps.push({ remove: restoredKey });
  return steps;
}
