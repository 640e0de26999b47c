/** One address for every kind of page the site builds, for checks that visit each kind once. */
export const PAGE_KINDS: Record<string, string> = {
  home: '/',
  'modules index': '/modules/',
  module: '/modules/01-online-abuse-landscape/',
  lesson: '/modules/02-recognising-grooming/03-sexual-extortion/',
  'pathways index': '/pathways/',
  pathway: '/pathways/volunteer-induction/',
  glossary: '/glossary/',
  contacts: '/contacts/',
  sources: '/sources/',
  'search with a query': '/search/?q=grooming',
  'guides index': '/worried/',
  guide: '/worried/england/',
  'stand-alone page': '/wellbeing/',
  'not found': '/no/such/page/',
};
