/** The My learning page: export, import, clear, and data set aside. */
import { emptyState, SET_ASIDE_PREFIX } from '../lib/progress-store.ts';
import { exportFile, exportFileName, mergeStates, parseImport } from '../lib/progress-transfer.ts';
import { learnerUi } from '../ui-strings.ts';
import { canStore, readState, replaceState } from './learner.ts';
import { download, revealEnhanced, setAsideKeys } from './learner-tools.ts';
import { showProgress } from './progress-ui.ts';

const d = learnerUi.data;

export function setUpMyLearning(): void {
  const page = document.querySelector<HTMLElement>('[data-sg-my-learning]');
  if (!page) return;
  const part = <T extends HTMLElement = HTMLElement>(name: string) => page.querySelector<T>(`[data-sg-${name}]`)!;

  const refresh = () => {
    showProgress(page);
    part('progress-empty').hidden = Object.values(readState().lessons).some((l) => l.completedAt);
    document.dispatchEvent(new Event('sg:state-replaced'));
  };

  part('export').addEventListener('click', () => {
    const now = new Date();
    download(exportFileName(now), exportFile(readState(), now));
    part('data-status').textContent = d.exported;
  });

  const form = part<HTMLFormElement>('import');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const status = part('data-status');
    const file = form.querySelector<HTMLInputElement>('input[type=file]')!.files?.[0];
    status.dataset['result'] = 'error';
    if (!file) {
      status.textContent = d.noFile;
      return;
    }
    const result = parseImport(file.name, await file.text());
    if (!result.ok) {
      status.textContent = result.error;
      return;
    }
    const replace = form.querySelector<HTMLInputElement>('input[name="import-mode"]:checked')?.value === 'replace';
    const next = replaceState(replace ? result.state : mergeStates(readState(), result.state));
    status.dataset['result'] = 'ok';
    status.textContent = d.imported(Object.values(next.lessons).filter((l) => l.completedAt).length);
    refresh();
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
    part('clear-status').textContent = d.cleared;
    part('clear').focus();
    refresh();
  });

  const list = part('set-aside-list');
  const showSetAside = () => {
    const keys = setAsideKeys();
    list.replaceChildren(
      ...keys.map((key) => {
        const when = new Date(key.slice(SET_ASIDE_PREFIX.length));
        const item = document.createElement('li');
        const button = (label: string, action: () => void) => {
          const b = document.createElement('button');
          b.type = 'button';
          b.className = 'sg-button';
          b.textContent = label;
          b.addEventListener('click', action);
          return b;
        };
        item.append(
          `${d.setAsideItem(when.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' }))} `,
          button(d.setAsideDownload, () => download(`set-aside-${key.slice(SET_ASIDE_PREFIX.length, SET_ASIDE_PREFIX.length + 10)}.json`, localStorage.getItem(key) ?? '')),
          ' ',
          button(d.setAsideDelete, () => {
            localStorage.removeItem(key);
            part('set-aside-status').textContent = d.setAsideDeleted;
            showSetAside();
          }),
        );
        return item;
      }),
    );
    if (keys.length === 0) {
      const none = document.createElement('li');
      none.textContent = d.setAsideNone;
      list.append(none);
    }
  };

  part('no-storage').hidden = canStore();
  showSetAside();
  revealEnhanced(page);
  refresh();
}
