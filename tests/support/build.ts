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

const answers = async (port: number) => {
  try {
    await fetch(`http://localhost:${port}/`);
    return true;
  } catch {
    return false;
  }
};

/** Serves a built folder with the same server `npm run serve` uses; resolves when it answers. */
export async function serve(outDir: string, port: number): Promise<ChildProcess> {
  // A server left from an earlier run would answer in place of this build: refuse to guess.
  if (await answers(port)) throw new Error(`port ${port} is already in use; stop whatever is listening there (an earlier test server?) and run again`);
  const server = spawn('npx', ['astro', 'preview', '--outDir', outDir, '--port', String(port)], { cwd: ROOT, stdio: 'ignore', detached: true });
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (await answers(port)) return server;
    await new Promise((r) => setTimeout(r, 200));
  }
  stop(server);
  throw new Error(`the preview server for ${outDir} did not answer on port ${port} within 20 s`);
}

/** Stops a server started by {@link serve}, with its child processes (npx runs astro in a child). */
export function stop(server: ChildProcess): void {
  if (!server.pid) return;
  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    try {
      process.kill(-server.pid, signal);
    } catch {
      return; // the group is gone
    }
  }
}
