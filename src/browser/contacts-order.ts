/** On the contacts page, a learner who has chosen their nation sees its contacts first in each group. */
import { learnerUi } from '../ui-strings.ts';
import { currentNation } from './learner.ts';
import { NATION_NAMES } from '../shared/vocab.ts';

export default function orderContacts(): void {
  const nation = currentNation();
  const note = document.querySelector<HTMLElement>('[data-sg-nation-first]');
  const blocks = nation === 'all' ? [] : [...document.querySelectorAll<HTMLElement>(`section[data-kind] > [data-nation="${nation}"]`)];
  if (nation !== 'all' && note && blocks.length > 0) {
    for (const block of blocks) block.parentElement!.querySelector('h2')!.after(block);
    const link = document.createElement('a');
    link.href = '/my-learning/';
    link.textContent = learnerUi.nation.change;
    note.replaceChildren(`${learnerUi.nation.contactsFirst(NATION_NAMES[nation])} `, link, '.');
    note.hidden = false;
  }
}
