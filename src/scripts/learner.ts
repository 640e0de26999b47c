/**
 * The browser side of the progress store: reads and writes the one localStorage key, sets aside
 * data it cannot use (with a short notice), and falls back to memory when storage is blocked.
 * Every decision is in src/lib/progress-store.ts.
 */
import { effectiveNation, parseStore, serialiseStore, setAsideKey, SET_ASIDE_PREFIX, STORE_KEY, type LearnerState, type NationChoice } from '../lib/progress-store.ts';
import { learnerUi } from '../ui-strings.ts';

let state: LearnerState | undefined;
let storageWorks = true;

function storage(): Storage | undefined {
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
    showNotice(`${learnerUi.setAside[parsed.setAside]} ${learnerUi.setAsideTail}`, { href: '/my-learning/#set-aside', label: learnerUi.myLearning });
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

/** "7 December 2026". */
export const longDate = (iso: string): string => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
