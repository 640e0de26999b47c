// @ts-check
/**
 * Runs `astro build` for the project in argv[2] in this process. The benchmark runs it as a child
 * (with SG_INDEX_AFTER_BUILD=1, as `npm run build` does), then scripts/finish-build.mjs for the
 * search index and the service worker, and reads the CPU time of both from /proc.
 */
import { build } from 'astro';

const root = process.argv[2];
if (!root) throw new Error('build-child: give the project root as the first argument.');
await build({ root });
process.exit(0);
