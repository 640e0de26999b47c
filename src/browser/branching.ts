/**
 * <sg-branching>: a branching scenario one step at a time (src/components/branching/BranchingSteps.astro).
 * The page holds every step, linked by anchors, so it works without JavaScript; this shows the
 * step the learner has reached, the choices as buttons, Back and Start again, and at an outcome
 * "Your path": the choices made. Focus moves to each new step's heading, which a screen reader
 * reads, so there is no live region to say it twice. Nothing is stored and the address does not
 * change: the browser's Back leaves the page as it would without JavaScript.
 * Loaded by src/browser/page.ts only on a page that has a scenario.
 */
class SgBranching extends HTMLElement {
  /** The steps shown, from the start, and the choice that led to each after the first. */
  private trail: { step: string; choice?: string }[] = [];

  connectedCallback(): void {
    const start = this.dataset['start'];
    if (!start || this.classList.contains('sg-branching--js')) return;
    this.classList.add('sg-branching--js');
    for (const el of this.querySelectorAll<HTMLElement>('[data-sg-branching-static]')) el.hidden = true;
    this.el('controls').hidden = false;
    // A button beside each choice link; the link stays for printing (global.css).
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-next]')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sg-button';
      button.dataset['next'] = link.dataset['next'];
      button.textContent = link.textContent;
      link.hidden = true;
      link.after(button);
    }
    this.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest('button');
      if (!button) return;
      const next = button.dataset['next'];
      if (next) this.trail.push({ step: next, choice: button.textContent ?? '' });
      else if (button.hasAttribute('data-sg-branching-back')) this.trail.pop();
      else this.trail = [];
      this.show(true);
    });
    this.show(false);
  }

  private el(name: string): HTMLElement {
    return this.querySelector<HTMLElement>(`[data-sg-branching-${name}]`)!;
  }

  private show(moveFocus: boolean): void {
    if (this.trail.length === 0) this.trail = [{ step: this.dataset['start']! }];
    const current = this.trail.at(-1)!.step;
    let shown: HTMLElement | undefined;
    for (const step of this.querySelectorAll<HTMLElement>('[data-step]')) {
      step.hidden = step.dataset['step'] !== current;
      if (!step.hidden) shown = step;
    }
    const atOutcome = !shown?.querySelector('[data-next]');
    const path = this.el('path');
    path.hidden = !atOutcome;
    path.querySelector('ol')!.replaceChildren(
      ...this.trail.flatMap(({ choice }) => {
        if (!choice) return [];
        const li = document.createElement('li');
        li.textContent = choice;
        return [li];
      }),
    );
    // A decision is headed by its number: on this path, the count of steps taken so far.
    const number = shown?.querySelector('.sg-branching__number');
    if (number && !atOutcome) number.textContent = this.dataset['stepLabel']!.replace('{n}', String(this.trail.length));
    (this.querySelector<HTMLButtonElement>('[data-sg-branching-back]')!).disabled = this.trail.length < 2;
    if (moveFocus) shown?.querySelector<HTMLElement>('h4')?.focus();
  }
}

export default function enhance(): void {
  if (!customElements.get('sg-branching')) customElements.define('sg-branching', SgBranching);
}
