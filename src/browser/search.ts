/** Starts Pagefind's default UI on the search page and runs the query from ?q=. */

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
    translations: { placeholder: 'Search lessons, terms and contacts', zero_results: 'No results for [SEARCH_TERM]. Try a shorter or different word.' },
  });
  watchForIndexFailure(root);
  // Search works, so the "needs JavaScript" message no longer applies.
  document.querySelector<HTMLElement>('[data-sg-search-fallback]')?.remove();
  const query = new URLSearchParams(location.search).get('q');
  if (query) ui.triggerSearch(query);
  root.dataset['ready'] = 'true';
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
