// @ts-check
/**
 * The Node options `astro build` runs with, in `npm run build` (scripts/build.mjs) and in the
 * benchmark (scripts/lib/bench-measure.mjs), so the benchmark measures the build users run.
 * --expose-gc lets src/integrations/server-bundle.ts collect once after the server bundle, which
 * keeps the build's peak memory down on a large curriculum.
 */
export const ASTRO_NODE_FLAGS = ['--expose-gc'];
