/** <sg-knowledge-check> (src/components/mdx/KnowledgeCheck.astro); defined by src/browser/page.ts. */
import { checkUi } from '../ui-strings-page.ts';
import { recordAnswer } from '../shared/progress-store.ts';
import { notSavedText, readState, updateState } from './learner.ts';

/**
 * Upgrades a knowledge check: enables the options, gives feedback on each choice, remembers
 * the answer for the lesson and clears it when the learner retries ("sg:retry" on document).
 */
export class SgKnowledgeCheck extends HTMLElement {
  connectedCallback() {
    const correct = Number(this.dataset['correct']);
    const check = this.dataset['checkId'] ?? '';
    const lesson = this.closest<HTMLElement>('[data-lesson-id]')?.dataset['lessonId'];
    const inputs = [...this.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    for (const input of inputs) {
      input.disabled = false;
      input.addEventListener('change', () => {
        const choice = Number(input.value);
        const right = choice === correct;
        if (lesson) updateState((s) => recordAnswer(s, lesson, check, { choice, correct: right }, new Date()));
        this.showFeedback(input, right);
        this.dispatchEvent(new CustomEvent('sg:answered', { bubbles: true, detail: { correct: right, check, choice } }));
      });
    }
    const restore = () => {
      const saved = lesson ? readState().lessons[lesson]?.answers[check] : undefined;
      const savedInput = saved ? inputs[saved.choice] : undefined;
      if (saved && savedInput) {
        savedInput.checked = true;
        this.showFeedback(savedInput, saved.correct, true);
      } else this.clear(inputs);
    };
    restore();
    document.addEventListener('sg:retry', () => this.clear(inputs));
    // An answer given (or cleared) in another tab.
    document.addEventListener('sg:state-replaced', restore);
  }

  private clear(inputs: HTMLInputElement[]) {
    for (const input of inputs) input.checked = false;
    this.showFeedback(undefined, false);
  }

  /** Shows why the choice is right or wrong; a restored answer is shown without being announced. */
  private showFeedback(input: HTMLInputElement | undefined, right: boolean, quietly = false) {
    const feedback = this.querySelector<HTMLElement>('.sg-kc__feedback');
    if (!feedback) return;
    if (quietly) feedback.removeAttribute('aria-live');
    if (input) {
      feedback.dataset['result'] = right ? 'correct' : 'incorrect';
      // A restored answer was saved; a new one may not have been, and the learner must know.
      feedback.textContent = `${right ? checkUi.correct : checkUi.incorrect} ${input.dataset['feedback'] ?? ''} ${quietly ? '' : notSavedText()}`.trim();
    } else {
      delete feedback.dataset['result'];
      feedback.textContent = '';
    }
    if (quietly) requestAnimationFrame(() => feedback.setAttribute('aria-live', 'polite'));
  }
}
