// @ts-check
/**
 * Runs `astro build` for the project in argv[2] in this process, then prints the CPU time the
 * build used. The benchmark runs it as a child: wall time depends on what else the machine is
 * doing, CPU time much less so. (Pagefind's indexer runs in its own process and is not counted.)
 */
import { build } from 'astro';

const root = process.argv[2];
if (!root) throw new Error('build-child: give the project root as the first argument.');
await build({ root });
const { user, system } = process.cpuUsage();
console.log(`bench-cpu-ms ${Math.round((user + system) / 1000)}`);
process.exit(0);
