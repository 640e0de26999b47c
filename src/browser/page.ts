/**
 * The one script every page loads (from BaseLayout.astro), and the only module entry in the build:
 * the page chrome, the store (src/browser/learner.ts) and the lesson enhancements together, so a
 * lesson loads all its JavaScript in one request, with no chain of imports. What only some pages
 * need (My learning, the record, pathways, progress bars, the nation and trainer switches) is
 * loaded below with import(), only on a page that has the element it enhances; those chunks take
 * the store from this module, so every page shares one copy of it.
 * tests/page-scripts.test.ts checks that a built lesson loads one script and nothing it imports
 * is left to a second round trip. Two components on a few pages bring a script of their own that
 * imports nothing, so every other page carries no byte of it: a branching scenario's stepper
 * (BranchingSteps.astro) and the whole-site offline control (OfflineCopy.astro).
 */
import { worriedHref } from '../shared/progress-store.ts';
import { currentNation, notSavedText, readState, updateState, withdrawStoragePromises } from './learner.ts';
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
askNation(nation, readState().nation !== undefined, (choice) => {
  updateState((s) => ({ ...s, nation: choice }));
  if (worried) worried.href = worriedHref(choice);
  return notSavedText();
});
withdrawStoragePromises(document);
/**
 * Page-specific enhancements: [the element that needs one, its module]. Each module's default
 * export enhances the page.
 */
const ENHANCEMENTS: [string, () => Promise<{ default: () => void }>][] = [
  ['[data-sg-progress]', () => import('./progress-ui.ts')],
  ['[data-sg-nation-chooser]', () => import('./nation-chooser.ts')],
  ['[data-sg-trainer-switch]', () => import('./trainer-switch.ts')],
  ['[data-sg-my-learning]', () => import('./my-learning.ts')],
  ['[data-sg-record]', () => import('./record.ts')],
  ['[data-sg-nation-first]', () => import('./contacts-order.ts')],
  ['[data-sg-search]', () => import('./search.ts')],
  ['[data-sg-pathway-walk], [data-sg-step-page], [data-sg-home-continue]', () => import('./pathway-ui.ts')],
];
// In page order, as the separate scripts they replace ran.
void ENHANCEMENTS.reduce((done, [selector, load]) => (document.querySelector(selector) ? done.then(load).then((m) => m.default()) : done), Promise.resolve());

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
