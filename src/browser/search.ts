/** Starts Pagefind's default UI on the search page and runs the query from ?q=. */
import { GUIDES_URL, guideAnchorHref } from '../shared/guide-search.ts';
import { NATION_NAMES } from '../shared/vocab.ts';
import { currentNation } from './learner.ts';

/** The part of a Pagefind result the page rewrites (see Pagefind's `processResult`). */
interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}

interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => PagefindUIInstance;
  }
}

export function startSearch(): void {
  const root = document.querySelector<HTMLElement>('[data-sg-search]');
  if (!root || !window.PagefindUI) return;
  const ui = new window.PagefindUI({
    element: '#sg-search',
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    autofocus: false,
    processResult: sendGuidesToOwnNation,
    translations: { placeholder: 'Search lessons, terms and contacts', zero_results: 'No results for [SEARCH_TERM]. Try a shorter or different word.' },
  });
  watchForIndexFailure(root);
  announceResultCount(root);
  // Search works, so the "needs JavaScript" message no longer applies.
  document.querySelector<HTMLElement>('[data-sg-search-fallback]')?.remove();
  const query = new URLSearchParams(location.search).get('q');
  if (query) ui.triggerSearch(query);
  root.dataset['ready'] = 'true';
}

/**
 * The four nations' guides are indexed as one result at /worried/ (src/integrations/guide-search-record.ts).
 * With a nation chosen, that result opens the learner's own guide and shows only its steps;
 * without one, it opens the page that lists the four, and each step names its nation.
 */
export function sendGuidesToOwnNation(result: PagefindResultData): PagefindResultData {
  if (result.url !== GUIDES_URL) return result;
  const nation = currentNation();
  const url = nation === 'all' ? GUIDES_URL : `${GUIDES_URL}${nation}/`;
  const title = nation === 'all' ? result.meta['title'] : `${result.meta['title'] ?? ''} (${NATION_NAMES[nation]})`;
  const subResults = (result.sub_results ?? []).flatMap((sub) => {
    const anchor = sub.url.split('#')[1];
    const href = anchor ? guideAnchorHref(anchor) : undefined;
    // The page itself (no anchor) is the result; Pagefind leaves out a sub-result at the result's own address.
    if (!href) return [{ ...sub, url }];
    const subNation = anchor!.split('--')[0] as keyof typeof NATION_NAMES;
    if (nation !== 'all' && subNation !== nation) return [];
    return [{ ...sub, url: href, title: nation === 'all' ? `${NATION_NAMES[subNation]}: ${sub.title}` : sub.title }];
  });
  return { ...result, url, meta: { ...result.meta, title }, sub_results: subResults };
}

/**
 * Pagefind writes the result count into a plain paragraph, so a screen reader user typing a query
 * hears nothing. The page copies it, once the results settle, into its own polite status region.
 */
function announceResultCount(root: HTMLElement): void {
  const status = document.querySelector<HTMLElement>('[data-sg-search-status]');
  if (!status) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = '';
  new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const message = root.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '';
      // A failed search says so in its alert; "Searching…" is not a result.
      const text = root.hasAttribute('data-sg-search-failed') || !/\d|^No results/.test(message) ? '' : message;
      if (text === last) return;
      last = text;
      status.textContent = text;
    }, 600);
  }).observe(root, { childList: true, subtree: true, characterData: true });
}

/**
 * Pagefind reports an index file it cannot load (missing from the host, or offline without a stored
 * copy) only in the console, then shows "No results": on a safeguarding site a false "No results"
 * misleads. So the page watches for the failure itself and says search is not working.
 */
function watchForIndexFailure(root: HTMLElement): void {
  const fail = () => {
    root.dataset['sgSearchFailed'] = '';
    document.querySelector<HTMLElement>('[data-sg-search-error]')!.hidden = false;
  };
  const aboutIndex = (text: unknown) => /pagefind|index chunk|meta index/i.test(String(text));
  // Files Pagefind loads on the page (index chunks) that the host or the offline copy did not give.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceResourceTiming[]) {
      if (entry.name.includes('/pagefind/') && entry.responseStatus >= 400) fail();
    }
  }).observe({ type: 'resource', buffered: true });
  // Failures inside Pagefind: its worker's (metadata, WebAssembly) surface as unhandled errors,
  // and a chunk that could not be fetched at all only as a console error.
  addEventListener('unhandledrejection', (event) => aboutIndex((event.reason as Error)?.message ?? event.reason) && fail());
  addEventListener('error', (event) => aboutIndex(event.message) && fail());
  // Files the offline copy's worker could get from neither the host nor the store (Pagefind's own worker asked).
  navigator.serviceWorker?.addEventListener('message', (event: MessageEvent<{ type?: string; path?: string }>) => {
    if (event.data?.type === 'sg-missing' && event.data.path?.startsWith('/pagefind/')) fail();
  });
  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    if (/^Failed to load/.test(String(args[0])) && aboutIndex(args[0])) fail();
    consoleError(...args);
  };
}

export default startSearch;
