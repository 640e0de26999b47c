/**
 * The one script every page loads (from BaseLayout.astro): the page chrome and the lesson
 * enhancements together, rather than a module per component, since each module costs a request
 * and its own wrapper. With src/browser/learner.ts (the store, shared with page-specific scripts)
 * it is all the JavaScript a lesson runs at load.
 */
import { worriedHref } from '../shared/progress-store.ts';
import { NATION_NAMES } from '../shared/vocab.ts';
import { currentNation, readState, updateState } from './learner.ts';
import { askNation, foldNationNotes, showTrainerNotes } from './notes.ts';
import { startOfflineSupport } from '../service-worker/offline.ts';
import { SgKnowledgeCheck } from './knowledge-check-element.ts';
import { SgLessonProgress } from './lesson-progress-element.ts';

// Reading the store first puts any set-aside notice at the top of the page.
const nation = currentNation();
// A learner who has chosen their nation goes straight to that nation's guide.
const worried = document.querySelector<HTMLAnchorElement>('[data-sg-worried-link]');
if (worried) worried.href = worriedHref(nation);
startOfflineSupport();
showTrainerNotes(readState().trainerView);
foldNationNotes(nation);
askNation(nation, readState().nation !== undefined, NATION_NAMES, (choice) => {
  updateState((s) => ({ ...s, nation: choice }));
  if (worried) worried.href = worriedHref(choice);
});
// After the folding, which moves notes (and anything in them) into a <details>.
customElements.define('sg-knowledge-check', SgKnowledgeCheck);
customElements.define('sg-lesson-progress', SgLessonProgress);

// A Print button (record of learning, facilitator pack) needs this script; without it the browser's own print works.
for (const b of document.querySelectorAll<HTMLElement>('[data-sg-print]')) {
  b.hidden = false;
  b.addEventListener('click', () => print());
}

// Printing should show every answer and folded section, as the print stylesheet promises.
addEventListener('beforeprint', () => {
  for (const d of document.querySelectorAll('details:not([open])')) {
    d.setAttribute('open', '');
    d.setAttribute('data-sg-print-opened', '');
  }
});
addEventListener('afterprint', () => {
  for (const d of document.querySelectorAll('[data-sg-print-opened]')) d.removeAttribute('open');
});
