/**
 * A stand-in learning system for tests/scorm.spec.ts: builds a pathway's SCORM package from the
 * current dist/, unzips it, and serves it beside a parent page that hosts a real SCORM 1.2 runtime
 * (scorm-again, from node_modules) as `window.API` and opens the package's launch page (the
 * manifest's SCO) in a frame, as Moodle does. The runtime records every value the package sets.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { unzipSync } from 'fflate';

const ROOT = new URL('../../', import.meta.url).pathname;
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.xml': 'application/xml', '.json': 'application/json' };

/** The parent page: the runtime, a log of what it received, and the package's SCO in a frame. Saved data to resume from comes in the address's hash. */
const PARENT = (launch: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test learning system</title>
<script src="scorm12.js"></script>
<script>
  window.received = [];
  const api = new Scorm12API({ lmsCommitUrl: false, autocommit: false, logLevel: 5 });
  if (location.hash.length > 1) api.loadFromJSON(JSON.parse(decodeURIComponent(location.hash.slice(1))), 'cmi');
  for (const name of ['LMSInitialize', 'LMSCommit', 'LMSFinish']) api.on(name, () => window.received.push([name]));
  api.on('LMSSetValue.cmi.*', (element, value) => window.received.push(['LMSSetValue', element, value]));
  window.API = api;
</script></head>
<body><iframe id="sco" title="Course" style="width:100%;height:90vh" src="../package/${launch}"></iframe></body></html>`;

export interface Lms {
  origin: string;
  /** The SCO's launch page, from the manifest. */
  launch: string;
  manifest: string;
  close: () => Promise<void>;
}

/** Packages `pathway` from dist/ and serves it; the package zip is unpacked under a temporary folder. */
export async function startLms(pathway: string): Promise<Lms> {
  const dir = mkdtempSync(join(tmpdir(), 'sg-scorm-'));
  const result = spawnSync(process.execPath, ['scripts/package-scorm.mjs', pathway], { cwd: ROOT, env: { ...process.env, SG_SCORM_OUT: dir, SITE_URL: '' }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run package:scorm failed:\n${result.stdout}\n${result.stderr}`);
  const files = unzipSync(readFileSync(join(dir, `${pathway}.zip`)));
  const pkg = join(dir, 'package');
  for (const [name, bytes] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(pkg, name)), { recursive: true });
    writeFileSync(join(pkg, name), bytes);
  }
  const manifest = readFileSync(join(pkg, 'imsmanifest.xml'), 'utf8');
  const launch = /adlcp:scormtype="sco"[^>]*href="([^"]+)"/.exec(manifest)?.[1];
  if (!launch) throw new Error(`${pathway}.zip: imsmanifest.xml names no SCO launch page`);
  const runtime = readFileSync(join(ROOT, 'node_modules/scorm-again/dist/scorm12.js'));
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    let body: Buffer | string | undefined;
    if (path === '/lms/' || path === '/lms/index.html') body = PARENT(launch);
    else if (path === '/lms/scorm12.js') body = runtime;
    else if (path.startsWith('/package/')) {
      try {
        body = readFileSync(join(pkg, path.slice('/package/'.length)));
      } catch {
        body = undefined;
      }
    }
    if (body === undefined) response.writeHead(404).end();
    else response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? (path.endsWith('/') ? TYPES['.html']! : 'application/octet-stream'), 'Cache-Control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, launch, manifest, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
