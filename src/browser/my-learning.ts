/** The My learning page: export, import, clear, and data set aside (download, restore, delete). */
import { emptyState, STORE_KEY, updatedSinceRead, type LearnerState } from '../shared/progress-store.ts';
import { readSetAsideKey, replacementSteps, restorable } from '../shared/progress-set-aside.ts';
import { exportFile, exportFileName, mergeStates, parseImport } from '../shared/progress-transfer.ts';
import { learnerUi } from '../ui-strings.ts';
import { canStore, forget, isHeld, notSavedText, readState, replaceState, storage, updateState } from './learner.ts';
import { applySteps, download, revealEnhanced, setAsideKeys } from './learner-tools.ts';
import { showProgress } from './progress-ui.ts';

const d = learnerUi.data;
const completed = (state: LearnerState) => Object.values(state.lessons).filter((l) => l.completedAt).length;

export function setUpMyLearning(): void {
  const page = document.querySelector<HTMLElement>('[data-sg-my-learning]');
  if (!page) return;
  const part = <T extends HTMLElement = HTMLElement>(name: string) => page.querySelector<T>(`[data-sg-${name}]`)!;

  /** Completed lessons that changed in a way that affects practice since: "Updated since you completed it". */
  const showUpdated = () => {
    const box = part('updated-list');
    const lessons = readState().lessons;
    const rows = (JSON.parse(box.dataset['lessons'] ?? '[]') as [id: string, title: string, url: string, changed: string][]).filter(([id, , , changed]) => updatedSinceRead(lessons[id], changed));
    box.querySelector('ul')!.replaceChildren(
      ...rows.map(([, title, url]) => {
        const li = document.createElement('li');
        const a = li.appendChild(document.createElement('a'));
        a.href = url;
        a.textContent = title;
        return li;
      }),
    );
    box.hidden = rows.length === 0;
  };
  const refresh = () => {
    showProgress(page);
    showUpdated();
    part('progress-empty').hidden = Object.values(readState().lessons).some((l) => l.completedAt);
    part('no-storage').hidden = canStore();
    showSetAside();
  };
  /** After this page changed the store: every part of this page shows it. */
  const changed = () => {
    refresh();
    document.dispatchEvent(new Event('sg:state-replaced'));
  };
  /**
   * Replaces the progress with `next`, setting aside what was there first; false (and nothing
   * changed beyond a harmless extra copy) when the browser refuses.
   */
  const replaceKeepingCopy = (next: LearnerState, restoredKey?: string): boolean => {
    const store = storage();
    let raw: string | null = null;
    try {
      raw = store?.getItem(STORE_KEY) ?? null;
    } catch {
      return false;
    }
    const done = !!store && applySteps(store, replacementSteps(raw, next, new Date(), restoredKey));
    forget();
    return done;
  };

  part('export').addEventListener('click', () => {
    const now = new Date();
    download(exportFileName(now), exportFile(readState(), now));
    part('data-status').textContent = d.exported;
  });

  const form = part<HTMLFormElement>('import');
  const replaceBox = part('replace-confirm');
  let pending: { name: string; state: LearnerState } | undefined;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const status = part('data-status');
    const file = form.querySelector<HTMLInputElement>('input[type=file]')!.files?.[0];
    status.dataset['result'] = 'error';
    replaceBox.hidden = true;
    if (!file) {
      status.textContent = d.noFile;
      return;
    }
    const result = parseImport(file.name, await file.text());
    if (!result.ok) {
      status.textContent = result.error;
      return;
    }
    if (form.querySelector<HTMLInputElement>('input[name="import-mode"]:checked')?.value === 'replace') {
      // Replacing is the one import that can lose progress: ask first.
      pending = { name: file.name, state: result.state };
      status.textContent = '';
      part('replace-question').textContent = d.replaceConfirm(file.name);
      replaceBox.hidden = false;
      part('replace-no').focus();
      return;
    }
    const next = updateState((s) => mergeStates(s, result.state));
    const failed = notSavedText();
    status.dataset['result'] = failed ? 'error' : 'ok';
    status.textContent = failed || d.imported(completed(next));
    changed();
  });
  part('replace-no').addEventListener('click', () => {
    pending = undefined;
    replaceBox.hidden = true;
    part('data-status').textContent = d.replaceCancelled;
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.focus();
  });
  part('replace-yes').addEventListener('click', () => {
    if (!pending) return;
    const status = part('data-status');
    const done = replaceKeepingCopy(pending.state);
    pending = undefined;
    replaceBox.hidden = true;
    status.dataset['result'] = done ? 'ok' : 'error';
    status.textContent = done ? d.replaced(completed(readState())) : d.notDone;
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.focus();
    changed();
  });

  const confirm = part('clear-confirm');
  part('clear').addEventListener('click', () => {
    confirm.hidden = false;
    part('clear-no').focus();
  });
  part('clear-no').addEventListener('click', () => {
    confirm.hidden = true;
    part('clear').focus();
  });
  part('clear-yes').addEventListener('click', () => {
    replaceState(emptyState());
    confirm.hidden = true;
    part('clear-status').textContent = notSavedText() || d.cleared;
    part('clear').focus();
    changed();
  });

  const list = part('set-aside-list');
  const setAsideStatus = (text: string) => {
    part('set-aside-status').textContent = text;
  };
  const button = (label: string, action: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'sg-button';
    b.textContent = label;
    b.addEventListener('click', action);
    return b;
  };
  const item = (text: string, ...buttons: HTMLButtonElement[]) => {
    const li = document.createElement('li');
    li.append(`${text} `);
    for (const b of buttons) li.append(b, ' ');
    return li;
  };
  function showSetAside() {
    const store = storage();
    const items: HTMLLIElement[] = [];
    if (isHeld() && store) {
      // Unreadable data that could not be copied aside is still under the key: the learner decides.
      items.push(
        item(
          d.held,
          button(d.setAsideDownload, () => download('unreadable-progress.json', store.getItem(STORE_KEY) ?? '')),
          button(d.setAsideDelete, () => {
            // What this page holds (the readable parts, and any change made since) is saved in its place.
            const keep = readState();
            store.removeItem(STORE_KEY);
            forget();
            replaceState(keep);
            setAsideStatus(notSavedText() || d.heldDeleted);
            changed();
          }),
        ),
      );
    }
    for (const key of setAsideKeys()) {
      const about = readSetAsideKey(key);
      if (!about) continue;
      const when = about.when.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });
      const raw = store?.getItem(key) ?? '';
      const state = restorable(raw);
      const buttons = [
        button(d.setAsideDownload, () => download(`set-aside-${about.when.toISOString().slice(0, 10)}.json`, raw)),
        button(d.setAsideDelete, () => {
          store?.removeItem(key);
          setAsideStatus(d.setAsideDeleted);
          showSetAside();
        }),
      ];
      if (state) {
        buttons.splice(
          1,
          0,
          button(d.setAsideRestore, () => {
            const done = replaceKeepingCopy(state, key);
            setAsideStatus(done ? d.restored(completed(readState())) : d.notDone);
            changed();
          }),
        );
      }
      items.push(item(about.why === 'replaced' ? d.setAsideReplaced(when) : d.setAsideItem(when), ...buttons));
    }
    if (items.length === 0) items.push(item(d.setAsideNone));
    list.replaceChildren(...items);
  }

  // Another tab changed the progress, or set something aside.
  addEventListener('storage', () => refresh());
  revealEnhanced(page);
  refresh();
}

export default setUpMyLearning;
