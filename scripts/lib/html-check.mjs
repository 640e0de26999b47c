// @ts-check
/** Validates every built page with html-validate, using the rules below. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { htmlFiles } from './links.mjs';

/**
 * html-validate's recommended rules, less two that judge how the markup looks rather than
 * whether it is valid. Every rule turned off says why.
 */
export const HTML_RULES = {
  extends: ['html-validate:recommended'],
  rules: {
    // The title is the page's name plus the site's name ("How live-streaming works – Safeguarding
    // children online"). Browsers and screen readers cope with long titles; a clear one matters more.
    'long-title': 'off',
    // The markup is generated: MDX leaves spaces at line ends, which change nothing a reader sees.
    'no-trailing-whitespace': 'off',
  },
};

/**
 * @typedef {object} HtmlProblem
 * @property {string} file    e.g. "dist/index.html"
 * @property {number} line
 * @property {number} column
 * @property {string} rule    the html-validate rule id
 * @property {string} message
 */

/**
 * Validates every .html file under `dist`.
 * @param {string} dist
 * @param {string} [label] how to name the folder in messages (default "dist")
 * @returns {Promise<{ pages: number, problems: HtmlProblem[] }>}
 */
export async function validateSite(dist, label = 'dist') {
  const validator = new HtmlValidate(new StaticConfigLoader(/** @type {import('html-validate').ConfigData} */ (HTML_RULES)));
  const files = htmlFiles(dist);
  /** @type {HtmlProblem[]} */
  const problems = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(join(dist, file), 'utf8'), `${label}/${file}`);
    for (const result of report.results) {
      for (const m of result.messages) {
        problems.push({ file: `${label}/${file}`, line: m.line, column: m.column, rule: m.ruleId, message: m.message });
      }
    }
  }
  return { pages: files.length, problems };
}

/**
 * One line per problem: "dist/index.html:1:20: [rule] message (https://html-validate.org/rules/rule.html)".
 * @param {HtmlProblem} p
 */
export function formatHtmlProblem(p) {
  return `${p.file}:${p.line}:${p.column}: [${p.rule}] ${p.message} (https://html-validate.org/rules/${p.rule}.html)`;
}
