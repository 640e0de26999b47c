/** Nation notes and trainer notes in lessons (src/components/mdx/NationNote.astro, TrainerNote.astro). */
import { foldsAway, type NationChoice } from '../lib/progress-store.ts';
import { pageUi } from '../ui-strings-page.ts';

/** Folds notes for other nations into a closed <details> the learner can still open. */
export function foldNationNotes(nation: NationChoice): void {
  for (const note of document.querySelectorAll<HTMLElement>('[data-sg-nations]')) {
    if (!foldsAway(note.dataset['sgNations']!.split(' '), nation)) continue;
    const fold = document.createElement('details');
    fold.className = 'sg-nation-fold';
    fold.dataset['sgNationFold'] = '';
    const summary = document.createElement('summary');
    summary.textContent = pageUi.nationFolded(note.querySelector('[data-sg-nation-label]')?.textContent ?? '');
    note.before(fold);
    fold.append(summary, note);
  }
}

/** Hides trainer notes from learners; with trainer view on, shows them open. */
export function showTrainerNotes(trainerView: boolean): void {
  for (const note of document.querySelectorAll<HTMLDetailsElement>('details[data-sg-trainer-note]')) {
    note.hidden = !trainerView;
    note.open = trainerView;
  }
}
