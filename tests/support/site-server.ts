/**
 * Starts the server `npm run serve` uses (astro preview) for any built folder, on a port of its
 * own, so a test can stop it ("the network is gone") or serve a changed copy of the site.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ASTRO = fileURLToPath(new URL('../../node_modules/astro/astro.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface SiteServer {
  url: string;
  stop(): Promise<void>;
}

export async function startSiteServer(dir: string, port: number): Promise<SiteServer> {
  const child = spawn(process.execPath, [ASTRO, 'preview', '--port', String(port), '--outDir', dir], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://localhost:${port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro preview for ${dir} on port ${port} exited: ${errors}`);
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`astro preview for ${dir} did not answer on port ${port} within 20 s: ${errors}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
