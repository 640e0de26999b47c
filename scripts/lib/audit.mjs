// @ts-check
/** Reads the JSON that `npm audit --json` prints and decides whether it passes. */

/** Severities that fail the check. */
export const FAILING_SEVERITIES = ['high', 'critical'];

/**
 * @typedef {object} AuditVerdict
 * @property {'pass' | 'fail' | 'unavailable'} status  unavailable: the advisory service could not be asked
 * @property {string[]} lines  what to print, one finding a line
 */

/**
 * Judges an `npm audit --json` report.
 * @param {string} json  what npm printed on stdout
 * @returns {AuditVerdict}
 */
export function judgeAudit(json) {
  /** @type {any} */
  let report;
  try {
    report = JSON.parse(json);
  } catch {
    return { status: 'unavailable', lines: [`npm audit printed no JSON report: ${json.trim().slice(0, 200) || '(nothing)'}`] };
  }
  if (report.error) {
    const { code, summary } = report.error;
    const reason = report.message ?? (String(summary ?? '').split('\n')[0] || code || 'unknown error');
    return { status: 'unavailable', lines: [`npm audit could not get advisories: ${reason}`] };
  }
  /** @type {Record<string, any>} */
  const vulnerabilities = report.vulnerabilities ?? {};
  const failing = Object.values(vulnerabilities).filter((v) => FAILING_SEVERITIES.includes(v.severity));
  const lines = failing.map((v) => {
    const advisories = (v.via ?? [])
      .filter((/** @type {any} */ via) => typeof via === 'object')
      .map((/** @type {any} */ via) => `${via.title} (${via.url})`);
    const through = (v.via ?? []).filter((/** @type {any} */ via) => typeof via === 'string');
    const fix = v.fixAvailable === false ? 'no fix available yet' : v.fixAvailable === true ? 'fix: npm audit fix' : v.fixAvailable ? `fix: update ${v.fixAvailable.name} to ${v.fixAvailable.version}` : 'fix unknown';
    const what = advisories.length ? advisories.join('; ') : `through ${through.join(', ')}`;
    return `${v.name} ${v.range}: ${v.severity}: ${what}; ${fix}`;
  });
  return { status: failing.length > 0 ? 'fail' : 'pass', lines };
}
