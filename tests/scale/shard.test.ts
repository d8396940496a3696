/**
 * Sharding the ingest by region: three shards merged give exactly the data files of one unsharded ingest, every
 * document lands in exactly one shard, and the shard of a document follows its region (GB/T 2260 prefecture).
 */
import { copyFile, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeOutputs, runIngest } from '../../scripts/ingest/run.ts';
import { parseShard, shardKey, shardKeyOfBytes, shardOf } from '../../src/lib/ingest/shard.ts';
import { RAW, SEEDS } from '../helpers.ts';
import { corpus, tempDir, treeHashes } from './helpers.ts';

describe('sharded ingest', () => {
  it('3 shards merged are byte-identical to one unsharded ingest (index, documents, per-document and combined CSVs)', async () => {
    const { dir } = await corpus(12, 21);
    for (const f of [SEEDS.jiaozuo2022, SEEDS.yangquan2022, SEEDS.zhengzhou2022]) await copyFile(path.join(RAW, f), path.join(dir, f));
    const root = await tempDir('shard');
    const whole = path.join(root, 'whole');
    await runIngest({ out: whole, inputs: [dir], cache: false, jobs: 1 });
    const shards = [1, 2, 3].map((k) => path.join(root, `shard-${k}`));
    const counts: number[] = [];
    for (const [i, out] of shards.entries()) {
      await runIngest({ out, inputs: [dir], cache: false, jobs: 1, shard: { k: i + 1, n: 3 } });
      counts.push(JSON.parse(await readFile(path.join(out, 'index.json'), 'utf8')).documents.length);
    }
    expect(counts.reduce((a, b) => a + b)).toBe(15);
    expect(counts.filter((c) => c > 0).length).toBeGreaterThanOrEqual(2); // the regions really are spread
    const merged = path.join(root, 'merged');
    expect(await mergeOutputs(shards, merged)).toBe(15);
    const h = await treeHashes(whole);
    expect(Object.keys(h)).toHaveLength(15 * 3 + 6);
    expect(await treeHashes(merged)).toEqual(h);
  });

  it('a sharded run keeps each document\'s shard key in the cache: the second run parses nothing and writes the same bytes', async () => {
    const { dir } = await corpus(6, 23);
    const root = await tempDir('shard-cache');
    const cache = path.join(root, 'cache');
    const lines: string[] = [];
    const outs = [path.join(root, 'a'), path.join(root, 'b')];
    for (const out of outs) await runIngest({ out, inputs: [dir], cache, jobs: 1, shard: { k: 2, n: 3 }, log: (l) => lines.push(l) });
    expect(lines.at(-1)).toMatch(/parsed 0, from cache/);
    expect(await treeHashes(outs[1]!)).toEqual(await treeHashes(outs[0]!));
    const [fp] = await readdir(cache);
    const entries = (await readdir(path.join(cache, fp!))).filter((f) => f.endsWith('.entry'));
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) expect(JSON.parse(await readFile(path.join(cache, fp!, e), 'utf8')).shardKey).toMatch(/^r:\d{4}$/);
  });

  it('a document is sharded by its prefecture: 焦作 (410800) and 解放区 (410802) share a shard, read from the cover before parsing', async () => {
    const key = async (f: string) => shardKeyOfBytes(await readFile(path.join(RAW, f)), 'x');
    expect(await key(SEEDS.jiaozuo2022)).toBe('r:4108');
    expect(await key(SEEDS.jiefang2024)).toBe('r:4108');
    expect(await key(SEEDS.yangquan2022)).toBe('r:1403');
    expect(shardKey(null, 'doc-abc')).toBe('d:doc-abc');
    for (let n = 1; n <= 7; n++) {
      const s = shardOf('r:4108', n);
      expect(s).toBeGreaterThanOrEqual(1);
      expect(s).toBeLessThanOrEqual(n);
      expect(shardOf('r:4108', n)).toBe(s);
    }
  });

  it('--shard takes k/n with 1 ≤ k ≤ n', () => {
    expect(parseShard('2/3')).toEqual({ k: 2, n: 3 });
    expect(parseShard('0/3')).toBeNull();
    expect(parseShard('4/3')).toBeNull();
    expect(parseShard('a/b')).toBeNull();
  });

  it('merging refuses a document present in two shards', async () => {
    const { dir } = await corpus(2, 22);
    const out = path.join(await tempDir('dup'), 'a');
    await runIngest({ out, inputs: [dir], cache: false, jobs: 1 });
    await expect(mergeOutputs([out, out], path.join(path.dirname(out), 'm'))).rejects.toThrow(/more than one shard/);
    expect(await readdir(path.dirname(out))).toEqual(['a']);
  });
});
