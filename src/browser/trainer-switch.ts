/** The "trainer view" switch (src/components/TrainerViewSwitch.astro): shows or hides trainer notes in lessons. */
import { learnerUi } from '../ui-strings.ts';
import { notSavedText, readState, updateState } from './learner.ts';

export default function enhanceTrainerSwitch(): void {
  const box = document.querySelector<HTMLElement>('[data-sg-trainer-switch]');
  const input = box?.querySelector<HTMLInputElement>('input');
  if (!box || !input) return;
  const sync = () => {
    input.checked = readState().trainerView;
  };
  input.addEventListener('change', () => {
    updateState((s) => ({ ...s, trainerView: input.checked }));
    box.querySelector('[data-sg-trainer-status]')!.textContent = notSavedText() || (input.checked ? learnerUi.trainer.on : learnerUi.trainer.off);
  });
  document.addEventListener('sg:state-replaced', sync);
  sync();
  box.hidden = false;
}
