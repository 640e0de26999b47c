// @ts-check
/**
 * Peak memory of a process and all its descendants together: the benchmark samples the resident
 * set (RSS) of every process in the tree from /proc about every 100 ms and keeps the highest sum.
 * A build is several processes (Node for Astro, Pagefind's indexer, esbuild), and what a machine
 * needs is the memory they hold at the same moment, not each one's own peak.
 *
 * Linux only (/proc); elsewhere `available` is false and the peak is reported as not measured.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export const available = existsSync('/proc/self/stat');
const PAGE_BYTES = 4096;

/**
 * Every process's parent, from /proc/<pid>/stat.
 * @returns {Map<number, number>} pid → parent pid
 */
function parents() {
  /** @type {Map<number, number>} */
  const map = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name is in brackets and may hold spaces: the fields after it are fixed.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return map;
}

/**
 * The summed RSS, in bytes, of `root` and all its descendants now.
 * @param {number} root
 */
export function treeRss(root) {
  const parentOf = parents();
  const inTree = new Set([root]);
  // Parents may be listed after their children: repeat until nothing new joins.
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of parentOf) {
      if (!inTree.has(pid) && inTree.has(parent)) {
        inTree.add(pid);
        grew = true;
      }
    }
  }
  let bytes = 0;
  for (const pid of inTree) {
    try {
      // statm: size resident shared text lib data dt, in pages.
      bytes += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
    } catch {
      // Ended meanwhile.
    }
  }
  return bytes;
}

/**
 * Starts sampling the tree under `root` (default: this process, so every child it starts counts).
 * `stop()` returns the highest sum seen, in bytes (NaN where /proc does not exist).
 * @param {number} [root]
 * @param {number} [intervalMs]
 * @returns {{ stop: () => number }}
 */
export function samplePeakMemory(root = process.pid, intervalMs = 100) {
  if (!available) return { stop: () => NaN };
  let peak = treeRss(root);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(root));
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, treeRss(root));
      return peak;
    },
  };
}
