/**
 * A static server for fault tests: it serves a built folder byte for byte with the site's own
 * headers, as `astro preview` does, and can be told to misbehave as real hosts do:
 * - 'truncate': send the first half of a file with status 200 and a matching Content-Length
 *   (a deploy still copying files);
 * - 'reset': drop the connection before answering (the network went away mid-visit);
 * - 'missing': answer 404 (a deploy that removed the file).
 * Faults are matched against each request while they are set, so a test can "fix the host".
 */
import { createServer, type IncomingMessage } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileForPath } from '../../scripts/lib/links.mjs';
import { previewHeaders } from '../../scripts/lib/security-headers.mjs';

export type Fault = 'truncate' | 'reset' | 'missing';
export interface FaultRule {
  /** Which requests misbehave: by address path, and the request (for example only the worker's fetches). */
  match: (path: string, request: IncomingMessage) => boolean;
  fault: Fault;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

/** A fetch the service worker makes (not a page loading a script or a document) has Sec-Fetch-Dest "empty". */
export const fromWorker = (request: IncomingMessage): boolean => request.headers['sec-fetch-dest'] === 'empty';

export async function startFaultServer(dir: string) {
  const rules: FaultRule[] = [];
  const served: { path: string; worker: boolean }[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    served.push({ path, worker: fromWorker(request) });
    const fault = rules.find((r) => r.match(path, request))?.fault;
    if (fault === 'reset') {
      request.socket.destroy();
      return;
    }
    let file = fault === 'missing' ? undefined : fileForPath(dir, path);
    let status = 200;
    if (!file) {
      file = join(dir, '404.html');
      status = 404;
    }
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    if (fault === 'truncate') body = body.subarray(0, Math.floor(body.length / 2));
    const headers: Record<string, string> = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache', ...previewHeaders() };
    headers['Content-Length'] = String(body.length);
    response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    /** The rules in force; push to break the host, empty it to fix it. */
    rules,
    /** Every address path requested, in order, and whether the worker asked for it. */
    served,
    /** Folder served (a test may switch it to a "new deploy"). */
    set dir(next: string) {
      dir = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
