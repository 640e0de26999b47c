/**
 * The browser side of the progress store (src/browser/learner.ts) over a stand-in localStorage:
 * two copies of the module are two tabs sharing one store. The browser tests
 * (tests/progress.spec.ts) check the same in Chromium; these pin the logic quickly.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyState, recordAnswer, serialiseStore, setComplete, SET_ASIDE_PREFIX, STORE_KEY } from '../src/shared/progress-store.ts';

const A = '01-landscape/01-scale';
const B = '01-landscape/02-forms';
const MON = new Date('2026-12-07T10:00:00.000Z');

/** A localStorage with a quota in characters, as browsers count it. */
class FakeStorage {
  items = new Map<string, string>();
  constructor(public quota = Infinity) {}
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    const used = [...this.items].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

let store: FakeStorage;
const words: Record<string, string> = { notSaved: 'Not saved: refused', notSavedHeld: 'Not saved: held' };

/** A fresh copy of learner.ts: one tab. */
async function openTab() {
  vi.resetModules();
  return import('../src/browser/learner.ts');
}

beforeEach(() => {
  store = new FakeStorage();
  vi.stubGlobal('window', { localStorage: store });
  vi.stubGlobal('addEventListener', () => undefined);
  vi.stubGlobal('requestAnimationFrame', () => 0);
  vi.stubGlobal('document', {
    querySelector: (selector: string) => {
      const word = /data-sg-word="([^"]+)"/.exec(selector)?.[1];
      return word ? { textContent: words[word] ?? word } : null;
    },
    dispatchEvent: () => true,
  });
});

describe('two tabs', () => {
  it('keep each other’s changes: every change is made to what is stored at that moment', async () => {
    const tab1 = await openTab();
    const tab2 = await openTab();
    // Both have read the empty store before either writes.
    tab1.readState();
    tab2.readState();
    tab1.updateState((s) => recordAnswer(s, A, 'k1', { choice: 1, correct: true }, MON));
    tab2.updateState((s) => setComplete(s, B, true, MON));
    tab1.updateState((s) => ({ ...s, name: 'Sam' }));
    const stored = JSON.parse(store.getItem(STORE_KEY)!);
    expect(stored.lessons[A].answers.k1.choice).toBe(1);
    expect(stored.lessons[B].completedAt).toBe(MON.toISOString());
    expect(stored.name).toBe('Sam');
    expect(tab2.readState().name).toBe('Sam');
  });
});

describe('a save the browser refuses', () => {
  it('is reported, kept in the page, and never called saved', async () => {
    store.quota = 10;
    const tab = await openTab();
    tab.updateState((s) => setComplete(s, A, true, MON));
    expect(tab.saved()).toBe(false);
    expect(tab.notSavedText()).toBe('Not saved: refused');
    expect(tab.readState().lessons[A]?.completedAt).toBe(MON.toISOString());
    expect(tab.canStore()).toBe(false);
  });

  it('is noticed by canStore even before any change, because it tries a write', async () => {
    store.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const tab = await openTab();
    expect(tab.canStore()).toBe(false);
  });
});

describe('unreadable data', () => {
  it('is set aside before anything is written', async () => {
    store.setItem(STORE_KEY, '{"app":"sg-learner",');
    const tab = await openTab();
    tab.updateState((s) => ({ ...s, name: 'Sam' }));
    const aside = [...store.items].filter(([k]) => k.startsWith(SET_ASIDE_PREFIX));
    expect(aside.map(([, v]) => v)).toEqual(['{"app":"sg-learner",']);
    expect(JSON.parse(store.getItem(STORE_KEY)!).name).toBe('Sam');
  });

  it('too large to copy aside is left untouched, and nothing is written over it', async () => {
    const broken = `{"app":"sg-learner","lessons":{"${'x'.repeat(600)}`;
    store.setItem(STORE_KEY, broken);
    store.quota = 1000;
    const tab = await openTab();
    expect(tab.isHeld()).toBe(true);
    tab.updateState((s) => setComplete(s, A, true, MON));
    expect(store.getItem(STORE_KEY)).toBe(broken);
    expect(tab.notSavedText()).toBe('Not saved: held');
    // Once the learner deletes it (My learning), saving works again.
    store.removeItem(STORE_KEY);
    tab.forget();
    tab.updateState((s) => setComplete(s, A, true, MON));
    expect(tab.saved()).toBe(true);
    expect(JSON.parse(store.getItem(STORE_KEY)!).lessons[A].completedAt).toBe(MON.toISOString());
  });

  it('with some valid parts keeps them in use, and sets the whole original aside', async () => {
    const original = JSON.stringify({ ...setComplete(emptyState(), A, true, MON), trainerView: 'sometimes' });
    store.setItem(STORE_KEY, original);
    const tab = await openTab();
    expect(tab.readState().lessons[A]?.completedAt).toBe(MON.toISOString());
    expect(store.getItem(STORE_KEY)).toBe(serialiseStore(setComplete(emptyState(), A, true, MON)));
    expect([...store.items].filter(([k]) => k.startsWith(SET_ASIDE_PREFIX)).map(([, v]) => v)).toEqual([original]);
  });
});
