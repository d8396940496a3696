import { execFile } from 'node:child_process';
import { mkdir, readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../scripts/ingest/run.ts';
import { recover } from '../../scripts/ingest/staging.ts';
import { corpus, tempDir, treeHashes } from './helpers.ts';

const run = promisify(execFile);

describe('atomic output: a crash never leaves half-written data', () => {
  it('an exception in the middle of writing leaves the previous output intact', async () => {
    const first = await corpus(2, 31);
    const second = await corpus(4, 32);
    const parent = await tempDir('out');
    const out = path.join(parent, 'out');
    await runIngest({ out, inputs: [first.dir], cache: false });
    const before = await treeHashes(out);
    await expect(runIngest({ out, inputs: [second.dir], cache: false, fault: { afterFiles: 3 } })).rejects.toThrow(/simulated crash/);
    expect(await treeHashes(out)).toEqual(before);
    expect(await readdir(parent)).toEqual(['out']); // the temporary directory is gone
  });

  it('a killed process (SIGKILL while writing) leaves the previous output intact; the next run cleans up', async () => {
    const first = await corpus(2, 33);
    const second = await corpus(3, 34);
    const parent = await tempDir('out');
    const out = path.join(parent, 'out');
    await runIngest({ out, inputs: [first.dir], cache: false });
    const before = await treeHashes(out);
    const child = run(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'fixtures/killed-ingest.ts'), second.dir, out, '3'], { cwd: path.resolve(import.meta.dirname, '../..') });
    const err = await child.then(
      () => null,
      (e: { signal?: string }) => e,
    );
    expect(err?.signal).toBe('SIGKILL');
    expect(await treeHashes(out)).toEqual(before);
    expect((await readdir(parent)).some((e) => e.startsWith('.out.tmp-'))).toBe(true); // what the killed run left
    await runIngest({ out, inputs: [second.dir], cache: false });
    expect(await readdir(parent)).toEqual(['out']);
    expect(Object.keys(await treeHashes(out)).filter((f) => f.startsWith('synth-'))).toHaveLength(3);
  });

  it('restores the previous output when a run was killed between moving it aside and swapping the new one in', async () => {
    const first = await corpus(1, 35);
    const parent = await tempDir('out');
    const out = path.join(parent, 'out');
    await runIngest({ out, inputs: [first.dir], cache: false });
    const before = await treeHashes(out);
    await mkdir(path.join(parent, '.out.tmp-999999'));
    await rename(out, path.join(parent, '.out.old-999999')); // pid 999999: not running
    await recover(parent, 'out');
    expect(await readdir(parent)).toEqual(['out']);
    expect(await treeHashes(out)).toEqual(before);
  });
});
