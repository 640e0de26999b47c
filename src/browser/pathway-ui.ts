/**
 * Walking a pathway in the browser: Start or Continue and progress on the pathway page, the
 * byNation and guide step pages, and "Continue where you left off" on the home page. Every page
 * here works without it (Start leads to the first step, every step is a plain link); this only
 * reads the learner's store to say where they are. Decisions are in src/shared/pathway.ts.
 */
import { pathwayProgress, stepHref, stepTitle, type PathwayProgress, type StepSummary } from '../shared/pathway.ts';
import { listProgress } from '../shared/list-progress.ts';
import { setComplete, updatedSinceRead, type LearnerState, type NationChoice } from '../shared/progress-store.ts';
import { pathwayUi } from '../ui-strings-pathway.ts';
import { currentNation, notSavedText, readState, updateState, withdrawStoragePromises } from './learner.ts';

const reveal = (root: ParentNode) => {
  for (const el of root.querySelectorAll<HTMLElement>('[data-sg-needs-js]')) el.hidden = false;
  for (const el of root.querySelectorAll<HTMLElement>('[data-sg-no-js]')) el.hidden = true;
};
const isComplete = (state: LearnerState) => (id: string) => Boolean(state.lessons[id]?.completedAt);
const stepsOf = (el: HTMLElement) => JSON.parse(el.dataset['steps'] ?? '[]') as StepSummary[];

/** The pathway's progress for this learner, with the step to continue at. */
function progressOf(steps: StepSummary[], state: LearnerState, nation: NationChoice): PathwayProgress & { nextStep: StepSummary | undefined } {
  const progress = pathwayProgress(steps, isComplete(state), nation);
  return { ...progress, nextStep: progress.next === undefined ? undefined : steps[progress.next] };
}

/** The pathway page: Start becomes Continue, progress and the record of learning appear. */
export function enhancePathwayPage(): void {
  const walk = document.querySelector<HTMLElement>('[data-sg-pathway-walk]');
  if (!walk) return;
  const state = readState();
  const nation = currentNation();
  const steps = stepsOf(walk);
  const progress = progressOf(steps, state, nation);
  const started = progress.done > 0;
  const go = walk.querySelector<HTMLAnchorElement>('[data-sg-pathway-go]')!;
  if (progress.nextStep) {
    go.href = stepHref(progress.nextStep, nation);
    if (started) go.textContent = pathwayUi.continueTo(stepTitle(progress.nextStep, nation));
  }
  // Once every required step is done, the record comes first and any optional steps second.
  go.hidden = !progress.nextStep;
  if (progress.complete && started) go.classList.remove('sg-button--primary');
  const status = walk.querySelector<HTMLElement>('[data-sg-pathway-status]')!;
  const bar = walk.querySelector('progress')!;
  status.hidden = !started;
  bar.hidden = !started;
  if (started) {
    status.textContent = progress.complete
      ? `${pathwayUi.complete}${progress.nextStep ? ` ${pathwayUi.optionalLeft(progress.total - progress.done)}` : ''}`
      : pathwayUi.progress(progress.requiredDone, progress.requiredTotal, progress.minutesLeft);
    bar.max = progress.requiredTotal;
    bar.value = progress.requiredDone;
    bar.setAttribute('aria-label', pathwayUi.progressLabel(progress.requiredDone, progress.requiredTotal));
  }
  walk.querySelector<HTMLElement>('[data-sg-pathway-record]')!.hidden = !(progress.complete && started);

  // Each step in the list: done, updated since it was completed, and a byNation step leads to the chosen nation's lesson.
  const changed = JSON.parse(document.querySelector<HTMLElement>('[data-sg-step-list]')?.dataset['changed'] ?? '{}') as Record<string, string>;
  for (const item of document.querySelectorAll<HTMLElement>('[data-sg-step-list] > li[data-step]')) {
    const step = steps[Number(item.dataset['step'])];
    if (!step) continue;
    const link = item.querySelector<HTMLAnchorElement>('[data-sg-step-link]');
    if (link && step.kind === 'byNation') {
      link.href = stepHref(step, nation);
      link.textContent = stepTitle(step, nation);
    }
    if (pathwayProgress([step], isComplete(state), nation).done && !item.querySelector('[data-sg-done]')) {
      const tag = document.createElement('span');
      tag.className = 'sg-tag sg-tag--done';
      tag.dataset['sgDone'] = '';
      tag.textContent = pathwayUi.done;
      item.querySelector('h3')?.append(' ', tag);
    }
    const ids = step.lesson ? [step.lesson.id] : Object.values(step.nations ?? {}).map((l) => l.id);
    if (ids.some((id) => updatedSinceRead(state.lessons[id], changed[id])) && !item.querySelector('[data-sg-updated-tag]')) {
      const tag = document.createElement('span');
      tag.className = 'sg-tag sg-tag--significant';
      tag.dataset['sgUpdatedTag'] = '';
      tag.textContent = pathwayUi.updated;
      item.querySelector('h3')?.append(' ', tag);
    }
  }
}

/** A byNation or guide step's own page. */
export function enhanceStepPage(): void {
  const page = document.querySelector<HTMLElement>('[data-sg-step-page]');
  if (!page) return;
  const nation = currentNation();
  if (page.dataset['kind'] === 'byNation') {
    const urls = JSON.parse(page.dataset['nations'] ?? '{}') as Record<string, string>;
    // A learner who has chosen their nation goes straight to its lesson; Back skips this page.
    if (nation !== 'all' && urls[nation]) {
      location.replace(urls[nation]);
      return;
    }
    for (const link of page.querySelectorAll<HTMLAnchorElement>('[data-sg-choose-nation]')) {
      link.addEventListener('click', () => updateState((s) => ({ ...s, nation: link.dataset['sgChooseNation'] as NationChoice })));
    }
  }
  const done = page.querySelector<HTMLButtonElement>('[data-sg-guide-done]');
  if (done) {
    const key = done.dataset['key']!;
    const ownGuide = page.querySelector<HTMLElement>(`li[data-nation="${nation}"]`);
    if (ownGuide) {
      ownGuide.parentElement!.prepend(ownGuide);
      ownGuide.querySelector('a')!.classList.add('sg-button--primary');
    }
    const status = page.querySelector<HTMLElement>('[data-sg-guide-status]')!;
    const render = () => {
      const isDone = Boolean(readState().lessons[key]?.completedAt);
      done.textContent = isDone ? pathwayUi.guideNotDone : pathwayUi.guideDone;
      done.classList.toggle('sg-button--primary', !isDone);
      return isDone;
    };
    done.addEventListener('click', () => {
      const now = !render();
      updateState((s) => setComplete(s, key, now, new Date()));
      // Never "saved" when the browser refused it: the same words as a lesson's completion.
      status.textContent = notSavedText() || (now ? pathwayUi.guideMarked : pathwayUi.guideUnmarked);
      render();
    });
    render();
  }
  reveal(page);
  // After reveal, which shows "Your choice is saved in this browser" with the rest of the script's parts.
  withdrawStoragePromises(page);
  page.dataset['sgEnhanced'] = '';
}

/** The home page: "Continue: <lesson>" for a learner with progress; otherwise the first-visit line stays. */
export function enhanceHome(): void {
  const box = document.querySelector<HTMLElement>('[data-sg-home-continue]');
  if (!box) return;
  const state = readState();
  const nation = currentNation();
  const latest = (ids: string[]) => ids.reduce((max, id) => Math.max(max, Date.parse(state.lessons[id]?.completedAt ?? '') || 0), 0);
  const pathways = JSON.parse(box.dataset['pathways'] ?? '[]') as { title: string; url: string; steps: StepSummary[] }[];
  // The pathway the learner last completed a step of, unless they have finished it.
  const active = pathways
    .map((p) => ({ p, progress: progressOf(p.steps, state, nation), at: latest(p.steps.flatMap((s) => [s.lesson?.id ?? '', ...Object.values(s.nations ?? {}).map((l) => l.id)])) }))
    .filter((a) => a.at > 0 && a.progress.nextStep && !a.progress.complete)
    .sort((a, b) => b.at - a.at)[0];
  let target: { title: string; href: string; note: string } | undefined;
  // The pathway under way is the learner's offline too: the worker stores its lessons (src/service-worker/worker.js).
  if (active) navigator.serviceWorker?.controller?.postMessage({ type: 'sg-page', group: active.p.url });
  if (active) {
    const step = active.progress.nextStep!;
    target = { title: stepTitle(step, nation), href: stepHref(step, nation), note: pathwayUi.home.inPathway(active.p.title, active.progress.requiredDone, active.progress.requiredTotal) };
  } else {
    const lessons = JSON.parse(box.dataset['lessons'] ?? '[]') as [id: string, title: string, url: string][];
    const { done: count, next } = listProgress(state, lessons.map(([id]) => id));
    const lesson = count > 0 ? lessons.find(([id]) => id === next) : undefined;
    if (lesson) target = { title: lesson[1], href: lesson[2], note: '' };
  }
  const first = document.querySelector<HTMLElement>('[data-sg-first-visit]');
  if (!target) return;
  if (first) first.hidden = true;
  const link = box.querySelector<HTMLAnchorElement>('a')!;
  link.href = target.href;
  link.textContent = pathwayUi.home.continueLink(target.title);
  box.querySelector<HTMLElement>('[data-sg-home-note]')!.textContent = target.note;
  box.hidden = false;
}

/** Whichever of the home, pathway and pathway step pages this is. */
export default function enhance(): void {
  enhanceHome();
  enhancePathwayPage();
  enhanceStepPage();
}
