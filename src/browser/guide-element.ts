/**
 * <sg-guide>: the "Worried about a child?" guide one question at a time. The page holds every
 * question and outcome, linked by anchors, so it works without JavaScript; this element shows one
 * node at a time and gives each its own address (#step-… or #outcome-…) in the browser's history,
 * so the browser's Back steps back one question and an outcome can be bookmarked or shared.
 */

/** What a history entry made by the guide remembers: the node shown and how many answers led to it. */
interface GuideState {
  sgGuide: string;
  /** Answers given since the guide was opened or started again; 0 means there is nothing to go back to. */
  sgDepth: number;
}
const isGuideState = (value: unknown): value is GuideState =>
  typeof value === 'object' && value !== null && typeof (value as GuideState).sgGuide === 'string' && typeof (value as GuideState).sgDepth === 'number';

export class SgGuide extends HTMLElement {
  private depth = 0;

  connectedCallback(): void {
    const start = this.dataset['start'];
    if (!start || this.hasAttribute('data-sg-guide-init')) return;
    this.setAttribute('data-sg-guide-init', '');
    this.querySelector<HTMLElement>('[data-sg-guide-controls]')!.hidden = false;
    for (const el of this.querySelectorAll<HTMLElement>('[data-sg-guide-static]')) el.hidden = true;
    // The section titles stay for screen readers, so the outline runs h1, h2, h3 with no gap.
    for (const el of this.querySelectorAll<HTMLElement>('[data-sg-guide-title]')) el.classList.add('sg-visually-hidden');

    this.addEventListener('click', (event) => {
      const target = (event.target as HTMLElement).closest<HTMLElement>('[data-next], [data-sg-guide-back], [data-sg-guide-restart]');
      if (!target) return;
      event.preventDefault();
      if (target.dataset['next']) this.go(target.dataset['next'], this.depth + 1);
      else if (target.hasAttribute('data-sg-guide-back')) this.back();
      else this.go(start, 0);
    });
    addEventListener('popstate', (event) => {
      // Another anchor on the page (the skip link) changes the address too: only guide addresses count.
      const id = isGuideState(event.state) ? event.state.sgGuide : this.nodeFromHash();
      if (!id) return;
      this.depth = isGuideState(event.state) ? event.state.sgDepth : 0;
      this.show(id, false);
      // After the browser has finished its own work on the history step (scrolling to the fragment), which would otherwise take focus back.
      setTimeout(() => this.node(id)?.querySelector<HTMLElement>('h3')?.focus());
    });

    // A bookmarked or shared address opens at its question or outcome.
    const opened = this.nodeFromHash();
    const first = opened ?? (isGuideState(history.state) ? history.state.sgGuide : start);
    this.depth = isGuideState(history.state) ? history.state.sgDepth : 0;
    history.replaceState({ sgGuide: first, sgDepth: this.depth } satisfies GuideState, '');
    this.show(first, opened !== undefined);
  }

  /** The node the address names (#step-… or #outcome-…), if it is one of this guide's. */
  private nodeFromHash(): string | undefined {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return undefined;
    const node = document.getElementById(id);
    return node && this.contains(node) ? node.dataset['node'] : undefined;
  }

  /** Shows a node as a new history entry with its own address. */
  private go(id: string, depth: number): void {
    const node = this.node(id);
    if (!node) return;
    this.depth = depth;
    history.pushState({ sgGuide: id, sgDepth: depth } satisfies GuideState, '', `#${node.id}`);
    this.show(id, true);
  }

  private back(): void {
    if (this.depth > 0) history.back();
  }

  private node(id: string): HTMLElement | undefined {
    return [...this.querySelectorAll<HTMLElement>('[data-node]')].find((n) => n.dataset['node'] === id);
  }

  private show(id: string, moveFocus: boolean): void {
    const shown = this.node(id) ?? this.node(this.dataset['start']!);
    if (!shown) return;
    for (const node of this.querySelectorAll<HTMLElement>('[data-node]')) node.hidden = node !== shown;
    this.querySelector<HTMLButtonElement>('[data-sg-guide-back]')!.disabled = this.depth < 1;
    if (moveFocus) shown.querySelector<HTMLElement>('h3')?.focus();
  }
}
