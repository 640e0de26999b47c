import type { MdxOptions } from '@astrojs/mdx';
import { remarkReadMdx } from '../content-engine/mdx.mjs';
import { remarkSmartypants } from './smartypants.ts';

/**
 * The HTML elements that a lesson's component maps replace with a component of their own
 * (src/components/mdx/index.ts, present/index.ts, pack/index.ts). tests/mdx-options.test.ts
 * fails if a map replaces one not listed here.
 */
export const REPLACED_ELEMENTS = ['h2', 'table'];

/**
 * What astro.config.mjs gives @astrojs/mdx, kept here so tests/mdx-reader.test.ts compiles with
 * exactly the same. Smart quotes come from src/build/smartypants.ts (Astro's own is off: the same
 * output in less time); remarkReadMdx hands each parsed lesson to the content validation, which
 * would otherwise parse it again.
 *
 * `optimize` compiles a lesson's plain prose to HTML strings rather than one call per element:
 * the same pages, and about 200 MB less in the build's largest moment at 2,000 lessons (Rollup
 * holds every compiled lesson at once). Elements a component map replaces must stay calls, or the
 * replacement would be skipped in plain prose: hence REPLACED_ELEMENTS.
 */
export const mdxOptions = {
  smartypants: false,
  remarkPlugins: [remarkSmartypants, remarkReadMdx],
  optimize: { ignoreElementNames: REPLACED_ELEMENTS },
} satisfies Partial<MdxOptions>;
