/**
 * Store helpers only the My learning and record pages use, kept out of src/browser/learner.ts so
 * the script every page loads stays small.
 */
import { SET_ASIDE_PREFIX } from '../shared/progress-store.ts';
import type { StoreStep } from '../shared/progress-set-aside.ts';
import { storage } from './learner.ts';

/** Keys of data set aside earlier, oldest first. */
export function setAsideKeys(): string[] {
  const store = storage();
  if (!store) return [];
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(SET_ASIDE_PREFIX)) keys.push(key);
  }
  return keys.sort();
}

/** Applies steps in order, stopping at the first the browser refuses; true when all were applied. */
export function applySteps(store: Storage, steps: readonly StoreStep[]): boolean {
  try {
    for (const step of steps) {
      if ('set' in step) store.setItem(step.set, step.value);
      else store.removeItem(step.remove);
    }
    return true;
  } catch {
    return false;
  }
}

/** Offers text as a file download, made in the browser: nothing is uploaded. */
export function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Reveals the parts of a page that need JavaScript and hides the "needs JavaScript" notes. */
export function revealEnhanced(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-sg-needs-js]')) el.hidden = false;
  for (const el of root.querySelectorAll<HTMLElement>('[data-sg-no-js]')) el.hidden = true;
}
