/** `npm run build` (scripts/build.mjs) swaps in a new dist/ only when the whole build succeeded. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lessons } from './support/curriculum.ts';
import { makeCopy, removeCopy, runIn, writeIn } from './support/project-copy.ts';

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
