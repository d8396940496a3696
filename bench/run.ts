#!/usr/bin/env -S npx tsx
/**
 * npm run bench [-- --docs 1000 --sites 100,1000 --skip-site]
 *
 * 1. ingest throughput on N synthetic documents (docs/s, MB/s, peak memory), side by side in the same run with a
 *    baseline that only reads the same files and splits them into cells with papaparse (delimiter '\t'), and the ratio;
 * 2. every ingested document compared with the generator's truth (parse(render(x)) == x at scale), and the share of
 *    values read exactly in every layout family of the generator (bench/accuracy.ts, `--accuracy N` documents per
 *    family, default 1000; `--skip-accuracy`);
 * 3. re-ingest after adding one document to N with the rest cached;
 * 4. full site build (ingest + astro build + pagefind) for 100 and 1,000 department-years, per-page cost,
 *    dist/ determinism (two builds of the 100 byte-compared), page weight and search payload (bench/site-weight.ts).
 * Everything is written under bench/out/ (gitignored); the table is printed and saved as bench/out/results.md.
 * The site is built in a copy of the project (in the temp dir) so the working tree's data/out and dist/ stay.
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
const skipIngest = args.includes('--skip-ingest');
const ACCURACY = args.includes('--skip-accuracy') ? 0 : Number(opt('accuracy', '1000'));
const determinism = !args.includes('--no-determinism');
/** A site build step that takes longer than this is stopped and reported as not finished. */
const STEP_TIMEOUT = Number(opt('step-timeout', '1500')) * 1000;
const SEED = 1;
const run = promisify(execFile);

function log(s: string): void {
  process.stderr.write(`[bench] ${s}\n`);
}

/**
 * A snapshot of the code taken at the start: every phase and build runs from it, so the parser (and with it the
 * cache fingerprint) cannot change under the benchmark while others edit the working tree. Outside the repository,
 * so that tsc, vitest and searches never see it; node_modules is shared.
 */
const WORK = path.join(os.tmpdir(), `mingzhang-bench-${process.getuid?.() ?? 0}`);

/** Run a phase in its own process (bench/phase.ts of the snapshot) and return its JSON line. */
async function phase<T>(...a: string[]): Promise<T> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(WORK, 'bench/phase.ts'), ...a], { cwd: WORK, maxBuffer: 64 << 20, env: process.env });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as T;
}

/** Run a command, return wall seconds; throw with its output on failure. */
async function timed(cmd: string, argv: string[], cwd: string, env: Record<string, string> = {}): Promise<number> {
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const p = spawn(cmd, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], timeout: STEP_TIMEOUT, killSignal: 'SIGKILL' });
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

async function snapshot(): Promise<string> {
  const work = WORK;
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  for (const f of ['src', 'public', 'scripts', 'bench', 'data/raw', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    if (existsSync(path.join(ROOT, f))) await cp(path.join(ROOT, f), path.join(work, f), { recursive: true, filter: (src) => !src.startsWith(OUT) });
  }
  await symlink(path.join(ROOT, 'node_modules'), path.join(work, 'node_modules'));
  return work;
}

/** Output bytes by kind: document JSON, combined CSVs, per-document compressed CSVs, index and schemas. */
async function outputBreakdown(out: string): Promise<{ docJson: number; combinedCsv: number; perDocCsvGz: number; other: number; total: number }> {
  const r = { docJson: 0, combinedCsv: 0, perDocCsvGz: 0, other: 0, total: 0 };
  async function walk(d: string): Promise<void> {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else {
        const size = (await stat(p)).size;
        r.total += size;
        if (e.name.endsWith('.csv.gz')) r.perDocCsvGz += size;
        else if (e.name === 'facts.csv' || e.name === 'checks.csv') r.combinedCsv += size;
        else if (e.name.endsWith('.json') && e.name !== 'index.json' && !e.name.endsWith('.schema.json')) r.docJson += size;
        else r.other += size;
      }
    }
  }
  await walk(out);
  return r;
}

/** One line: output bytes against input bytes, in total and by kind. */
function sizeLine(what: string, inBytes: number, b: Awaited<ReturnType<typeof outputBreakdown>>): string {
  const x = (n: number) => `${(n / inBytes).toFixed(2)}×`;
  return `Output vs input (${what}): ${(b.total / 1e6).toFixed(2)} MB for ${(inBytes / 1e6).toFixed(2)} MB of text = **${x(b.total)}** — document JSON ${x(b.docJson)}, combined facts.csv + checks.csv ${x(b.combinedCsv)}, per-document CSVs (gzip) ${x(b.perDocCsvGz)}, index.json and schemas ${x(b.other)}.`;
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
  const ingest = await timed(npx, ['tsx', 'scripts/ingest/cli.ts', '--quiet', '--keep-going', '--no-cache'], work, env);
  log(`site ${docs}: astro build`);
  const astro = await timed(npx, ['astro', 'build'], work, env);
  log(`site ${docs}: pagefind`);
  const pagefind = await timed(npx, ['tsx', 'scripts/search-index.ts', 'dist'], work, env);
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

  await snapshot();
  const dir = await corpusDir(N);
  const md: string[] = [];
  const results: Record<string, unknown> = { started, machine, load };
  const mb = (await phase<{ bytes: number }>('baseline', dir)).bytes / 1e6; // also warms the page cache for both contenders
  md.push(`Run ${started} — ${machine}; load average at start ${load} (other processes share the machine: wall times include waiting for a CPU, CPU seconds do not); corpus: ${N} synthetic 决算 department-years (seed ${SEED}), ${f1(mb)} MB of text.`, '');

  if (!skipIngest) {
    // 1. throughput: papaparse baseline and ingest, same files, same run
    type Ingest = { docs: number; bytes: number; seconds: number; cpuSeconds: number; peakMB: number; code: number; summary: string };
    log('baseline: read + papaparse');
    const base = await phase<{ docs: number; bytes: number; cells: number; seconds: number; cpuSeconds: number; peakMB: number }>('baseline', dir);
    log('ingest, 1 thread, no cache');
    const ing1 = await phase<Ingest>('ingest', dir, path.join(OUT, `data-${N}-1`), 'none', '1');
    log('ingest, worker threads, cold cache (as `npm run ingest` runs on new files)');
    const outN = path.join(OUT, `data-${N}`);
    const cacheDir = path.join(OUT, 'cache');
    await rm(cacheDir, { recursive: true, force: true });
    const ingN = await phase<Ingest>('ingest', dir, outN, cacheDir, 'auto');
    const outSize = await treeSize(outN);
    md.push('| ingest | docs | wall s | docs/s | MB/s | CPU s | docs per CPU-s | peak RSS MB | wall vs baseline | CPU vs baseline |', '|---|---|---|---|---|---|---|---|---|---|');
    const row = (name: string, r: { docs: number; seconds: number; cpuSeconds: number; peakMB: number }) =>
      md.push(`| ${name} | ${r.docs} | ${f2(r.seconds)} | ${f1(r.docs / r.seconds)} | ${f2(mb / r.seconds)} | ${f2(r.cpuSeconds)} | ${f1(r.docs / r.cpuSeconds)} | ${r.peakMB} | ${f1(r.seconds / base.seconds)}× | ${f1(r.cpuSeconds / base.cpuSeconds)}× |`);
    row('papaparse baseline: read + split into cells', base);
    row('ingest, 1 thread (no cache)', ing1);
    row(`ingest, ${Math.min(8, os.availableParallelism())} worker threads (cold cache, entries written)`, ingN);
    md.push('', `CPU seconds: the whole process (main and worker threads) during the timed part, worker start-up (tsx compiling TypeScript, ~1 s per worker) included; process start excluded. Output: ${f1(outSize.bytes / 1e6)} MB in ${outSize.files} files.`, '');
    const genSizes = await outputBreakdown(outN);
    md.push(sizeLine(`${N} synthetic documents`, base.bytes, genSizes), '');
    // The five real seeds (longer documents, performance tables): output size against input.
    const seedsOut = path.join(OUT, 'data-seeds');
    const seeds = await phase<Ingest>('ingest', path.join(WORK, 'data/raw'), seedsOut, 'none', '1');
    const seedSizes = await outputBreakdown(seedsOut);
    md.push(sizeLine('the five real seeds', seeds.bytes, seedSizes), '');
    const zz = await phase<{ firstMs: number; medianMs: number }>('one', path.join(WORK, 'data/raw/henan-zhengzhou-gongxinju-2022-budget.txt'));
    md.push(`郑州 2022 budget (104 KB, the seed with the most budget placement): ${zz.firstMs.toFixed(0)} ms CPU for the first parse in a fresh process, ${zz.medianMs.toFixed(0)} ms median of 7.`, '');
    Object.assign(results, { genSizes, seeds, seedSizes, zhengzhou: zz });

    // 2. correctness at scale
    log('verify against truth');
    const ver = await phase<{ docs: number; mismatched: number; examples: string[] }>('verify', dir, outN);
    md.push(`Truth: ${ver.docs - ver.mismatched} of ${ver.docs} documents parse back to exactly the generated figures (and fail no reconciliation check).${ver.examples.length ? ` Mismatches: ${ver.examples.join('; ')}` : ''}`, '');

    // 2b. accuracy per layout family (generated in memory, ingested with the library, compared value by value)
    if (ACCURACY > 0) {
      log(`accuracy: ${ACCURACY} documents per family`);
      const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(WORK, 'bench/accuracy.ts'), '--per-family', String(ACCURACY)], { cwd: WORK, maxBuffer: 64 << 20 });
      md.push(`Accuracy per layout family (${ACCURACY} generated documents per family; bench/accuracy.ts):`, '', stdout.trim(), '');
    }

    // 3. re-ingest after adding one document, the rest cached
    log('re-ingest: all cached, then one document added');
    const outR = path.join(OUT, `data-${N}-re`);
    const warm = await phase<Ingest>('ingest', dir, outR, cacheDir, 'auto');
    const extraDir = path.join(OUT, 'extra');
    await rm(extraDir, { recursive: true, force: true });
    // documents N and N+1 of the same corpus: one added for the timed ingest, another for the command-line run
    const extras = await generateCorpus(extraDir, 2, SEED, N);
    const added: string[] = [];
    let re: Ingest;
    let reWall = 0;
    try {
      added.push(path.join(dir, path.basename(extras[0]!)));
      await cp(extras[0]!, added[0]!);
      re = await phase<Ingest>('ingest', dir, outR, cacheDir, 'auto');
      added.push(path.join(dir, path.basename(extras[1]!)));
      await cp(extras[1]!, added[1]!);
      const t0 = performance.now();
      await run('npx', ['tsx', 'scripts/ingest/cli.ts', '--quiet', '--out', outR, '--cache', cacheDir, dir], { cwd: WORK, maxBuffer: 64 << 20 });
      reWall = (performance.now() - t0) / 1000;
    } finally {
      for (const a of added) await rm(a, { force: true });
    }
    md.push(
      `Re-ingest with ${N} documents cached and one added: ${f2(re.seconds)} s inside the ingest (${f2(re.cpuSeconds)} CPU-s for the whole process), ${f2(reWall)} s wall for the command \`npx tsx scripts/ingest/cli.ts\` adding one more (npx + tsx start included); all ${N} from the cache, nothing new: ${f2(warm.seconds)} s. Report: ${re.summary}`,
      '',
    );
    Object.assign(results, { mb, base, ing1, ingN, ver, warm, re, reWall, outSize });
  }

  // 4. site builds
  if (!skipSite) {
    const sites: (SiteResult | { docs: number; error: string })[] = [];
    let weight: unknown = null;
    let det = '';
    const work = WORK;
    md.push('| site build | pages | ingest s | astro s | pagefind s | total s | ms per page | dist MB | pagefind MB | load avg |', '|---|---|---|---|---|---|---|---|---|---|');
    for (const n of SITES) {
      const raw = n === N ? dir : await corpusDir(n);
      try {
        const r = await buildSite(work, raw, n);
        sites.push(r);
        md.push(`| ${n} department-years | ${r.pages} | ${f1(r.ingest)} | ${f1(r.astro)} | ${f1(r.pagefind)} | ${f1(r.total)} | ${f1((r.total * 1000) / Math.max(1, r.pages))} | ${f1(r.distMB)} | ${f1(r.pagefindMB)} | ${os.loadavg()[0]!.toFixed(1)} |`);
      } catch (e) {
        sites.push({ docs: n, error: (e as Error).message.slice(0, 500) });
        md.push(`| ${n} department-years | did not finish: ${(e as Error).message.split('\n')[0]} | | | | | | | | ${os.loadavg()[0]!.toFixed(1)} |`);
        continue;
      }
      if (n === SITES[0] && determinism) {
        const h1 = await treeHash(path.join(work, 'dist'));
        const hd1 = await treeHash(path.join(work, 'data/out'));
        const again = await buildSite(work, raw, n);
        const h2 = await treeHash(path.join(work, 'dist'));
        const hd2 = await treeHash(path.join(work, 'data/out'));
        det = `Determinism: ${n} documents built twice: data/out ${hd1 === hd2 ? 'identical' : 'DIFFERENT'}, dist/ ${h1 === h2 ? 'identical' : 'DIFFERENT'} (second build ${f1(again.total)} s).`;
      }
      if (n === SITES[0]) {
        const sw = path.join(WORK, 'bench/site-weight.ts');
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
    if (det) md.push('', det);
    md.push('', `Page weight / search payload (bench/site-weight.ts on the ${SITES[0]}-document site): ${weight === null ? 'bench/site-weight.ts not present' : '\n\n```json\n' + JSON.stringify(weight, null, 2) + '\n```'}`, '');
    Object.assign(results, { sites, weight, det });
  }
  md.push(`Load average at end ${os.loadavg().map(f2).join(' ')}.`);
  const text = md.join('\n') + '\n';
  const tag = opt('tag', '');
  await writeFile(path.join(OUT, `results${tag ? `-${tag}` : ''}.md`), text);
  await writeFile(path.join(OUT, `results${tag ? `-${tag}` : ''}.json`), JSON.stringify(results, null, 2));
  process.stdout.write(text);
}

await main();
