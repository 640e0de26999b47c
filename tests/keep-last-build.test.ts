/** `npm run build` (scripts/build.mjs) swaps in a new dist/ only when the whole build succeeded. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lessons } from './support/curriculum.ts';
import { makeCopy, removeCopy, runIn, writeIn } from './support/project-copy.ts';
import { runScriptAsync } from './support/run-script.ts';

let copy: string;
beforeAll(() => {
  copy = makeCopy();
}, 60_000);
afterAll(() => removeCopy(copy));

describe('a failed build', () => {
  it('leaves the previous dist/ exactly as it was, and says so', async () => {
    // The "last good site": a stand-in is enough, since a failed build must not touch it at all.
    writeIn(copy, 'dist/index.html', '<!DOCTYPE html><title>last good build</title>');
    writeIn(copy, 'dist/modules/index.html', '<!DOCTYPE html><title>last good modules</title>');
    // Break a lesson: a frontmatter field of the wrong type.
    const lesson = join(copy, 'content/modules', `${lessons()[0]!.id}.mdx`);
    writeFileSync(lesson, readFileSync(lesson, 'utf8').replace(/^duration: .*$/m, 'duration: ten'));

    const run = await runIn(copy, 'scripts/build.mjs');
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('the build failed, so nothing was replaced. The previous dist/ is unchanged.');
    expect(readFileSync(join(copy, 'dist/index.html'), 'utf8')).toBe('<!DOCTYPE html><title>last good build</title>');
    expect(readFileSync(join(copy, 'dist/modules/index.html'), 'utf8')).toBe('<!DOCTYPE html><title>last good modules</title>');
    expect(existsSync(join(copy, '.dist-next'))).toBe(false);
  }, 300_000);
});

describe('the second step (search index and service worker, after Astro has exited)', () => {
  it('fails with the reason when the pages were not built by `npm run build`', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'sg-finish-'));
    try {
      const run = await runScriptAsync('scripts/finish-build.mjs', [empty]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`Search index: ${join(empty, '.sg-search-extras.json')} is missing.`);
      expect(run.stderr).toContain('build with `npm run build`, which runs both steps');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  }, 60_000);

  it('when it fails, leaves the previous dist/ as it was, though the pages built', async () => {
    writeIn(copy, 'dist/index.html', '<!DOCTYPE html><title>last good build</title>');
    // Undo the first test's broken lesson, and make the second step fail as a failed index would.
    const lesson = join(copy, 'content/modules', `${lessons()[0]!.id}.mdx`);
    writeFileSync(lesson, readFileSync(lesson, 'utf8').replace(/^duration: ten$/m, 'duration: 20'));
    writeIn(copy, 'scripts/finish-build.mjs', "console.error('Search index: indexing failed (a stand-in for any failure).'); process.exit(1);\n");

    const run = await runIn(copy, 'scripts/build.mjs');
    expect(run.output).toMatch(/\d+ page\(s\) built in/);
    expect(run.status).toBe(1);
    expect(run.output).toContain('the build failed, so nothing was replaced. The previous dist/ is unchanged.');
    expect(readFileSync(join(copy, 'dist/index.html'), 'utf8')).toBe('<!DOCTYPE html><title>last good build</title>');
    expect(existsSync(join(copy, '.dist-next'))).toBe(false);
  }, 600_000);
});
