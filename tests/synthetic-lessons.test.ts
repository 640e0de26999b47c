import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { seededRandom, sentenceCorpus, syntheticLesson } from '../scripts/lib/synthetic-lessons.mjs';
import { lintLesson } from '../src/content-engine/rules.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

describe('the scale test’s synthetic lessons', () => {
  const sentences = sentenceCorpus(ROOT);
  const ids = { references: ['kcsie-2025', 'iwf-annual-2024', 'ukcis-nudes-2024'], glossary: ['dsl', 'lado'], contacts: ['childline'] };

  it('have the shape and length of a real lesson, so the benchmark measures real work', () => {
    const source = syntheticLesson({ module: 10, lesson: 1, sentences, ids, random: seededRandom(1) });
    const { findings, words } = lintLesson({ file: 'synthetic.mdx', source, today: '2026-11-29' });
    expect(findings.filter((f) => f.rule !== 'length')).toEqual([]);
    expect(words).toBeGreaterThan(600);
    expect(words).toBeLessThan(2000);
    expect(source).toContain('<Scenario');
    expect(source.match(/<KnowledgeCheck/g)).toHaveLength(3);
  });

  it('are the same on every run', () => {
    const make = () => syntheticLesson({ module: 12, lesson: 7, sentences, ids, random: seededRandom(42) });
    expect(make()).toBe(make());
  });
});
