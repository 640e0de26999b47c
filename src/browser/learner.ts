/**
 * The browser side of the progress store: reads and writes the one localStorage key, sets aside
 * data it cannot use (with a short notice), and falls back to memory when storage is blocked.
 * Every decision is in src/shared/progress-store.ts. Every page loads this module, so what only the
 * My learning and record pages need lives in src/browser/learner-tools.ts.
 *
 * Every change is read-modify-written against what is stored at that moment, never against a copy
 * read when the page opened, so a change made in another tab is never written over; and another
 * tab's change reaches this page through the `storage` event ("sg:state-replaced" on document).
 */
import { effectiveNation, parseStore, serialiseStore, setAsideKey, STORE_KEY, type LearnerState, type NationChoice } from '../shared/progress-store.ts';
import { pageUi } from '../ui-strings-page.ts';

/** Wording from src/ui-strings.ts `storeUi`, rendered hidden into the page (src/components/ProgressWords.astro). */
const words = (name: string): string => document.querySelector(`[data-sg-word="${name}"]`)?.textContent ?? '';

/** The state this page last read or changed, and the stored string it was read from. */
let state: LearnerState | undefined;
let stateRaw: string | null | undefined;
let storageWorks = true;
/** The last change did not reach storage; the page carries on with its own copy. */
let unsaved = false;
/** Unreadable data is under the key and could not be copied aside: it must never be written over. */
let held = false;
let noticeShown = false;

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

const storedRaw = (): string | null => {
  try {
    return storage()?.getItem(STORE_KEY) ?? null;
  } catch {
    storageWorks = false;
    return null;
  }
};

/** The learner's state as stored now (re-read only when the stored string has changed). */
export function readState(): LearnerState {
  const store = storage();
  if (!store) storageWorks = false;
  const raw = storedRaw();
  // An unsaved change lives only in this page: keep it rather than lose it to the stored copy.
  if (state && (unsaved || raw === stateRaw)) return state;
  const parsed = parseStore(raw);
  state = parsed.state;
  stateRaw = raw;
  held = false;
  if (parsed.setAside && raw !== null && store) {
    try {
      store.setItem(setAsideKey(new Date()), raw);
      // Kept: the key can now hold the valid parts, or nothing.
      store.removeItem(STORE_KEY);
      stateRaw = null;
      if (parsed.setAside === 'partial') {
        const valid = serialiseStore(state);
        store.setItem(STORE_KEY, valid);
        stateRaw = valid;
      }
    } catch {
      // No room for the copy: leave the data exactly where it is and never write over it.
      held = stateRaw === raw;
    }
    if (!noticeShown) {
      const reason = parsed.setAside === 'partial' ? `${words('partial')} ${parsed.problem}.` : words(parsed.setAside);
      showNotice(`${reason} ${words(held ? 'heldTail' : parsed.setAside === 'partial' ? 'partialTail' : 'setAsideTail')}`, { href: '/my-learning/#set-aside', label: pageUi.myLearning });
    }
    noticeShown = true;
  }
  return state;
}

/**
 * Applies a change to the stored state and saves it. When the browser refuses (storage full or
 * blocked), or unreadable data must be kept, the change lives in this page only: `saved()` says so.
 */
export function updateState(change: (current: LearnerState) => LearnerState): LearnerState {
  const next = change(readState());
  state = next;
  unsaved = true;
  if (!held) {
    try {
      const raw = serialiseStore(next);
      storage()!.setItem(STORE_KEY, raw);
      stateRaw = raw;
      unsaved = false;
    } catch {
      storageWorks = false;
    }
  }
  return next;
}

/** Replaces the state outright (import, clear). */
export const replaceState = (next: LearnerState): LearnerState => updateState(() => next);

/** Whether the last change reached storage. */
export const saved = (): boolean => !unsaved;

/** What to tell the learner where they acted when the last change did not reach storage; empty when it did. */
export const notSavedText = (): string => (unsaved ? words(held ? 'notSavedHeld' : 'notSaved') : '');

/**
 * False when the browser refuses storage, so progress lasts only until the page closes. Writes a
 * test value: a browser can let a page read its storage and still refuse every write.
 */
export const canStore = (): boolean => {
  readState();
  if (held || unsaved) return false;
  try {
    const probe = `${STORE_KEY}:can-store`;
    storage()!.setItem(probe, '1');
    storage()!.removeItem(probe);
  } catch {
    storageWorks = false;
  }
  return storageWorks;
};

/**
 * Hides every promise that a choice "is saved in this browser" (an element marked
 * data-sg-needs-storage) where the browser will not store it: the status line after the choice
 * says "Not saved" instead, so the page never promises what it cannot do.
 */
export function withdrawStoragePromises(root: ParentNode): void {
  const promises = root.querySelectorAll<HTMLElement>('[data-sg-needs-storage]');
  if (promises.length && !canStore()) for (const el of promises) el.hidden = true;
}

/** Whether unreadable data is being kept under the key because it could not be copied aside. */
export const isHeld = (): boolean => {
  readState();
  return held;
};

/** Forgets what this page read, so the next read takes the stored data afresh (after My learning moves it). */
export const forget = (): void => {
  state = undefined;
  unsaved = false;
};

// Another tab changed the progress: pages show it (each part listens for "sg:state-replaced").
addEventListener('storage', (event) => {
  if (event.key !== STORE_KEY && event.key !== null) return;
  document.dispatchEvent(new Event('sg:state-replaced'));
});

/** The nation in force on this page, with the organisation's default from <html data-sg-default-nation>. */
export const currentNation = (): NationChoice => effectiveNation(readState(), document.documentElement.dataset['sgDefaultNation']);

/** "7 December 2026". */
export const longDate = (iso: string): string => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
