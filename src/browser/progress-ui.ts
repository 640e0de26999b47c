/** Fills progress bars and "what is next", and marks completed lessons in lesson lists. */
import { listProgress } from '../shared/list-progress.ts';
import { learnerUi } from '../ui-strings.ts';
import { readState } from './learner.ts';

export function showProgress(root: ParentNode = document): void {
  const state = readState();
  for (const box of root.querySelectorAll<HTMLElement>('[data-sg-progress]')) {
    const lessons = JSON.parse(box.dataset['lessons'] ?? '[]') as [id: string, title?: string, url?: string][];
    const { done, total, next } = listProgress(state, lessons.map(([id]) => id));
    box.hidden = done === 0;
    if (done === 0) continue;
    box.querySelector('[data-sg-progress-label]')!.textContent = `${box.dataset['label'] ?? ''} ${learnerUi.progress(done, total)}`.trim();
    box.querySelector('progress')!.value = done;
    const nextLine = box.querySelector<HTMLElement>('[data-sg-progress-next]');
    if (nextLine) {
      const [, title, url] = lessons.find(([id]) => id === next) ?? [];
      if (title && url) {
        const a = document.createElement('a');
        a.href = url;
        a.textContent = title;
        nextLine.replaceChildren(`${learnerUi.next} `, a);
      } else {
        nextLine.textContent = learnerUi.allDone;
      }
    }
  }
  for (const item of root.querySelectorAll<HTMLElement>('[data-sg-lesson-list] [data-lesson]')) {
    const done = Boolean(state.lessons[item.dataset['lesson']!]?.completedAt);
    if (!done) item.querySelector('[data-sg-done]')?.remove();
    if (!done || item.querySelector('[data-sg-done]')) continue;
    const tag = document.createElement('span');
    tag.className = 'sg-tag sg-tag--done';
    tag.dataset['sgDone'] = '';
    tag.textContent = learnerUi.completed;
    item.querySelector('h2, h3')?.append(' ', tag);
  }
}

/** The progress bars on a page (src/components/ProgressSummary.astro), kept up to date when another tab changes the progress. */
export default function enhance(): void {
  showProgress();
  document.addEventListener('sg:state-replaced', () => showProgress());
}
