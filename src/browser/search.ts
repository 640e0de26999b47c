/**
 * The search page's own small UI on Pagefind's JS API (src/pages/search.astro holds the form, the
 * wording and the empty result list). It searches as the learner types, keeps ?q= in the address,
 * fetches the data of only the results it shows (five at a time), and loads the filter lists only
 * when "Filter results" is opened: a search downloads only what it shows.
 * Pagefind runs on the page, not in a worker of its own: the index is small, the worker script
 * would be a second download of the same engine, and the page sees every file it fetches.
 */
import { GUIDES_URL, guideAnchorHref } from '../shared/guide-search.ts';
import { NATION_NAMES } from '../shared/vocab.ts';
import { currentNation } from './learner.ts';

/** The part of a Pagefind result's data the page shows or rewrites (see Pagefind's `result.data()`). */
interface PagefindResultData {
  url: string;
  excerpt?: string;
  meta: Record<string, string | undefined>;
  sub_results?: { url: string; title: string; excerpt: string; locations?: number[] }[];
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
type Filters = Record<string, { any: string[] }>;
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options: { filters: Filters }): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Results shown at first and added by "Show more results"; sub-results shown under each. */
const PAGE = 5;
const SUBS = 3;
/** Typing pauses this long before a search runs. */
const TYPING_MS = 250;
/** Results settle this long before their count is read out, so a screen reader is not interrupted at every word. */
const SETTLE_MS = 700;
const PAGEFIND = '/pagefind/pagefind.js';

export function startSearch(): void {
  const root = document.querySelector<HTMLElement>('[data-sg-search]');
  if (!root) return;
  const get = <T extends HTMLElement>(name: string) => document.querySelector<T>(`[data-sg-search-${name}]`)!;
  const form = get<HTMLFormElement>('form');
  const input = form.querySelector('input')!;
  const details = get<HTMLDetailsElement>('filters');
  const message = get('message');
  const list = get('results');
  const more = get<HTMLButtonElement>('more');
  const status = get('status');
  const words = root.dataset as Record<'one' | 'many' | 'none' | 'searching', string>;

  let engine: Promise<Pagefind> | undefined;
  const load = () =>
    (engine ??= import(/* @vite-ignore */ PAGEFIND).then(async (pagefind: Pagefind) => {
      await pagefind.options({ noWorker: true, excerptEllipsis: '…' });
      await pagefind.init();
      return pagefind;
    }));

  /**
   * Pagefind shows an index file it could not load (missing from the host, or offline without a
   * stored copy) only as fewer results, and on a safeguarding site a false "No results" misleads:
   * the page says search is not working instead, and hides the count.
   */
  const fail = (notSaved?: boolean) => {
    const error = get('error');
    // Offline, before the whole site was saved: the index is not broken, only not stored yet.
    if (notSaved) error.firstElementChild!.textContent = error.dataset['notSaved']!;
    root.dataset['sgSearchFailed'] = '';
    error.hidden = false;
    status.textContent = '';
  };
  new PerformanceObserver((entries) => {
    for (const entry of entries.getEntries() as PerformanceResourceTiming[]) if (entry.name.includes('/pagefind/') && entry.responseStatus >= 400) fail();
  }).observe({ type: 'resource', buffered: true });
  // Files the offline copy's worker could get from neither the host nor the store.
  navigator.serviceWorker?.addEventListener('message', (event: MessageEvent<{ type?: string; path?: string; notSaved?: boolean }>) => {
    if (event.data?.type === 'sg-missing' && event.data.path?.startsWith('/pagefind/')) fail(event.data.notSaved);
  });

  let run = 0;
  let results: PagefindResult[] = [];
  let shown = 0;
  let typing: ReturnType<typeof setTimeout> | undefined;
  let settle: ReturnType<typeof setTimeout> | undefined;

  const link = (href: string, text: string) => Object.assign(document.createElement('a'), { href, textContent: text });
  const wrap = (child: Node, tag = 'li') => {
    const element = document.createElement(tag);
    element.append(child);
    return element;
  };
  const item = (data: PagefindResultData) => {
    const li = wrap(wrap(link(data.url, data.meta['title'] || data.url), 'h2'));
    li.className = 'sg-search-result';
    if (data.excerpt) {
      // Pagefind escapes the page's text, so the excerpt's only markup is its <mark> highlights.
      const excerpt = document.createElement('p');
      excerpt.innerHTML = data.excerpt;
      li.append(excerpt);
    }
    // The headings with most matches, in page order, leaving out the page itself.
    const subs = (data.sub_results ?? []).filter((sub) => sub.url !== data.url);
    const best = [...subs].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0)).slice(0, SUBS);
    if (best.length) {
      const nested = document.createElement('ul');
      for (const sub of subs) if (best.includes(sub)) nested.append(wrap(link(sub.url, sub.title)));
      li.append(nested);
    }
    return li;
  };

  /** Fetches the data of the next results and shows them; the first of them, or undefined when a newer search replaced this one. */
  const show = async (id: number, from: number) => {
    const next = results.slice(from, from + PAGE);
    const items = (await Promise.all(next.map((r) => r.data()))).map((data) => item(sendGuidesToOwnNation(data)));
    if (id !== run) return undefined;
    if (from) list.append(...items);
    else list.replaceChildren(...items);
    shown = from + next.length;
    more.hidden = shown >= results.length;
    return items[0];
  };

  const filters = () => {
    const chosen: Filters = {};
    for (const box of details.querySelectorAll<HTMLInputElement>('input:checked')) (chosen[box.name] ??= { any: [] }).any.push(box.value);
    return chosen;
  };

  const search = async (now = false) => {
    const id = ++run;
    clearTimeout(typing);
    clearTimeout(settle);
    const term = input.value.trim();
    const address = new URL(location.href);
    if (term) address.searchParams.set('q', term);
    else address.searchParams.delete('q');
    history.replaceState(history.state, '', address);
    if (!term) {
      list.replaceChildren();
      message.textContent = status.textContent = '';
      more.hidden = true;
      return;
    }
    const slow = setTimeout(() => id === run && (message.textContent = words.searching), 400);
    try {
      const found = await (await load()).search(term, { filters: filters() });
      if (id !== run || !found) return;
      results = found.results;
      await show(id, 0);
      if (id !== run) return;
      const count = results.length;
      message.textContent = (count ? (count === 1 ? words.one : words.many) : words.none).replace('[COUNT]', String(count)).replace('[TERM]', term);
      settle = setTimeout(() => (status.textContent = root.hasAttribute('data-sg-search-failed') ? '' : message.textContent), now ? 0 : SETTLE_MS);
    } catch {
      fail();
    } finally {
      clearTimeout(slow);
    }
  };

  // Pagefind starts loading its engine and index list as soon as the learner is about to type.
  const preload = () => void load().catch(() => undefined);
  input.addEventListener('focus', preload, { once: true });
  input.addEventListener('input', () => {
    preload();
    clearTimeout(typing);
    typing = setTimeout(search, TYPING_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search(true);
  });
  more.addEventListener('click', async () => {
    const id = run;
    try {
      (await show(id, shown))?.querySelector('a')?.focus();
    } catch {
      fail();
    }
  });

  details.hidden = false;
  details.addEventListener('change', () => void search(true));
  details.addEventListener(
    'toggle',
    async () => {
      try {
        const all = await (await load()).filters();
        for (const group of details.querySelectorAll<HTMLFieldSetElement>('fieldset[data-filter]')) {
          const name = group.dataset['filter']!;
          const values = Object.keys(all[name] ?? {}).sort((a, b) => a.localeCompare(b, 'en-GB', { numeric: true }));
          for (const value of values) {
            const label = document.createElement('label');
            label.append(Object.assign(document.createElement('input'), { type: 'checkbox', name, value }), value);
            group.append(label);
          }
          group.hidden = !values.length;
        }
        get('filters-loading').remove();
      } catch {
        fail();
      }
    },
    { once: true },
  );

  // Search works, so the "needs JavaScript" message no longer applies.
  get('fallback').remove();
  // A term typed while this script was still loading (a slow connection) had no listener to hear it,
  // so it is searched now; otherwise the address's ?q= is.
  if (!input.value.trim()) input.value = new URLSearchParams(location.search).get('q') ?? '';
  if (input.value.trim()) void search(true);
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
    // The page itself (no anchor) is the result; the list leaves out a sub-result at the result's own address.
    if (!href) return [{ ...sub, url }];
    const subNation = anchor!.split('--')[0] as keyof typeof NATION_NAMES;
    if (nation !== 'all' && subNation !== nation) return [];
    return [{ ...sub, url: href, title: nation === 'all' ? `${NATION_NAMES[subNation]}: ${sub.title}` : sub.title }];
  });
  return { ...result, url, meta: { ...result.meta, title }, sub_results: subResults };
}

export default startSearch;
