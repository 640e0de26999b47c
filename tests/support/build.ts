/** Builds the site into a temporary folder and serves it, for tests that need a second build. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;

/** Runs `astro build` into a new temporary folder with extra environment; returns the folder. */
export function buildInto(env: Record<string, string>): string {
  const outDir = mkdtempSync(join(tmpdir(), 'sg-build-'));
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], { cwd: ROOT, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

/** Serves a built folder with the same server `npm run serve` uses; resolves when it answers. */
export async function serve(outDir: string, port: number): Promise<ChildProcess> {
  const server = spawn('npx', ['astro', 'preview', '--outDir', outDir, '--port', String(port)], { cwd: ROOT, stdio: 'ignore', detached: true });
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://localhost:${port}/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop(server);
  throw new Error(`the preview server for ${outDir} did not answer on port ${port} within 20 s`);
}

/** Stops a server started by {@link serve}, with its child processes. */
export function stop(server: ChildProcess): void {
  if (server.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already stopped
    }
  }
}
