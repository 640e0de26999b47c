import { test, expect } from '@playwright/test';

/**
 * The words learners are likely to type, and the lessons each must find near the top.
 * Runs Pagefind's own API in the browser against the built index.
 */
const EXPECTED: { query: string; finds: string[] }[] = [
  { query: 'live stream', finds: ['/modules/03-live-streaming/01-how-live-streaming-works/'] },
  { query: 'gifts', finds: ['/modules/03-live-streaming/'] },
  { query: 'capping', finds: ['/modules/03-live-streaming/02-how-streams-are-misused/'] },
  { query: 'Report Remove', finds: ['/modules/03-live-streaming/05-responding-and-reporting/'] },
  { query: 'end-to-end', finds: ['/modules/04-encryption/01-encryption-in-plain-words/'] },
  { query: 'hash', finds: ['/modules/04-encryption/02-what-platforms-and-police-can-see/'] },
  { query: 'WhatsApp', finds: ['/modules/04-encryption/'] },
  { query: 'Online Safety Act', finds: ['/modules/04-encryption/03-the-debate-and-the-law/'] },
  { query: 'disclosure', finds: ['/modules/05-responding-to-disclosure/'] },
  { query: 'LADO', finds: ['/modules/08-concerns-about-adults/02-the-lado-and-designated-officers/'] },
  { query: 'FGM', finds: ['/modules/07-duty-to-refer/06-specific-duties-and-escalation/'] },
  { query: 'DBS', finds: ['/modules/07-duty-to-refer/06-specific-duties-and-escalation/', '/modules/08-concerns-about-adults/04-safer-online-conduct-and-barring/'] },
  { query: 'Scotland referral', finds: ['/modules/07-duty-to-refer/04-scotland/'] },
  { query: 'grooming', finds: ['/modules/02-recognising-grooming/02-grooming-as-a-process/'] },
  { query: 'sexual extortion', finds: ['/modules/02-recognising-grooming/03-sexual-extortion/'] },
  { query: 'CSAM', finds: ['/modules/01-online-abuse-landscape/'] },
  { query: 'nudes', finds: ['/modules/02-recognising-grooming/04-image-sharing-between-children/'] },
];

const TOP = 6;

test('each key term finds the right lessons among the first results', async ({ page }) => {
  await page.goto('/search/');
  const misses: string[] = [];
  for (const { query, finds } of EXPECTED) {
    const urls = await page.evaluate(
      async ({ query, top }) => {
        const path = '/pagefind/pagefind.js';
        const pagefind = await import(path);
        const search = await pagefind.search(query);
        const data = await Promise.all(search.results.slice(0, top).map((r: { data: () => Promise<{ url: string }> }) => r.data()));
        return data.map((d) => d.url);
      },
      { query, top: TOP },
    );
    for (const expected of finds) {
      if (!urls.some((url) => url.startsWith(expected))) misses.push(`"${query}" did not find ${expected} in its first ${TOP} results: ${urls.join(', ')}`);
    }
  }
  expect(misses).toEqual([]);
});
