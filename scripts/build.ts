#!/usr/bin/env -S npx tsx
/**
 * The site build (I/O only): ingest, Parquet, Astro, search index — whole, or sharded across machines.
 *
 *   npm run build [-- [--data <dir>] [--dist <dir>] <file-or-dir>...]
 *       ingest → parquet → astro build → search index, as one machine (the default: data/raw → data/out → dist).
 *   npm run build -- --shard k/n [--out <dir>] [<file-or-dir>...]      (or BUILD_SHARD=k/n)
 *       ingests only shard k's documents into <dir>/data and renders only their per-document pages (department-year,
 *       source, department) into <dir>/dist. Default <dir>: build/shard-k.
 *   npm run build -- --merge [--data <dir>] [--dist <dir>] <shard-dir>...
 *       merges the shards' data (byte-identical to one ingest), builds the shell pages (home, compare, quality,
 *       search, methodology, downloads) from every document, copies each shard's per-document pages into <dist>,
 *       and runs the search indexing once over the merged site.
 *
 * Which pages a build renders is decided in src/data/scope.ts (BUILD_SHARD / BUILD_SHELL); this script only runs
 * the steps and copies files.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readIndex } from '../src/data/loader.ts';
import { documentDirs } from '../src/data/scope.ts';
import { parseShard, type Shard } from '../src/lib/ingest/shard.ts';

const args = process.argv.slice(2);
let shardArg: string | undefined = process.env.BUILD_SHARD || undefined;
let merge = false;
let out: string | null = null;
let data: string | null = null;
let dist: string | null = null;
const inputs: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--shard') shardArg = args[++i];
  else if (a.startsWith('--shard=')) shardArg = a.slice(8);
  else if (a === '--merge') merge = true;
  else if (a === '--out') out = args[++i] ?? null;
  else if (a === '--data') data = args[++i] ?? null;
  else if (a === '--dist') dist = args[++i] ?? null;
  else if (a === '--help' || a === '-h') {
    console.log('usage: npm run build -- [--data <dir>] [--dist <dir>] [<file-or-dir>...]\n       npm run build -- --shard k/n [--out <dir>] [<file-or-dir>...]\n       npm run build -- --merge [--data <dir>] [--dist <dir>] <shard-dir>...');
    process.exit(0);
  } else inputs.push(a);
}

/** Run one step; stop the build with its exit code when it fails. */
function step(cmd: string, argv: string[], env: Record<string, string> = {}): void {
  const r = spawnSync(cmd, argv, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  if (r.status !== 0) {
    console.error(`build: ${cmd} ${argv.join(' ')} failed (${r.error?.message ?? `exit ${r.status ?? r.signal}`})`);
    process.exit(r.status || 1);
  }
}

/** The environment of the Astro and search steps: where the data is; no scope unless given. */
function siteEnv(dataDir: string | null, scope: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = { BUILD_SHARD: '', BUILD_SHELL: '', ...scope };
  if (dataDir) env.OUT_DIR = dataDir;
  return env;
}

const outFlag = (d: string | null) => (d ? ['--out', d] : []);
const distFlag = (d: string | null) => (d ? ['--outDir', d] : []);

/** Copy a file tree into another; a file present in both must have the same bytes (else: two builds disagree). */
function copyTree(from: string, to: string, what: string): number {
  let n = 0;
  for (const e of readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, e.name);
    const dst = path.join(to, e.name);
    if (e.isDirectory()) {
      mkdirSync(dst, { recursive: true });
      n += copyTree(src, dst, what);
    } else if (existsSync(dst)) {
      if (!readFileSync(dst).equals(readFileSync(src))) throw new Error(`${what}: ${dst} differs between builds (${src})`);
    } else {
      copyFileSync(src, dst);
      n++;
    }
  }
  return n;
}

function buildWhole(): void {
  step('tsx', ['scripts/ingest/cli.ts', '--quiet', '--keep-going', ...outFlag(data), ...inputs]);
  step('tsx', ['scripts/parquet.ts'], siteEnv(data));
  step('astro', ['build', ...distFlag(dist)], siteEnv(data));
  step('tsx', ['scripts/search-index.ts', dist ?? 'dist'], siteEnv(data));
}

function buildShard(shard: Shard): void {
  const root = out ?? path.join('build', `shard-${shard.k}`);
  const dataDir = path.join(root, 'data');
  const distDir = path.join(root, 'dist');
  rmSync(distDir, { recursive: true, force: true });
  const spec = `${shard.k}/${shard.n}`;
  // The content-addressed ingest cache (.cache/ingest, shared between CI jobs by actions/cache) unless INGEST_CACHE=0.
  const cache = process.env.INGEST_CACHE === '0' ? ['--no-cache'] : ['--cache', '.cache/ingest'];
  step('tsx', ['scripts/ingest/cli.ts', '--quiet', '--keep-going', '--shard', spec, '--out', dataDir, ...cache, ...inputs]);
  step('astro', ['build', '--outDir', distDir], siteEnv(dataDir, { BUILD_SHARD: spec }));
  writeFileSync(path.join(root, 'shard.json'), JSON.stringify(shard) + '\n');
  console.log(`build: shard ${spec} → ${root} (${documentDirs(readIndex(dataDir), { kind: 'shard', shard }).length} departments)`);
}

function buildMerged(shardDirs: string[]): void {
  if (shardDirs.length === 0) throw new Error('--merge needs the shard directories (each with data/, dist/, shard.json)');
  const shards = shardDirs.map((d) => {
    const file = path.join(d, 'shard.json');
    if (!existsSync(file)) throw new Error(`${d}: no shard.json — not the output of npm run build -- --shard`);
    return { dir: d, shard: JSON.parse(readFileSync(file, 'utf8')) as Shard };
  });
  const dataDir = data ?? process.env.OUT_DIR ?? 'data/out';
  const distDir = dist ?? 'dist';
  step('tsx', ['scripts/ingest/cli.ts', '--merge', '--quiet', '--out', dataDir, ...shards.map((s) => path.join(s.dir, 'data'))]);
  step('tsx', ['scripts/parquet.ts'], siteEnv(dataDir));
  step('astro', ['build', '--outDir', distDir], siteEnv(dataDir, { BUILD_SHELL: '1' }));
  // Per-document pages: each department directory from the one shard that rendered it; shared assets must agree.
  const owner = new Map<string, string>();
  for (const { dir, shard } of shards) {
    const shardDist = path.join(dir, 'dist');
    for (const d of documentDirs(readIndex(path.join(dir, 'data')), { kind: 'shard', shard })) {
      const prev = owner.get(d);
      if (prev) throw new Error(`build: ${d} rendered by two shards (${prev}, ${dir}): a department spans shards`);
      owner.set(d, dir);
      const src = path.join(shardDist, d);
      if (!existsSync(src)) continue; // a document that failed to parse has no page
      const dst = path.join(distDir, d);
      if (existsSync(dst)) throw new Error(`build: ${dst} exists in the shell build`);
      mkdirSync(dst, { recursive: true });
      copyTree(src, dst, `shard ${shard.k}/${shard.n}`);
    }
    if (existsSync(path.join(shardDist, '_astro'))) copyTree(path.join(shardDist, '_astro'), path.join(distDir, '_astro'), `shard ${shard.k}/${shard.n} assets`);
  }
  step('tsx', ['scripts/search-index.ts', distDir], siteEnv(dataDir));
  console.log(`build: merged ${shards.length} shards, ${owner.size} departments → ${distDir}`);
}

try {
  if (merge) buildMerged(inputs);
  else if (shardArg !== undefined) {
    const shard = parseShard(shardArg);
    if (!shard) throw new Error(`--shard wants k/n with 1 ≤ k ≤ n, not ${shardArg}`);
    buildShard(shard);
  } else buildWhole();
} catch (e) {
  console.error(`build: ${(e as Error).message}`);
  process.exit(2);
}
