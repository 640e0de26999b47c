/** Fills a record of learning from this browser's store and keeps the name and reflection there. */
import { formatMinutes } from '../shared/order.ts';
import { refreshDue } from '../shared/pathway.ts';
import { firstScoreOf } from '../shared/progress-store.ts';
import { NATIONS, NATION_NAMES } from '../shared/vocab.ts';
import { learnerUi } from '../ui-strings.ts';
import { currentNation, longDate, notSavedText, readState, updateState } from './learner.ts';
import { revealEnhanced } from './learner-tools.ts';

export function fillRecord(): void {
  const record = document.querySelector<HTMLElement>('[data-sg-record]');
  if (!record) return;
  const pathway = record.dataset['pathway']!;
  const state = readState();
  const nation = currentNation();
  const r = learnerUi.record;
  let doneMinutes = 0;
  let allMinutes = 0;
  let lastDone = '';
  let requiredLeft = 0;
  for (const row of record.querySelectorAll<HTMLElement>('tr[data-lessons]')) {
    const ids = row.dataset['lessons']!.split(' ');
    // A byNation row: the chosen nation's lesson, else whichever the learner completed.
    const byNation = ids.length === NATIONS.length ? NATIONS.indexOf(nation as (typeof NATIONS)[number]) : -1;
    const id = (byNation >= 0 ? ids[byNation] : undefined) ?? ids.find((i) => state.lessons[i]?.completedAt) ?? ids[0]!;
    const lesson = state.lessons[id];
    const minutes = Number(row.dataset['minutes']);
    allMinutes += minutes;
    if (lesson?.completedAt) {
      doneMinutes += minutes;
      if (lesson.completedAt > lastDone) lastDone = lesson.completedAt;
    } else if (row.dataset['required'] === 'true') requiredLeft++;
    if (ids.length === NATIONS.length && lesson?.completedAt) {
      row.querySelector('[data-sg-record-choices]')!.textContent = ` (${NATION_NAMES[NATIONS[ids.indexOf(id)]!]})`;
    }
    row.querySelector('[data-sg-record-date]')!.textContent = lesson?.completedAt ? longDate(lesson.completedAt) : r.notCompleted;
    const scoreCell = row.querySelector('[data-sg-record-score]')!;
    if (scoreCell.querySelector('.sg-record__blank')) {
      const score = firstScoreOf(lesson);
      scoreCell.textContent = score.answered ? r.score(score.correct, score.total) : r.noScore;
    }
  }
  record.querySelector('[data-sg-record-total]')!.textContent = r.totals(formatMinutes(doneMinutes), formatMinutes(allMinutes));
  record.querySelector('[data-sg-record-today]')!.textContent = longDate(new Date().toISOString());
  // The refresh is due a set time after the pathway was finished (its last required step).
  if (lastDone && requiredLeft === 0) {
    record.querySelector('[data-sg-record-refresh]')!.textContent = longDate(refreshDue(lastDone, Number(record.dataset['refreshMonths'])));
  }

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

  record.dataset['sgEnhanced'] = '';
  revealEnhanced(record);
}

export default fillRecord;
