/** <sg-lesson-progress> (src/components/LessonProgress.astro); defined by src/browser/page.ts. */
import { pageUi } from '../ui-strings-page.ts';
import type { pageHtmlUi } from '../ui-strings.ts';
import { clearAnswers, firstScoreOf, lastReadAt, markReadAgain, scoreOf, setCheckCount, setComplete, shouldComplete, updatedSinceRead } from '../shared/progress-store.ts';
import { longDate, notSavedText, readState, updateState } from './learner.ts';

/** Keeps the lesson's score and completion, and completes it at the end once every check is answered. */
export class SgLessonProgress extends HTMLElement {
  private reachedEnd = false;

  connectedCallback() {
    const lesson = this.dataset['lesson']!;
    // The fixed wording comes with the page (src/components/LessonProgress.astro), not in this script.
    const words = JSON.parse(this.dataset['words']!) as (typeof pageHtmlUi)['lesson']['words'];
    const checks = [...document.querySelectorAll<HTMLElement>('[data-lesson-id] sg-knowledge-check')];
    const checkIds = checks.map((c) => c.dataset['checkId'] ?? '');
    const part = <T extends HTMLElement>(name: string) => this.querySelector<T>(`[data-sg-${name}]`)!;
    const [score, rule, completion, retry, showAll, complete, again, status] = [part('score'), part('score-rule'), part('completion'), part<HTMLButtonElement>('retry'), part<HTMLButtonElement>('show-all'), part<HTMLButtonElement>('complete'), part<HTMLButtonElement>('read-again'), part('lesson-status')];
    const answers = () => document.querySelectorAll<HTMLDetailsElement>('[data-lesson-id] details.sg-kc__answer');
    const now = () => new Date();
    // "Updated since you completed it", near the top (LessonPage.astro): the date of the last change to practice.
    const updated = document.querySelector<HTMLElement>('[data-sg-updated]');

    const render = () => {
      const record = readState().lessons[lesson];
      // The score is the first answer to each question; the buttons follow the current answers.
      const s = firstScoreOf(record, checkIds);
      score.hidden = s.total === 0;
      rule.hidden = s.answered === 0;
      score.textContent = s.answered ? pageUi.lesson.score(s.correct, s.answered, s.total) : pageUi.lesson.noAnswers(s.total);
      retry.hidden = scoreOf(record, checkIds).answered === 0;
      showAll.hidden = s.answered === 0;
      // Completed (or last read again) before a change that affects practice: read it again, then say so.
      const stale = updatedSinceRead(record, updated?.dataset['sgUpdated']);
      const readAgain = record?.readAgainAt && lastReadAt(record) === record.readAgainAt ? record.readAgainAt : undefined;
      const completed = record?.completedAt && (readAgain ? pageUi.lesson.readAgainOn(longDate(record.completedAt), longDate(readAgain)) : pageUi.lesson.completedOn(longDate(record.completedAt)));
      completion.textContent = completed ? `${completed}${stale ? ` ${words.readAgain}` : ''}` : words.howItCompletes;
      complete.textContent = record?.completedAt ? words.markIncomplete : words.markComplete;
      complete.classList.toggle('sg-button--primary', !record?.completedAt);
      again.hidden = !stale;
      if (updated) updated.hidden = !stale;
    };
    const markComplete = (done: boolean) => {
      updateState((s) => setComplete(setCheckCount(s, lesson, checks.length, now()), lesson, done, now()));
      status.textContent = notSavedText() || (done ? words.nowComplete : words.nowIncomplete);
      render();
    };
    const completeIfDone = () => {
      const state = readState();
      if (!state.lessons[lesson]?.completedAt && shouldComplete(this.reachedEnd, firstScoreOf(state.lessons[lesson], checkIds))) markComplete(true);
    };

    document.addEventListener('sg:answered', () => {
      updateState((s) => setCheckCount(s, lesson, checks.length, now()));
      render();
      completeIfDone();
    });
    showAll.addEventListener('click', () => {
      const open = showAll.dataset['open'] !== 'true';
      for (const d of answers()) d.open = open;
      showAll.dataset['open'] = String(open);
      showAll.textContent = open ? words.hideAll : words.showAll;
    });
    complete.addEventListener('click', () => markComplete(!readState().lessons[lesson]?.completedAt));
    again.addEventListener('click', () => {
      updateState((s) => markReadAgain(s, lesson, now()));
      render();
      // Said only once the notice has gone (not, say, for a change dated later than today).
      status.textContent = notSavedText() || (again.hidden ? words.nowReadAgain : '');
      // The button has gone: the learner's place moves to the line that now says what is done.
      if (again.hidden) {
        completion.tabIndex = -1;
        completion.focus();
      }
    });
    retry.addEventListener('click', () => {
      updateState((s) => clearAnswers(s, lesson, now()));
      document.dispatchEvent(new Event('sg:retry'));
      status.textContent = notSavedText() || words.retried;
      render();
      checks[0]?.querySelector<HTMLInputElement>('input[type=radio]')?.focus();
    });
    // Another tab (or My learning) changed the progress.
    document.addEventListener('sg:state-replaced', render);
    this.hidden = false;
    render();
    new IntersectionObserver((entries, observer) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      this.reachedEnd = true;
      observer.disconnect();
      completeIfDone();
    }).observe(this);
  }
}
