/**
 * The offline copy as the service worker stores it: the built file list (sw-files.json), what a
 * learner's copy should hold by the worker's rules, and waiting until the worker has stored it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import { inGroup } from '../../src/service-worker/precache.mjs';
import { ui } from '../../src/ui-strings.ts';

export interface ListEntry {
  url: string;
  revision: string;
  bytes: number;
  optional?: boolean;
  core?: boolean;
  pages?: string[];
}
export interface OfflineList {
  wholeSiteAutomatic: boolean;
  files: ListEntry[];
  groups: Record<string, string[]>;
}

/** The file list of a built site. */
export const offlineList = (dir: string): OfflineList => JSON.parse(readFileSync(join(dir, 'sw-files.json'), 'utf8')) as OfflineList;

/**
 * What a learner's copy holds once the worker has finished: the core, the files of `group`
 * (a "/pathways/<id>/" or "/modules/<id>/" they opened), and everything when the whole site is
 * stored. Optional files are left out: a host may not serve them.
 */
export function expectedPaths(list: OfflineList, group?: string, whole = list.wholeSiteAutomatic): string[] {
  return list.files.filter((e) => !e.optional && (whole || e.core || (group !== undefined && inGroup(e, group, list.groups)))).map((e) => e.url);
}

/** Every address stored for offline use, without its revision. */
export const storedPaths = (page: Page): Promise<string[]> => page.evaluate(async () => (await (await caches.open('sg-precache')).keys()).map((r) => new URL(r.url).pathname));

/** Waits until every one of `paths` is stored. */
export async function waitForStored(page: Page, paths: string[], timeout = 60_000): Promise<void> {
  await expect
    .poll(
      async () => {
        const stored = new Set(await storedPaths(page));
        const missing = paths.filter((p) => !stored.has(p));
        return missing.length === 0 ? 'all stored' : `${missing.length} not stored yet, such as ${missing.slice(0, 3).join(', ')}`;
      },
      { timeout, message: 'the worker stores what the learner should have offline' },
    )
    .toBe('all stored');
}

/** The pages of a pathway's steps (lessons in the pathway), from the list. */
export const pathwaySteps = (list: OfflineList, group: string): string[] => list.files.map((e) => e.url).filter((url) => url.startsWith(group) && /^\/pathways\/[^/]+\/[^/]+\/[^/]+\/$/.test(url));

/** Whether the worker is storing files now: asked as the offline page asks it (its "sg-status" message). */
export const workerBusy = (page: Page): Promise<boolean> =>
  page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const sw = navigator.serviceWorker;
        const listen = (event: MessageEvent<{ type?: string; busy?: boolean }>) => {
          if (event.data?.type !== 'sg-offline') return;
          sw.removeEventListener('message', listen);
          resolve(event.data.busy === true);
        };
        sw.addEventListener('message', listen);
        sw.controller!.postMessage({ type: 'sg-status' });
      }),
  );

/**
 * Waits until the worker has finished storing in the background: not busy, and nothing new stored,
 * over a second. Going offline before then would cut its downloads off, and a test counting failed
 * requests would count them.
 */
export async function waitForWorkerIdle(page: Page, timeout = 90_000): Promise<void> {
  await expect
    .poll(
      async () => {
        const before = (await storedPaths(page)).length;
        if (await workerBusy(page)) return 'busy';
        await page.waitForTimeout(1_000);
        return !(await workerBusy(page)) && (await storedPaths(page)).length === before ? 'idle' : 'busy';
      },
      { timeout, intervals: [500], message: 'the worker finishes storing in the background' },
    )
    .toBe('idle');
}

/**
 * On /search/, offline, with the index files a search needs not stored: the alert says they are
 * not saved in this browser (the worker says so), never "No results".
 */
export async function expectSearchNotSavedOffline(page: Page): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search the curriculum' }).fill('child');
  const error = page.locator('[data-sg-search-error]');
  await expect(error).toBeVisible({ timeout: 20_000 });
  await expect(error).toContainText(ui.search.notSavedOffline);
  await expect(page.getByText(/^No results for/)).toBeHidden();
}
