#!/usr/bin/env node
// @ts-check
/**
 * `npm audit --omit=dev`: fails on any high or critical advisory in the packages the site
 * ships. When the advisory service cannot be reached (a closed network, a registry mirror
 * without the audit endpoint) it says so plainly and passes, unless AUDIT_REQUIRED=1.
 *
 *   node scripts/check-audit.mjs
 */
import { spawnSync } from 'node:child_process';
import { judgeAudit } from './lib/audit.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = spawnSync(npm, ['audit', '--omit=dev', '--json', '--fetch-retries=0', '--fetch-timeout=20000'], { encoding: 'utf8' });
const verdict = judgeAudit(run.stdout ?? '');
for (const line of verdict.lines) console.log(`check-audit: ${line}`);

if (verdict.status === 'unavailable') {
  const required = process.env['AUDIT_REQUIRED'] === '1';
  console.log(`check-audit: the audit did not run, so no advisory was checked.${required ? ' AUDIT_REQUIRED=1, so this fails.' : ' Run it again with network access (AUDIT_REQUIRED=1 makes this a failure).'}`);
  process.exit(required ? 1 : 0);
}
console.log(`check-audit: ${verdict.status === 'pass' ? 'no high or critical advisory in the production dependencies' : `${verdict.lines.length} high or critical advisor${verdict.lines.length === 1 ? 'y' : 'ies'}: update the packages above, or explain in README why one cannot be fixed`}.`);
process.exit(verdict.status === 'pass' ? 0 : 1);
