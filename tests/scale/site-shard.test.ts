/**
 * The site built in 3 shards plus the assemble step equals the site built on one machine: the same pages and files
 * with the same bytes in dist/ (shell pages, per-document pages, downloads, search index), and the same data files.
 * A small corpus (the five seeds and three generated department-years), each variant built once.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentDirs } from '../../src/data/scope.ts';
import { readIndex } from '../../src/data/loader.ts';
import { RAW, SEEDS } from '../helpers.ts';
import { corpus, tempDir, treeHashes } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
let root: string;
let whole: Record<string, string>;
let merged: Record<string, string>;

function build(args: string[], cache: string): void {
  execFileSync('npx', ['tsx', 'scripts/build.ts', ...args], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ASTRO_CACHE_DIR: cache, BUILD_SHARD: '', BUILD_SHELL: '', OUT_DIR: '' },
    timeout: 600_000,
  });
}

beforeAll(async () => {
  const { dir } = await corpus(3, 41);
  for (const f of Object.values(SEEDS)) await copyFile(path.join(RAW, f), path.join(dir, f));
  root = await tempDir('site-shard');
  build(['--data', path.join(root, 'whole/data'), '--dist', path.join(root, 'whole/dist'), dir], path.join(root, 'cache-whole'));
  for (const k of [1, 2, 3]) build(['--shard', `${k}/3`, '--out', path.join(root, `shard-${k}`), dir], path.join(root, `cache-${k}`));
  const shards = [1, 2, 3].map((k) => path.join(root, `shard-${k}`));
  build(['--merge', '--data', path.join(root, 'merged/data'), '--dist', path.join(root, 'merged/dist'), ...shards], path.join(root, 'cache-merged'));
  whole = await treeHashes(path.join(root, 'whole/dist'));
  merged = await treeHashes(path.join(root, 'merged/dist'));
}, 1_800_000);

// Five site builds are ≈ 200 MB (each carries the DuckDB-WASM assets): do not leave them in the temp directory.
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('sharded site build', () => {
  it('3 shards plus assemble give the same pages and files as one build, byte for byte', () => {
    const pages = Object.keys(whole).filter((f) => f.endsWith('index.html'));
    // 8 department-years (each with its source page) in 8 departments, plus the shell pages.
    expect(pages.filter((p) => /\/(19|20)\d{2}-(final|budget)\/index\.html$/.test(p))).toHaveLength(8);
    expect(Object.keys(merged).sort()).toEqual(Object.keys(whole).sort());
    for (const f of Object.keys(whole)) expect(merged[f], f).toBe(whole[f]);
  });

  it('the merged data files are those of one ingest, byte for byte', async () => {
    expect(await treeHashes(path.join(root, 'merged/data'))).toEqual(await treeHashes(path.join(root, 'whole/data')));
  });

  it('each shard rendered only the departments of its regions, no downloads, and together they cover every department once', async () => {
    const all = documentDirs(readIndex(path.join(root, 'whole/data')), { kind: 'all' });
    expect(all).toHaveLength(8);
    const ownerOf = new Map<string, number>();
    for (const k of [1, 2, 3]) {
      const dir = path.join(root, `shard-${k}`);
      const own = documentDirs(readIndex(path.join(dir, 'data')), { kind: 'shard', shard: { k, n: 3 } });
      for (const d of own) {
        expect(ownerOf.has(d), d).toBe(false);
        ownerOf.set(d, k);
      }
      const files = Object.keys(await treeHashes(path.join(dir, 'dist')));
      // Pages of departments of other shards are not rendered here.
      for (const d of all) expect(files.some((f) => f.startsWith(d)), `${d} in shard ${k}`).toBe(own.includes(d));
      expect(files.filter((f) => /^data\/.+\.(json|csv|parquet)$/.test(f))).toEqual(["data/datapackage.json"]); // downloads are the assemble step's (datapackage.json is static: built, not copied)
    }
    expect([...ownerOf.keys()].sort()).toEqual(all);
    // 焦作 2022 (410800), its 解放区 2024 (410802) and the generated 焦作 department share prefecture 4108: one shard;
    // the two 郑州 departments (4101) likewise.
    const same = (prefix: string, count: number) => {
      const ds = all.filter((d) => d.startsWith(prefix));
      expect(ds).toHaveLength(count);
      expect(new Set(ds.map((d) => ownerOf.get(d))).size).toBe(1);
    };
    same('henan-jiaozuo', 3);
    same('henan-zhengzhou', 2);
  });
});
