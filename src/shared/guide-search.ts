/**
 * The four "Worried about a child?" guides are indexed as one search result
 * (src/integrations/guide-search-record.ts); the search page (src/browser/search.ts) sends it and
 * its sub-results to the right nation's guide. The addresses both sides agree on live here.
 */
import { NATIONS } from './vocab.ts';

/** The address the grouped guides are indexed under. */
export const GUIDES_URL = '/worried/';
/** The title of the grouped result. */
export const GUIDES_TITLE = 'Worried about a child? What to do now';

/** `scotland--outcome-image` → `/worried/scotland/#outcome-image`, `scotland--guide` → `/worried/scotland/`; anything else → undefined. */
export function guideAnchorHref(anchor: string): string | undefined {
  const match = /^([a-z-]+?)--(guide|(?:step|outcome)-.+)$/.exec(anchor);
  if (!match || !(NATIONS as readonly string[]).includes(match[1]!)) return undefined;
  return `${GUIDES_URL}${match[1]}/${match[2] === 'guide' ? '' : `#${match[2]}`}`;
}

