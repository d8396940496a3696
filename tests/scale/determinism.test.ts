import { cp, rename } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../scripts/ingest/run.ts';
import { corpus, tempDir, treeHashes } from './helpers.ts';

describe('deterministic data output', () => {
  it('two ingests of the same input are byte-identical (no timestamps, stable order)', async () => {
    const { dir } = await corpus(6, 21);
    const a = path.join(await tempDir('a'), 'out');
    const b = path.join(await tempDir('b'), 'out');
    await runIngest({ out: a, inputs: [dir], cache: false });
    await runIngest({ out: b, inputs: [dir], cache: false });
    expect(await treeHashes(b)).toEqual(await treeHashes(a));
  });

  it('does not depend on the order the files were created or listed in', async () => {
    const { dir } = await corpus(5, 22);
    // same files, created in another order under the same path
    const copy = await tempDir('copy');
    await cp(dir, copy, { recursive: true });
    const moved = path.join(path.dirname(dir), `${path.basename(dir)}-orig`);
    await rename(dir, moved);
    await cp(copy, dir, { recursive: true });
    const a = path.join(await tempDir('a'), 'out');
    const b = path.join(await tempDir('b'), 'out');
    await runIngest({ out: a, inputs: [dir], cache: false });
    await rename(dir, `${dir}-2`);
    await rename(moved, dir);
    await runIngest({ out: b, inputs: [dir], cache: false });
    expect(await treeHashes(b)).toEqual(await treeHashes(a));
  });

  it('parsing on worker threads writes the same bytes as parsing in the main thread', async () => {
    const { dir } = await corpus(4, 23);
    const a = path.join(await tempDir('a'), 'out');
    const b = path.join(await tempDir('b'), 'out');
    await runIngest({ out: a, inputs: [dir], cache: false, jobs: 1 });
    await runIngest({ out: b, inputs: [dir], cache: false, jobs: 2 });
    expect(await treeHashes(b)).toEqual(await treeHashes(a));
  });
});
