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
  // Search works, so the "needs JavaScript" message no longer applies.
  document.querySelector<HTMLElement>('[data-sg-search-fallback]')?.remove();
  const query = new URLSearchParams(location.search).get('q');
  if (query) ui.triggerSearch(query);
  root.dataset['ready'] = 'true';
}
