/**
 * The MDX compiler turns plain prose into HTML strings (`optimize`), which skips any component a
 * map puts in place of an HTML element, unless that element is listed in REPLACED_ELEMENTS.
 */
import { describe, expect, it } from 'vitest';
import { mdxOptions, REPLACED_ELEMENTS } from '../src/build/mdx-options.ts';
import { mdxComponents } from '../src/components/mdx/index.ts';
import { presentComponents } from '../src/components/present/index.ts';
import { packComponents } from '../src/components/pack/index.ts';

const maps = { 'src/components/mdx/index.ts': mdxComponents, 'src/components/present/index.ts': presentComponents, 'src/components/pack/index.ts': packComponents };

describe('the MDX options', () => {
  it.each(Object.entries(maps))('every HTML element that %s replaces stays a component call', (file, map) => {
    // Components are capitalised (Scenario); HTML elements are not (h2, table).
    const elements = Object.keys(map).filter((name) => /^[a-z]/.test(name));
    const missing = elements.filter((name) => !REPLACED_ELEMENTS.includes(name));
    expect(missing, `${file} replaces ${missing.join(', ')}: add ${missing.length === 1 ? 'it' : 'them'} to REPLACED_ELEMENTS in src/build/mdx-options.ts`).toEqual([]);
  });

  it('keeps the listed elements out of the prose compiled to HTML', () => {
    expect(mdxOptions.optimize.ignoreElementNames).toBe(REPLACED_ELEMENTS);
  });
});
