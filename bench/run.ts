#!/usr/bin/env -S npx tsx
/**
 * npm run bench [-- --docs 1000 --sites 100,1000 --skip-site]
 *
 * 1. ingest throughput on N synthetic documents (docs/s, MB/s, peak memory), side by side in the same run with a
 *    baseline that only reads the same files and splits them into cells with papaparse (delimiter '\t'), and the ratio;
 * 2. every ingested document compared with the generator's truth (parse(render(x)) == x at scale);
 * 3. re-ingest after adding one document to N with the rest cached;
 * 4. full site build (ingest + astro build + pagefind) for 100 and 1,000 department-years, per-page cost,
 *    dist/ determinism (two builds of the 100 byte-compared), page weight and search payload (bench/site-weight.ts).
 * Everything is written under bench/out/ (gitignored); the table is printed and saved as bench/out/results.md.
 * The site is built in a copy of the project (bench/out/site-work) so the working tree's data/out and dist/ stay.
 */
import { execFile, spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { generateCorpus } from '../scripts/generate-corpus.ts';
import { GENERATOR_VERSION } from '../src/lib/synth/render.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.env.NO_COLOR = '1';
const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'bench/out');
const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const N = Number(opt('docs', '1000'));
const SITES = opt('sites', '100,1000')
  .split(',')
  .filter(Boolean)
  .map(Number);
const skipSite = args.includes('--skip-site');
const SEED = 1;
const run = promisify(execFile);

function log(s: string): void {
  process.stderr.write(`[bench] ${s}\n`);
}

/** Run a phase in its own process (bench/phase.ts) and return its JSON line. */
async function phase<T>(...a: string[]): Promise<T> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/phase.ts'), ...a], { cwd: ROOT, maxBuffer: 64 << 20, env: process.env });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as T;
}

/** Run a command, return wall seconds; throw with its output on failure. */
async function timed(cmd: string, argv: string[], cwd: string, env: Record<string, string> = {}): Promise<number> {
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const p = spawn(cmd, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let outText = '';
    p.stdout.on('data', (d) => (outText += d));
    p.stderr.on('data', (d) => (outText += d));
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${argv.join(' ')} exited ${code}\n${outText.slice(-3000)}`))));
  });
  return (performance.now() - t0) / 1000;
}

async function corpusDir(count: number): Promise<string> {
  const dir = path.join(OUT, `corpus-${count}`);
  const stamp = path.join(dir, '.stamp');
  const want = `generator ${GENERATOR_VERSION} seed ${SEED} count ${count}`;
  if (existsSync(stamp) && (await readFile(stamp, 'utf8')) === want) return dir;
  await rm(dir, { recursive: true, force: true });
  log(`generating ${count} synthetic documents → ${path.relative(ROOT, dir)}`);
  await generateCorpus(dir, count, SEED);
  await writeFile(stamp, want);
  return dir;
}

async function treeSize(dir: string): Promise<{ files: number; bytes: number; html: number }> {
  let files = 0;
  let bytes = 0;
  let html = 0;
  async function walk(d: string): Promise<void> {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else {
        files++;
        bytes += (await stat(p)).size;
        if (e.name.endsWith('.html')) html++;
      }
    }
  }
  await walk(dir);
  return { files, bytes, html };
}

async function treeHash(dir: string): Promise<string> {
  const { createHash } = await import('node:crypto');
  const h = createHash('sha256');
  async function walk(d: string): Promise<void> {
    for (const e of (await readdir(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else h.update(path.relative(dir, p)).update('\0').update(await readFile(p)).update('\0');
    }
  }
  await walk(dir);
  return h.digest('hex');
}

/** A copy of the project to build the site in, sharing node_modules. */
async function siteWork(): Promise<string> {
  const work = path.join(OUT, 'site-work');
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  for (const f of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    if (existsSync(path.join(ROOT, f))) await cp(path.join(ROOT, f), path.join(work, f), { recursive: true });
  }
  await symlink(path.join(ROOT, 'node_modules'), path.join(work, 'node_modules'));
  return work;
}

interface SiteResult {
  docs: number;
  ingest: number;
  astro: number;
  pagefind: number;
  total: number;
  pages: number;
  distMB: number;
  pagefindMB: number;
}

async function buildSite(work: string, raw: string, docs: number): Promise<SiteResult> {
  const data = path.join(work, 'data/out');
  const dist = path.join(work, 'dist');
  await rm(data, { recursive: true, force: true });
  await rm(dist, { recursive: true, force: true });
  await rm(path.join(work, '.astro'), { recursive: true, force: true });
  const env = { OUT_DIR: data, RAW_DIR: raw };
  const npx = 'npx';
  log(`site ${docs}: ingest`);
  const ingest = await timed(npx, ['tsx', 'scripts/ingest.ts', '--quiet', '--keep-going', '--no-cache'], work, env);
  log(`site ${docs}: astro build`);
  const astro = await timed(npx, ['astro', 'build'], work, env);
  log(`site ${docs}: pagefind`);
  const pagefind = await timed(npx, ['pagefind', '--site', 'dist'], work, env);
  const size = await treeSize(dist);
  const pf = existsSync(path.join(dist, 'pagefind')) ? await treeSize(path.join(dist, 'pagefind')) : { bytes: 0 };
  return { docs, ingest, astro, pagefind, total: ingest + astro + pagefind, pages: size.html, distMB: size.bytes / 1e6, pagefindMB: pf.bytes / 1e6 };
}

const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const cpus = os.cpus();
  const machine = `${cpus[0]?.model ?? 'cpu'} × ${os.availableParallelism()} (${cpus.length} logical), ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`;
  const started = new Date().toISOString();
  const load = os.loadavg().map(f2).join(' ');
  log(`machine: ${machine}; load average at start ${load}`);

  const dir = await corpusDir(N);
  const rows: string[][] = [];

  // 1. throughput: papaparse baseline and ingest, same files, same run
  log('baseline: read + papaparse');
  const base = await phase<{ docs: number; bytes: number; cells: number; seconds: number; peakMB: number }>('baseline', dir);
  log('ingest, 1 thread, no cache');
  const out1 = path.join(OUT, `data-${N}-1`);
  const ing1 = await phase<{ docs: number; bytes: number; seconds: number; peakMB: number; code: number }>('ingest', dir, out1, 'none', '1');
  log('ingest, worker threads, no cache');
  const outN = path.join(OUT, `data-${N}`);
  const ingN = await phase<{ docs: number; bytes: number; seconds: number; peakMB: number; code: number }>('ingest', dir, outN, 'none', 'auto');
  const mb = base.bytes / 1e6;
  rows.push(['papaparse baseline (read + split cells)', `${base.docs}`, f2(base.seconds), f1(base.docs / base.seconds), f1(mb / base.seconds), `${base.peakMB}`, '1.0×']);
  rows.push(['ingest, 1 thread', `${ing1.docs}`, f2(ing1.seconds), f1(ing1.docs / ing1.seconds), f1(mb / ing1.seconds), `${ing1.peakMB}`, `${f1(ing1.seconds / base.seconds)}×`]);
  rows.push([`ingest, ${Math.min(8, os.availableParallelism())} worker threads`, `${ingN.docs}`, f2(ingN.seconds), f1(ingN.docs / ingN.seconds), f1(mb / ingN.seconds), `${ingN.peakMB}`, `${f1(ingN.seconds / base.seconds)}×`]);
  const outSize = await treeSize(outN);

  // 2. correctness at scale
  log('verify against truth');
  const ver = await phase<{ docs: number; mismatched: number; examples: string[] }>('verify', dir, outN);

  // 3. re-ingest after adding one document, the rest cached
  log('re-ingest: warm the cache, add one document');
  const cacheDir = path.join(OUT, 'cache');
  await rm(cacheDir, { recursive: true, force: true });
  const outR = path.join(OUT, `data-${N}-re`);
  const warm = await phase<{ seconds: number; peakMB: number }>('ingest', dir, outR, cacheDir, 'auto');
  const extraDir = path.join(OUT, 'extra');
  await rm(extraDir, { recursive: true, force: true });
  const [extra] = await generateCorpus(extraDir, 1, SEED, N); // document number N of the same corpus
  const added = path.join(dir, path.basename(extra!));
  await cp(extra!, added);
  let reWall = 0;
  let reInner = 0;
  let reSummary = '';
  try {
    const t0 = performance.now();
    const { stdout } = await run('npx', ['tsx', 'scripts/ingest.ts', '--out', outR, '--cache', cacheDir, dir], { cwd: ROOT, maxBuffer: 64 << 20 });
    reWall = (performance.now() - t0) / 1000;
    reSummary = stdout.trim().split('\n').at(-1)!;
    reInner = Number(/\(([\d.]+) s\)$/.exec(reSummary)?.[1] ?? NaN);
  } finally {
    await rm(added, { force: true });
  }

  // 4. site builds
  const sites: SiteResult[] = [];
  let distDeterministic: string = 'not measured';
  let weight: unknown = null;
  if (!skipSite) {
    const work = await siteWork();
    for (const n of SITES) {
      const raw = n === N ? dir : await corpusDir(n);
      const r = await buildSite(work, raw, n);
      sites.push(r);
      if (n === SITES[0]) {
        const h1 = await treeHash(path.join(work, 'dist'));
        const hd1 = await treeHash(path.join(work, 'data/out'));
        const again = await buildSite(work, raw, n);
        const h2 = await treeHash(path.join(work, 'dist'));
        const hd2 = await treeHash(path.join(work, 'data/out'));
        distDeterministic = `${n} documents built twice: data/out ${hd1 === hd2 ? 'identical' : 'DIFFERENT'}, dist/ ${h1 === h2 ? 'identical' : 'DIFFERENT'} (second build ${f1(again.total)} s)`;
        const sw = path.join(ROOT, 'bench/site-weight.ts');
        if (existsSync(sw)) {
          try {
            const mod = (await import(sw)) as Record<string, unknown>;
            const fn = Object.values(mod).find((v) => typeof v === 'function') as ((dist: string) => unknown) | undefined;
            weight = fn ? await fn(path.join(work, 'dist')) : null;
          } catch (e) {
            weight = `bench/site-weight.ts failed: ${(e as Error).message}`;
          }
        }
      }
    }
  }

  // report
  const md: string[] = [];
  md.push(`Run ${started} — ${machine}; load average at start ${load}; corpus: ${N} synthetic 决算 department-years (seed ${SEED}), ${f1(mb)} MB of text, output ${f1(outSize.bytes / 1e6)} MB in ${outSize.files} files.`, '');
  md.push('| ingest | docs | seconds | docs/s | MB/s | peak RSS MB | vs baseline |', '|---|---|---|---|---|---|---|');
  for (const r of rows) md.push(`| ${r.join(' | ')} |`);
  md.push('');
  md.push(`Truth: ${ver.docs - ver.mismatched} of ${ver.docs} documents parse back to exactly the generated figures (and fail no reconciliation check).${ver.examples.length ? ` Mismatches: ${ver.examples.join('; ')}` : ''}`, '');
  md.push(`Re-ingest after adding one document to ${N} (rest cached): ${f2(reInner)} s inside the ingest, ${f2(reWall)} s wall for \`npx tsx scripts/ingest.ts\` (process start included); cache warm-up run ${f2(warm.seconds)} s. Report: ${reSummary}`, '');
  if (sites.length) {
    md.push('| site build | docs | pages | ingest s | astro s | pagefind s | total s | ms per page | dist MB | pagefind MB |', '|---|---|---|---|---|---|---|---|---|---|');
    for (const s of sites) md.push(`| ${s.docs} department-years | ${s.docs} | ${s.pages} | ${f1(s.ingest)} | ${f1(s.astro)} | ${f1(s.pagefind)} | ${f1(s.total)} | ${f1((s.total * 1000) / Math.max(1, s.pages))} | ${f1(s.distMB)} | ${f1(s.pagefindMB)} |`);
    md.push('', `Determinism: ${distDeterministic}.`, '');
    md.push(`Page weight / search payload (bench/site-weight.ts): ${weight === null ? 'bench/site-weight.ts not present' : '```\n' + JSON.stringify(weight, null, 2) + '\n```'}`, '');
  }
  md.push(`Load average at end ${os.loadavg().map(f2).join(' ')}.`);
  const text = md.join('\n') + '\n';
  await writeFile(path.join(OUT, 'results.md'), text);
  await writeFile(path.join(OUT, 'results.json'), JSON.stringify({ started, machine, base, ing1, ingN, ver, reInner, reWall, warm, sites, distDeterministic, weight }, null, 2));
  process.stdout.write(text);
}

await main();
