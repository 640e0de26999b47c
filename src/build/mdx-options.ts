import type { MdxOptions } from '@astrojs/mdx';
import { remarkReadMdx } from '../content-engine/mdx.mjs';
import { remarkSmartypants } from './smartypants.ts';

/**
 * What astro.config.mjs gives @astrojs/mdx, kept here so tests/mdx-reader.test.ts compiles with
 * exactly the same. Smart quotes come from src/build/smartypants.ts (Astro's own is off: the same
 * output in less time); remarkReadMdx hands each parsed lesson to the content validation, which
 * would otherwise parse it again.
 */
export const mdxOptions = { smartypants: false, remarkPlugins: [remarkSmartypants, remarkReadMdx] } satisfies Partial<MdxOptions>;
