import type { AstroIntegration } from 'astro';

/** Where the component fixture is served, when it is built. */
export const FIXTURE_PATH = '/dev/';

/** Whether this build includes the fixtures: `npm run build:test` sets SG_FIXTURES=1; `astro dev` always does. */
export const withFixtures = (command: string, env: Record<string, string | undefined> = process.env) => command === 'dev' || env['SG_FIXTURES'] === '1';

/**
 * Pages that exist for tests and authors only (src/fixtures/): every author component in every
 * variant at /dev/components/, and a branching scenario at /dev/branching/ (and its slides at
 * /dev/branching/present/). Built by `npm run dev` and `npm run build:test` (which the browser
 * tests use), never by `npm run build`, so a deployed site does not ship them.
 */
export function testFixtures(): AstroIntegration {
  return {
    name: 'sg-test-fixtures',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (!withFixtures(command)) return;
        injectRoute({ pattern: `${FIXTURE_PATH}components`, entrypoint: new URL('../fixtures/components.astro', import.meta.url) });
        // A branching scenario and its presenter view, from src/fixtures/fixture-walk.yaml (tests/branching.spec.ts).
        injectRoute({ pattern: `${FIXTURE_PATH}branching`, entrypoint: new URL('../fixtures/branching.astro', import.meta.url) });
        injectRoute({ pattern: `${FIXTURE_PATH}branching/present`, entrypoint: new URL('../fixtures/branching-present.astro', import.meta.url) });
      },
    },
  };
}
