/** Fills a record of learning from this browser's store and keeps the name and reflection there. */
import { formatMinutes } from '../lib/order.ts';
import { scoreOf } from '../lib/progress-store.ts';
import { learnerUi } from '../ui-strings.ts';
import { longDate, notSavedText, readState, updateState } from './learner.ts';
import { revealEnhanced } from './learner-tools.ts';

export function fillRecord(): void {
  const record = document.querySelector<HTMLElement>('[data-sg-record]');
  if (!record) return;
  const pathway = record.dataset['pathway']!;
  const state = readState();
  const r = learnerUi.record;
  let doneMinutes = 0;
  let allMinutes = 0;
  for (const row of record.querySelectorAll<HTMLElement>('tr[data-lesson]')) {
    const lesson = state.lessons[row.dataset['lesson']!];
    const minutes = Number(row.dataset['minutes']);
    allMinutes += minutes;
    if (lesson?.completedAt) doneMinutes += minutes;
    const date = row.querySelector('[data-sg-record-date]')!;
    date.textContent = lesson?.completedAt ? longDate(lesson.completedAt) : r.notCompleted;
    const score = scoreOf(lesson);
    row.querySelector('[data-sg-record-score]')!.textContent = score.answered ? r.score(score.correct, score.total) : r.noScore;
    const outcomes = record.querySelector<HTMLElement>(`div[data-lesson="${row.dataset['lesson']}"]`);
    if (outcomes) outcomes.hidden = !lesson?.completedAt;
  }
  record.querySelector<HTMLElement>('[data-sg-record-none]')!.hidden = doneMinutes > 0;
  record.querySelector('[data-sg-record-total]')!.textContent = r.totals(formatMinutes(doneMinutes), formatMinutes(allMinutes));
  record.querySelector('[data-sg-record-today]')!.textContent = longDate(new Date().toISOString());

  const name = record.querySelector<HTMLInputElement>('[data-sg-record-name]')!;
  // Says so beside the field when what was typed could not be saved, and clears once it is.
  const report = (field: string) => {
    const status = record.querySelector<HTMLElement>(`[data-sg-record-status="${field}"]`);
    const text = notSavedText();
    if (status && status.textContent !== text) status.textContent = text;
  };
  name.value = state.name;
  name.addEventListener('input', () => {
    updateState((s) => ({ ...s, name: name.value }));
    report('name');
  });

  // A textarea prints only what fits in its box, so print shows a copy of the text instead.
  const reflection = record.querySelector<HTMLTextAreaElement>('[data-sg-record-reflection]')!;
  const mirror = record.querySelector<HTMLElement>('[data-sg-record-mirror]')!;
  reflection.value = state.reflections[pathway] ?? '';
  mirror.textContent = reflection.value;
  reflection.addEventListener('input', () => {
    mirror.textContent = reflection.value;
    updateState((s) => ({ ...s, reflections: { ...s.reflections, [pathway]: reflection.value } }));
    report('reflection');
  });
  // Typed in another tab: shown here, unless the learner is typing in this one.
  document.addEventListener('sg:state-replaced', () => {
    const now = readState();
    if (document.activeElement !== name) name.value = now.name;
    if (document.activeElement !== reflection) mirror.textContent = reflection.value = now.reflections[pathway] ?? '';
  });

  record.querySelector('[data-sg-print]')?.addEventListener('click', () => window.print());
  record.dataset['sgEnhanced'] = '';
  revealEnhanced(record);
}
