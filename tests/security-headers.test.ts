import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { astroCsp, cspHeader, headersFile, OTHER_HEADERS, HSTS } from '../config/security-headers.mjs';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('the security headers', () => {
  it('allow no inline script or style, and let Pagefind compile WebAssembly', () => {
    const policy = cspHeader();
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(policy).toContain("style-src 'self';");
  });

  it('public/_headers is the file config/security-headers.mjs writes (run npm run headers after a change)', () => {
    expect(read('public/_headers')).toBe(headersFile());
  });

  it('the README shows nginx the same headers', () => {
    const readme = read('README.md');
    expect(readme).toContain(`add_header Content-Security-Policy "${cspHeader()}" always;`);
    for (const [name, value] of Object.entries({ ...OTHER_HEADERS, ...HSTS })) expect(readme).toContain(`add_header ${name} "${value}" always;`);
  });

  it('the <meta> policy leaves out what a meta element cannot carry, and Astro adds script-src and style-src', () => {
    const csp = astroCsp();
    expect((csp.directives ?? []).some((d) => d.startsWith('frame-ancestors'))).toBe(false);
    expect((csp.directives ?? []).some((d) => d.startsWith('script-src') || d.startsWith('style-src'))).toBe(false);
    expect(csp.scriptDirective?.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });
});

describe('the browser tests', () => {
  it('every spec uses the shared fixture, so a policy violation or a foreign request fails it', () => {
    const specs = readdirSync(new URL('./', import.meta.url)).filter((f) => f.endsWith('.spec.ts'));
    expect(specs.length).toBeGreaterThan(3);
    const offenders = specs.filter((f) => !/from '\.\/support\/fixtures\.ts'/.test(read(`tests/${f}`)) || /import \{[^}]*\btest\b[^}]*\} from '@playwright\/test'/.test(read(`tests/${f}`)));
    expect(offenders, "import { test, expect } from './support/fixtures.ts' in these specs").toEqual([]);
  });
});
