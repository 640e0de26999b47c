/** The learner's nation chooser (src/components/NationChooser.astro). */
import { learnerUi } from '../ui-strings.ts';
import { worriedHref, type NationChoice } from '../shared/progress-store.ts';
import { currentNation, notSavedText, updateState } from './learner.ts';

export default function enhanceNationChooser(): void {
  const chooser = document.querySelector<HTMLElement>('[data-sg-nation-chooser]');
  if (!chooser) return;
  const inputs = [...chooser.querySelectorAll<HTMLInputElement>('input[name="sg-nation"]')];
  const sync = () => {
    const nation = currentNation();
    for (const input of inputs) input.checked = input.value === nation;
    const link = document.querySelector<HTMLAnchorElement>('[data-sg-worried-link]');
    if (link) link.href = worriedHref(nation);
  };
  for (const input of inputs) {
    input.addEventListener('change', () => {
      updateState((s) => ({ ...s, nation: input.value as NationChoice }));
      sync();
      const name = input.closest('label')?.textContent?.trim() ?? input.value;
      chooser.querySelector('[data-sg-nation-status]')!.textContent = notSavedText() || learnerUi.nation.saved(name);
    });
  }
  document.addEventListener('sg:state-replaced', sync);
  sync();
  chooser.hidden = false;
}
