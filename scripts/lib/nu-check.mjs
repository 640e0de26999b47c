// @ts-check
/**
 * Validates built pages with the W3C Nu Html Checker (vnu-jar from npm, run with the system's
 * Java 17 or newer). It catches what html-validate does not, such as a `<script>` after `</html>`
 * ("Stray start tag script"). Java takes seconds to start, so every page goes to ONE java run.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { htmlFiles } from './links.mjs';

const require = createRequire(import.meta.url);
/** The jar's path: vnu-jar exports it as a String object. */
const VNU_JAR = String(require('vnu-jar'));

/**
 * Messages left out, each with why. Everything else the checker says (an error, a warning or an
 * info-level warning) is a problem.
 * @type {{ pattern: RegExp, why: string }[]}
 */
export const NU_FILTERS = [
  {
    pattern: /^Resource violates Content Security Policy \(meta tag\)/,
    why: "The pages are checked as file: addresses, which never match the policy's 'self'. Served from the site's own address they load (tests/security-headers.spec.ts and the browser fixture fail a test on any policy violation).",
  },
];

/**
 * @typedef {object} NuProblem
 * @property {string} file    e.g. "dist/index.html"
 * @property {number} line
 * @property {number} column
 * @property {string} type    "error", "warning" or "info"
 * @property {string} message
 */

/** How to get Java where it is missing, for the messages below. */
export const JAVA_HINT =
  'The HTML check runs the W3C Nu validator, which needs Java 17 or newer. Install it (Debian or Ubuntu: sudo apt-get install default-jre-headless), or set JAVA to the java program.';

/**
 * Validates every .html file under `dist` in one Java run.
 * @param {string} dist
 * @param {string} [label] how to name the folder in messages (default "dist")
 * @returns {Promise<{ pages: number, problems: NuProblem[] }>}
 */
export async function nuValidateSite(dist, label = 'dist') {
  const files = htmlFiles(dist);
  if (files.length === 0) return { pages: 0, problems: [] };
  const java = process.env['JAVA'] || 'java';
  const result = await run(java, ['-jar', VNU_JAR, '--format', 'json', '--exit-zero-always', '--no-langdetect', ...files.map((f) => join(dist, f))]);
  if (result.error) throw new Error(`${JAVA_HINT} (${result.error.message})`);
  if (result.status !== 0) throw new Error(`the Nu validator stopped (exit ${result.status}): ${result.stderr.slice(0, 2000)}\n${JAVA_HINT}`);
  /** @type {{ messages: { type: string, subType?: string, url?: string, message: string, lastLine?: number, firstColumn?: number, lastColumn?: number }[] }} */
  let report;
  try {
    report = JSON.parse(result.stderr || result.stdout);
  } catch {
    throw new Error(`the Nu validator's report could not be read: ${(result.stderr || result.stdout).slice(0, 2000)}`);
  }
  const prefix = `file:${dist.endsWith('/') ? dist : `${dist}/`}`;
  /** @type {NuProblem[]} */
  const problems = [];
  for (const m of report.messages) {
    if (NU_FILTERS.some((f) => f.pattern.test(m.message))) continue;
    const url = m.url ?? '';
    const file = url.startsWith(prefix) ? `${label}/${decodeURI(url.slice(prefix.length))}` : url || label;
    const type = m.type === 'info' ? (m.subType === 'warning' ? 'warning' : 'info') : m.type;
    problems.push({ file, line: m.lastLine ?? 0, column: m.firstColumn ?? m.lastColumn ?? 0, type, message: m.message });
  }
  return { pages: files.length, problems };
}

/**
 * Runs a program without blocking the event loop (a test runner keeps talking to its workers).
 * @param {string} command
 * @param {string[]} args
 * @returns {Promise<{ status: number | null, stdout: string, stderr: string, error?: Error }>}
 */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => resolve({ status: null, stdout, stderr, error }));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/**
 * One line per problem: "dist/index.html:93:12: [nu error] Stray start tag “script”."
 * @param {NuProblem} p
 */
export function formatNuProblem(p) {
  return `${p.file}:${p.line}:${p.column}: [nu ${p.type}] ${p.message}`;
}
