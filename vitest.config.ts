/// <reference types="vitest" />
import { getViteConfig } from 'astro/config';

/**
 * Unit tests, and component tests that render .astro components with Astro's container API
 * (tests/components/*.test.ts): getViteConfig gives Vitest the site's own Vite setup, so
 * components compile as they do in the build.
 */
export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
  },
});
