#!/usr/bin/env node
// @ts-check
/**
 * Writes the service worker into any built folder, as the build does (src/service-worker/write.mjs):
 *
 *   node scripts/write-service-worker.mjs dist
 */
import { relative } from 'node:path';
import { describe, writeServiceWorker } from '../src/service-worker/write.mjs';

{
  const dir = process.argv[2];
  if (!dir) {
    console.error('Usage: node scripts/write-service-worker.mjs <built site folder>, for example dist');
    process.exit(2);
  }
  try {
    const result = await writeServiceWorker(dir);
    console.log(`service worker: ${relative(process.cwd(), result.path)}: ${describe(result)}`);
  } catch (error) {
    console.error(`service worker: ${/** @type {Error} */ (error).message}`);
    process.exit(1);
  }
}
