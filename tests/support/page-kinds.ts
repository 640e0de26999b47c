/** One address for every kind of page the site builds, for checks that visit each kind once. */
import { guides, lessons, modules, pathways, searchableWord, standAlonePages } from './curriculum.ts';
import { pathwayIds, readPathway } from './pathways.ts';

const firstPathway = pathways()[0];
const firstGuide = guides()[0];
const firstLesson = lessons()[0];
/** The first pathway step of a kind with a page of its own (a choice of nation, or a guide walk-through). */
const stepPage = (kind: 'byNation' | 'guide') => pathwayIds().flatMap((id) => readPathway(id).steps).find((s) => s.kind === kind)?.url;
const nationStep = stepPage('byNation');
const guideStep = stepPage('guide');

/** Read from the content (tests/support/curriculum.ts), so editing the curriculum never breaks a check. */
export const PAGE_KINDS: Record<string, string> = {
  home: '/',
  'modules index': '/modules/',
  module: modules()[0]!.url,
  ...(firstLesson && { lesson: firstLesson.url, 'facilitator pack': `/modules/${firstLesson.module}/facilitator/`, 'presenter view': `${firstLesson.url}present/`, 'presenter notes': `${firstLesson.url}present/notes/` }),
  'pathways index': '/pathways/',
  ...(firstPathway && { pathway: firstPathway.url, 'pathway record': `${firstPathway.url}record/` }),
  ...(nationStep && { 'pathway step: choose a nation': nationStep }),
  ...(guideStep && { 'pathway step: walk through a guide': guideStep }),
  'my learning': '/my-learning/',
  glossary: '/glossary/',
  contacts: '/contacts/',
  sources: '/sources/',
  'search with a query': `/search/?q=${encodeURIComponent(searchableWord())}`,
  'guides index': '/worried/',
  ...(firstGuide && { guide: firstGuide.url }),
  'handouts index': '/handouts/',
  ...(firstGuide && { 'handout flowchart': `/handouts/worried/${firstGuide.nation}/` }),
  'handout form': '/handouts/record-of-concern/',
  ...(standAlonePages()[0] && { 'stand-alone page': standAlonePages()[0] }),
  'not found': '/no/such/page/',
};
