// @ts-check
/**
 * What the offline copy downloads, read from a built site's file list (sw-files.json) with the
 * rules the service worker follows (src/service-worker/precache.mjs): after a first visit, the
 * core set and the learner's pathway or module (the largest one, the worst case), or the whole
 * site while it fits the automatic budget; and the whole site, offered on request. Counted as a
 * host sends the files (gzip, level 6; Pagefind's files as they are, being compressed already),
 * with the worker script and its file list included.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MANIFEST_FILE, offlineSizes, WORKER_FILE } from '../../src/service-worker/precache.mjs';

/** The budgets issue 23 sets for the automatic download after a first visit, in bytes. */
export const OFFLINE_BUDGET = { curriculum: 2_000_000, scale: 5_000_000 };

/**
 * @param {string} dist a built site
 * @returns {{ automatic: number, core: number, largestGroup: string, largestGroupBytes: number, whole: number, files: number, wholeSiteAutomatic: boolean, workerAndList: number } | undefined}
 */
export function offlineDownload(dist) {
  const listPath = join(dist, MANIFEST_FILE);
  const workerPath = join(dist, WORKER_FILE);
  if (!existsSync(listPath) || !existsSync(workerPath)) return undefined;
  const listText = readFileSync(listPath);
  const list = JSON.parse(listText.toString('utf8'));
  if (!Array.isArray(list.files)) return undefined;
  const sizes = offlineSizes(list);
  const workerAndList = gzipSync(readFileSync(workerPath), { level: 6 }).byteLength + gzipSync(listText, { level: 6 }).byteLength;
  return {
    automatic: sizes.automatic + workerAndList,
    core: sizes.core,
    largestGroup: sizes.largest.group,
    largestGroupBytes: sizes.largest.bytes - sizes.core,
    whole: sizes.whole + workerAndList,
    files: list.files.length,
    wholeSiteAutomatic: list.wholeSiteAutomatic,
    workerAndList,
  };
}

const mb = (/** @type {number} */ bytes) => `${(bytes / 1_000_000).toFixed(2)} MB`;

/**
 * The bench table's rows for one built site.
 * @param {ReturnType<typeof offlineDownload>} offline
 * @param {number} budget bytes
 * @param {string} prefix "" or "scale: … "
 * @returns {[string, string, string][]}
 */
export function offlineRows(offline, budget, prefix = '') {
  if (!offline) return [[`${prefix}offline: automatic download after a first visit`, 'n/a (no sw-files.json with a file list)', '']];
  const verdict = offline.automatic <= budget ? 'PASS' : 'FAIL';
  const what = offline.wholeSiteAutomatic
    ? 'the whole site (it fits the automatic budget)'
    : `core ${mb(offline.core)} + largest pathway or module ${mb(offline.largestGroupBytes)} (${offline.largestGroup})`;
  return [
    [`${prefix}offline: automatic download after a first visit`, `${mb(offline.automatic)} compressed: ${what}, + worker and file list ${mb(offline.workerAndList)}`, `<= ${mb(budget)}: ${verdict}`],
    [`${prefix}offline: whole site (${offline.files} files)`, `${mb(offline.whole)} compressed, ${offline.wholeSiteAutomatic ? 'stored automatically' : 'offered on request'}`, ''],
  ];
}
