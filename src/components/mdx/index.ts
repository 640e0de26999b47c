/** The components authors use in lessons. Pages pass these to MDX, so lessons need no imports. */
import Scenario from './Scenario.astro';
import Reflect from './Reflect.astro';
import KnowledgeCheck from './KnowledgeCheck.astro';
import KeyPoints from './KeyPoints.astro';
import Callout from './Callout.astro';
import NationNote from './NationNote.astro';
import Contact from './Contact.astro';
import Term from './Term.astro';
import Cite from './Cite.astro';
import TrainerNote from './TrainerNote.astro';
import SafetyRule from './SafetyRule.astro';
import Table from './Table.astro';
import Branching from './Branching.astro';

export { Scenario, Reflect, KnowledgeCheck, KeyPoints, Callout, NationNote, Contact, Term, Cite, TrainerNote, SafetyRule, Branching };

/** Author components, plus Markdown's own tables (`table`), which get a scrolling region. */
export const mdxComponents = { Scenario, Reflect, KnowledgeCheck, KeyPoints, Callout, NationNote, Contact, Term, Cite, TrainerNote, SafetyRule, Branching, table: Table };
