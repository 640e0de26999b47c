/**
 * The offline page's control (src/components/OfflineCopy.astro): asks the service worker what is
 * saved, says so exactly, and offers to save the whole site with its real download size. Loaded
 * only on a page with the control, so lessons never load it. Nothing is claimed until the worker
 * reports it stored; a full store or a failed download is said as such.
 */
import type { offlineCopyUi } from '../ui-strings.ts';

/** The wording, from the element (src/components/OfflineCopy.astro), with {placeholders} for the figures. */
type Words = Record<Exclude<keyof typeof offlineCopyUi, 'title' | 'description' | 'notSaved' | 'whatHeading' | 'core' | 'chosen' | 'rest' | 'noJs' | 'controlHeading' | 'notSavedResult'>, string>;
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

/** What the worker reports (src/service-worker/worker.js offlineStatus()). */
interface Part {
  files: number;
  stored: number;
  bytes: number;
  storedBytes: number;
}
interface Status {
  type: 'sg-offline';
  wholeSiteAutomatic: boolean;
  whole: boolean;
  groups: string[];
  core: Part;
  chosen: Part;
  rest: Part;
  busy: boolean;
  /** Every file of the search word index is stored. */
  searchSaved: boolean;
  done?: boolean;
  error?: 'quota' | 'offline' | 'failed' | 'incomplete';
}

const mb = (bytes: number) => (Math.max(bytes, 100_000) / 1_000_000).toFixed(1);

export default function enhanceOfflineCopy(): void {
  const box = document.querySelector<HTMLElement>('[data-sg-offline-copy]');
  if (!box) return;
  const o = JSON.parse(box.dataset['words'] ?? '{}') as Words;
  for (const el of box.querySelectorAll<HTMLElement>('[data-sg-needs-js]')) el.hidden = false;
  for (const el of box.querySelectorAll<HTMLElement>('[data-sg-no-js]')) el.hidden = true;
  // Served in place of a page that is not saved: say so at the top.
  if (location.pathname !== '/offline/') for (const el of document.querySelectorAll<HTMLElement>('[data-sg-offline-not-saved]')) el.hidden = false;
  const state = box.querySelector<HTMLElement>('[data-sg-offline-state]')!;
  const button = box.querySelector<HTMLButtonElement>('[data-sg-offline-store-whole]')!;
  const bar = box.querySelector<HTMLProgressElement>('[data-sg-offline-progress]')!;
  const message = box.querySelector<HTMLElement>('[data-sg-offline-message]')!;
  const sw = navigator.serviceWorker;
  if (!sw) {
    state.textContent = o.noWorker;
    return;
  }
  let asked = false;
  const groupNames = () =>
    [...document.querySelectorAll<HTMLElement>('[data-sg-offline-group]')].reduce<Record<string, string>>((names, el) => ({ ...names, [el.dataset['sgOfflineGroup']!]: el.textContent ?? '' }), {});
  const render = (s: Status) => {
    const missing = s.core.files - s.core.stored + s.chosen.files - s.chosen.stored + s.rest.files - s.rest.stored;
    const left = s.core.bytes - s.core.storedBytes + s.chosen.bytes - s.chosen.storedBytes + s.rest.bytes - s.rest.storedBytes;
    if (missing === 0) state.textContent = o.stateWhole;
    else if (s.core.stored === 0) state.textContent = o.none;
    else {
      const names = groupNames();
      const chosen = s.chosen.files > 0 && s.chosen.stored === s.chosen.files ? s.groups.map((g) => names[g] ?? g).join(', ') : '';
      state.textContent = fill(s.searchSaved ? o.statePart : o.statePartNoSearch, { groups: chosen && `${o.groupsLead}${chosen}`, mb: mb(left) });
    }
    button.textContent = fill(o.storeWhole, { mb: mb(s.rest.bytes + s.chosen.bytes + s.core.bytes - s.core.storedBytes - s.chosen.storedBytes - s.rest.storedBytes) });
    button.hidden = missing === 0;
    const total = s.core.files + s.chosen.files + s.rest.files;
    const storing = (s.busy && !s.done && (s.whole || asked)) || false;
    bar.hidden = !storing;
    button.disabled = storing;
    if (storing) {
      bar.max = total;
      bar.value = total - missing;
      message.textContent = fill(o.storing, { done: total - missing, total });
    } else if (s.done && asked) message.textContent = s.error === 'quota' ? o.quota : s.error === 'offline' ? o.offline : missing > 0 ? fill(o.incomplete, { left: missing }) : '';
  };
  sw.addEventListener('message', (event: MessageEvent) => {
    if ((event.data as Status | undefined)?.type === 'sg-offline') render(event.data as Status);
  });
  button.addEventListener('click', () => {
    asked = true;
    button.disabled = true;
    message.textContent = '';
    void sw.ready.then((r) => r.active?.postMessage({ type: 'sg-store-whole' }));
  });
  void (async () => {
    if (!(await sw.getRegistration())) state.textContent = o.none;
    (await sw.ready).active?.postMessage({ type: 'sg-status' });
  })();
}
