import { describe, expect, it } from 'vitest';
import { judgeAudit } from '../scripts/lib/audit.mjs';

/** The shape of `npm audit --json` (report version 2). */
const report = (vulnerabilities: Record<string, unknown>) => JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: {} });

describe('the dependency audit', () => {
  it('fails on a high advisory, naming the package, the advisory and the fix', () => {
    const json = report({
      'path-to-regexp': {
        name: 'path-to-regexp',
        severity: 'high',
        via: [{ title: 'path-to-regexp outputs backtracking regular expressions', url: 'https://github.com/advisories/GHSA-9wv6-86v2-598j', severity: 'high' }],
        range: '4.0.0 - 6.2.2',
        fixAvailable: { name: 'astro', version: '5.18.3', isSemVerMajor: false },
      },
      astro: { name: 'astro', severity: 'high', via: ['path-to-regexp'], range: '<=5.18.2', fixAvailable: true },
    });
    expect(judgeAudit(json)).toEqual({
      status: 'fail',
      lines: [
        'path-to-regexp 4.0.0 - 6.2.2: high: path-to-regexp outputs backtracking regular expressions (https://github.com/advisories/GHSA-9wv6-86v2-598j); fix: update astro to 5.18.3',
        'astro <=5.18.2: high: through path-to-regexp; fix: npm audit fix',
      ],
    });
  });

  it('fails on a critical advisory with no fix', () => {
    const json = report({ yaml: { name: 'yaml', severity: 'critical', via: [{ title: 'x', url: 'u' }], range: '2.0.0', fixAvailable: false } });
    expect(judgeAudit(json)).toEqual({ status: 'fail', lines: ['yaml 2.0.0: critical: x (u); no fix available yet'] });
  });

  it('passes low and moderate advisories', () => {
    const json = report({ a: { name: 'a', severity: 'moderate', via: [], range: '1', fixAvailable: true }, b: { name: 'b', severity: 'low', via: [], range: '1', fixAvailable: true } });
    expect(judgeAudit(json)).toEqual({ status: 'pass', lines: [] });
  });

  it('says so when the advisory service cannot be reached', () => {
    const json = JSON.stringify({ message: '405 Method Not Allowed - POST /-/npm/v1/security/advisories/bulk', statusCode: 405, error: { summary: '', detail: '' } });
    expect(judgeAudit(json)).toEqual({ status: 'unavailable', lines: ['npm audit could not get advisories: 405 Method Not Allowed - POST /-/npm/v1/security/advisories/bulk'] });
    expect(judgeAudit('').status).toBe('unavailable');
  });
});
