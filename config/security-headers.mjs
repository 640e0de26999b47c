// @ts-check
/**
 * The site's content security policy and other security headers, defined once. They reach a
 * reader three ways, all from this file:
 * - a <meta> policy in every page, written by Astro's `experimental.csp` (astro.config.mjs);
 * - public/_headers, for hosts that read that file (Netlify, Cloudflare Pages), checked against
 *   this file by tests/security-headers.test.ts; the README shows the same headers for nginx;
 * - the preview server that the browser tests run against (astro.config.mjs `server.headers`),
 *   so every browser test runs with the policy on.
 *
 * Every script is an external file from the site itself (astro.config.mjs stops Vite inlining
 * small scripts), so one fixed policy serves every page: no 'unsafe-inline', no per-page hashes.
 */

/** Each directive and its sources. Pagefind compiles its search index reader from WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval'). */
export const CSP_DIRECTIVES = /** @type {const} */ ({
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
});

/** Directives a browser ignores (with a console warning) when they come in a <meta> element. */
const HEADER_ONLY = ['frame-ancestors'];

/** The policy as a header value. */
export function cspHeader() {
  return Object.entries(CSP_DIRECTIVES)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The headers every response carries, besides the policy. */
export const OTHER_HEADERS = /** @type {const} */ ({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
});

/** Only over HTTPS, so only for real hosts (a preview on http://localhost never sends it). */
export const HSTS = { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' };

/** Every header for a page, as the preview server sends them. */
export function previewHeaders() {
  return { 'Content-Security-Policy': cspHeader(), ...OTHER_HEADERS };
}

/**
 * The `experimental.csp` setting for astro.config.mjs: the same policy, as a <meta> in each page.
 * @returns {Exclude<NonNullable<NonNullable<import('astro').AstroUserConfig['experimental']>['csp']>, boolean>}
 */
export function astroCsp() {
  const directives = Object.entries(CSP_DIRECTIVES)
    .filter(([name]) => name !== 'script-src' && name !== 'style-src' && !HEADER_ONLY.includes(name))
    .map(([name, sources]) => /** @type {any} */ (`${name} ${sources.join(' ')}`));
  return {
    algorithm: /** @type {const} */ ('SHA-256'),
    directives,
    scriptDirective: { resources: [...CSP_DIRECTIVES['script-src']] },
    styleDirective: { resources: [...CSP_DIRECTIVES['style-src']] },
  };
}

/** public/_headers, in the format Netlify and Cloudflare Pages read. */
export function headersFile() {
  const all = { 'Content-Security-Policy': cspHeader(), ...OTHER_HEADERS, ...HSTS };
  return [
    '# Security headers for static hosts that read _headers (Netlify, Cloudflare Pages).',
    '# Generated from config/security-headers.mjs: change it there, then run npm run headers.',
    '/*',
    ...Object.entries(all).map(([name, value]) => `  ${name}: ${value}`),
    '',
    '# Built assets have a content hash in their name, so they never change.',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
