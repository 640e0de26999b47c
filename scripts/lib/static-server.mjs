// @ts-check
/**
 * A small static server for the benchmark: it serves a build the way a production host does,
 * with the security headers and with gzip or Brotli compression, so byte counts and Lighthouse
 * scores reflect what a reader downloads. Not for production use.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileForPath } from './links.mjs';
import { previewHeaders } from '../../config/security-headers.mjs';

const TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
});
/** Types a host compresses; Pagefind's index files are compressed already. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|manifest\+json)|image\/svg)/;

/**
 * Compresses as a typical host does: Brotli at quality 5 or gzip at level 6.
 * @param {Buffer} body
 * @param {'br' | 'gzip'} encoding
 */
export function compress(body, encoding) {
  return encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : gzipSync(body, { level: 6 });
}

/**
 * Starts serving `dist` on a free port.
 * @param {string} dist
 * @param {{ securityHeaders?: boolean }} [options] securityHeaders: false serves another site (the
 *   Starlight comparison), whose inline scripts this site's content security policy would block
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export function serveStatic(dist, { securityHeaders = true } = {}) {
  /** @type {Map<string, Buffer>} */
  const cache = new Map();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = fileForPath(dist, url.pathname);
    let status = 200;
    if (!path) {
      path = join(dist, '404.html');
      status = 404;
    }
    let body;
    try {
      body = readFileSync(path);
    } catch {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    /** @type {Record<string, string>} */
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache', ...(securityHeaders && previewHeaders()) };
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding = accepted.includes('br') ? 'br' : accepted.includes('gzip') ? 'gzip' : undefined;
    if (encoding && COMPRESSIBLE.test(type)) {
      const key = `${encoding}:${path}`;
      const cached = cache.get(key) ?? compress(body, encoding);
      cache.set(key, cached);
      body = cached;
      headers['Content-Encoding'] = encoding;
      headers['Vary'] = 'Accept-Encoding';
    }
    headers['Content-Length'] = String(body.length);
    response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
