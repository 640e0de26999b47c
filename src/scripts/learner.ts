/**
 * The browser side of the progress store: reads and writes the one localStorage key, sets aside
 * data it cannot use (with a short notice), and falls back to memory when storage is blocked.
 * Every decision is in src/lib/progress-store.ts. Every page loads this module, so what only the
 * My learning and record pages need lives in src/scripts/learner-tools.ts.
 */
import { effectiveNation, parseStore, serialiseStore, setAsideKey, STORE_KEY, type LearnerState, type NationChoice } from '../lib/progress-store.ts';
import { pageUi } from '../ui-strings-page.ts';

let state: LearnerState | undefined;
let storageWorks = true;

/** This browser's localStorage, or undefined when it refuses access. */
export function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Puts a short notice at the top of the page, in a polite live region. */
export function showNotice(text: string, link?: { href: string; label: string }): void {
  const main = document.querySelector('main');
  if (!main) return;
  const box = document.createElement('div');
  box.className = 'sg-width sg-notice';
  box.setAttribute('role', 'status');
  main.prepend(box);
  // Filled after insertion, so screen readers announce it.
  requestAnimationFrame(() => {
    const p = document.createElement('p');
    p.textContent = `${text} `;
    if (link) {
      const a = document.createElement('a');
      a.href = link.href;
      a.textContent = link.label;
      p.append(a, '.');
    }
    box.append(p);
  });
}

/** The learner's state, read once per page. */
export function readState(): LearnerState {
  if (state) return state;
  const store = storage();
  let raw: string | null = null;
  try {
    raw = store?.getItem(STORE_KEY) ?? null;
  } catch {
    storageWorks = false;
  }
  if (!store) storageWorks = false;
  const parsed = parseStore(raw);
  state = parsed.state;
  if (parsed.setAside && raw !== null && store) {
    try {
      store.setItem(setAsideKey(new Date()), raw);
      store.removeItem(STORE_KEY);
    } catch {
      storageWorks = false;
    }
    showNotice(`${pageUi.setAside[parsed.setAside]} ${pageUi.setAsideTail}`, { href: '/my-learning/#set-aside', label: pageUi.myLearning });
  }
  return state;
}

/** Changes the state and saves it; in memory only if the browser blocks storage. */
export function updateState(change: (current: LearnerState) => LearnerState): LearnerState {
  state = change(readState());
  try {
    storage()?.setItem(STORE_KEY, serialiseStore(state));
  } catch {
    storageWorks = false;
  }
  return state;
}

/** Replaces the state outright (import, clear). */
export const replaceState = (next: LearnerState): LearnerState => updateState(() => next);

/** False when the browser refuses storage: progress lasts only until the page closes. */
export const canStore = (): boolean => {
  readState();
  return storageWorks;
};

/** The nation in force on this page, with the organisation's default from <html data-sg-default-nation>. */
export const currentNation = (): NationChoice => effectiveNation(readState(), document.documentElement.dataset['sgDefaultNation']);

/** "7 December 2026". */
export const longDate = (iso: string): string => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
