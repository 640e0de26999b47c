/** Nation notes and trainer notes in lessons (src/components/mdx/NationNote.astro, TrainerNote.astro). */
import { foldsAway, type NationChoice } from '../shared/progress-store.ts';
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

/** Hides trainer notes (and the presenter-view link) from learners; with trainer view on, shows them open. */
export function showTrainerNotes(trainerView: boolean): void {
  for (const note of document.querySelectorAll<HTMLDetailsElement>('details[data-sg-trainer-note]')) {
    note.hidden = !trainerView;
    note.open = trainerView;
  }
  // The way to the lesson's presenter view (LessonPage.astro), for trainers only.
  for (const link of document.querySelectorAll<HTMLElement>('[data-sg-trainer-only]')) link.hidden = !trainerView;
}

/** Undoes foldNationNotes, so a new choice can fold again. */
function unfoldNationNotes(): void {
  for (const fold of document.querySelectorAll<HTMLElement>('[data-sg-nation-fold]')) {
    const note = fold.querySelector('[data-sg-nations]');
    if (note) fold.before(note);
    fold.remove();
  }
}

/**
 * Asks a learner who has not chosen a nation, once and in place, just before the lesson's first
 * note for a nation. The choice is saved (so it is not asked again) and can be changed here or in
 * My learning; `save` stores it and returns what to say if the browser refused. The question is
 * the page's own <template> (src/components/lesson/NationAsk.astro).
 */
export function askNation(nation: NationChoice, chosen: boolean, save: (choice: NationChoice) => string): void {
  const first = document.querySelector<HTMLElement>('[data-lesson-id] [data-sg-nations]');
  const template = document.querySelector<HTMLTemplateElement>('template[data-sg-nation-ask-template]');
  if (!first || !template || chosen || nation !== 'all') return;
  const box = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
  const status = box.querySelector('.sg-message')!;
  for (const input of box.querySelectorAll<HTMLInputElement>('input')) {
    input.addEventListener('change', () => {
      const value = input.value as NationChoice;
      // `save` gives the words to show when the browser refused the choice, else none.
      const notSaved = save(value);
      unfoldNationNotes();
      foldNationNotes(value);
      status.textContent = notSaved || input.dataset['saved']!;
    });
  }
  first.before(box);
}
