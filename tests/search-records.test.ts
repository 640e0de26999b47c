import { describe, expect, it } from 'vitest';
import { sentences } from '../src/integrations/pagefind.ts';

describe('a glossary term as a search record', () => {
  it('ends each part with one full stop, never two', () => {
    expect(sentences(['Grooming', 'Building trust to abuse. ', 'Also called: x, y'])).toBe('Grooming. Building trust to abuse. Also called: x, y.');
    expect(sentences(['FAQ?', 'Yes!'])).toBe('FAQ? Yes!');
  });
});
