#!/usr/bin/env node
// @ts-check
/**
 * Lists every lesson and page by review date, soonest first, so an editor can plan reviews.
 * Only lists: the content lint (npm run lint:content) is what fails on an overdue page.
 *
 *   node scripts/content-review.mjs [--today YYYY-MM-DD]
 */
import { readFileSync } from 'node:fs';
import { REVIEW_WARNING_DAYS, reviewSchedule } from '../src/content-engine/rules.mjs';
import { findContentFiles, todayFrom } from './lib/content-files.mjs';
import { splitFrontmatter } from '../src/content-engine/mdx.mjs';

const today = todayFrom(process.argv.slice(2));
const pages = findContentFiles('.')
  .filter((f) => f.kind !== 'module')
  .map(({ kind, file }) => {
    const { data } = splitFrontmatter(readFileSync(file, 'utf8'));
    return { file, kind, title: String(data['title'] ?? ''), lastReviewed: data['lastReviewed'], reviewDue: data['reviewDue'] };
  });

const rows = reviewSchedule(pages, today);
const header = ['status', 'review due', 'days left', 'last reviewed', 'kind', 'file'];
const table = [header, ...rows.map((r) => [r.status, r.reviewDue || '-', Number.isFinite(r.days) ? String(r.days) : '-', r.lastReviewed || '-', r.kind, r.file])];
const widths = header.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)));
for (const row of table) console.log(row.map((cell, i) => (i === 2 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd());
const overdue = rows.filter((r) => r.status === 'OVERDUE').length;
const soon = rows.filter((r) => r.status === 'due soon').length;
console.log(`\n${rows.length} pages as of ${today}: ${overdue} overdue, ${soon} due within ${REVIEW_WARNING_DAYS} days.`);
