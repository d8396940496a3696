/**
 * The ingest: list the inputs, read and hash them, take each document from the cache or parse it (on worker
 * threads when there are enough), write the outputs atomically, report. I/O only: parsing, CSV and JSON forms,
 * sharding and the report live in src/lib (ingest/, export/).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { docFilePath } from '../../src/lib/export/layout.ts';
import { failedDocument } from '../../src/lib/failed.ts';
import { docIdFor } from '../../src/lib/ingest/doc-id.ts';
import { parseBytes, sha256 } from '../../src/lib/ingest/parse-bytes.ts';
import { prepare, withoutFiles, type Parsed, type Prepared } from '../../src/lib/ingest/prepare.ts';
import { buildReport, changesFrom } from '../../src/lib/ingest/report.ts';
import { shardKey, shardKeyOfBytes, shardOf, type Shard } from '../../src/lib/ingest/shard.ts';
import { MAX_FILE_BYTES } from '../../src/lib/input/decode.ts';
import { docBudgetMs, timeBudget } from '../../src/lib/input/limits.ts';
import { IngestCache, parserFingerprint } from './cache.ts';
import { defaultJobs, MIN_PER_WORKER, parseInWorkers, type Task } from './pool.ts';
import { Staging, type DocSink, type Fault } from './staging.ts';

export const DEFAULT_RAW = 'data/raw';
export const DEFAULT_OUT = 'data/out';
/** Incremental ingest cache (gitignored). One entry per (content sha256, parser fingerprint, doc_id, path). */
export const DEFAULT_CACHE = '.cache/ingest';

export interface IngestOptions {
  out: string | null;
  inputs: string[];
  quiet?: boolean;
  log?: (s: string) => void;
  err?: (s: string) => void;
  /** Cache directory, or false to parse everything again. Default: DEFAULT_CACHE when `out` is null (the default output; env INGEST_CACHE=0 disables), none otherwise. */
  cache?: string | false;
  /** List every document in the report, not only new, changed and failing ones. */
  all?: boolean;
  /** Write the report as Markdown to this file too (CI job summary). */
  summary?: string | null;
  /** Worker threads for parsing (default: one per core; INGEST_JOBS). */
  jobs?: number;
  /** Ingest only this shard of the inputs (by region, see src/lib/ingest/shard.ts). */
  shard?: Shard | null;
  /** Test hook: fail (throw, or SIGKILL with `kill`) after this many output files were written. */
  fault?: Fault;
}

/** A broken symbolic link is not a directory (it is listed, and reported as unreadable), never a crash. */
function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The bytes of an input file, or why they cannot be read (broken link, not a regular file such as a FIFO, too large,
 * permissions, vanished): an unreadable file becomes a failed document, never the end of the ingest.
 */
function readInputBytes(f: string): Buffer | string {
  try {
    const st = statSync(f);
    if (!st.isFile()) return '不是普通文件 (not a regular file)';
    if (st.size > MAX_FILE_BYTES) return `文件过大 (${st.size} 字节，上限 ${MAX_FILE_BYTES})`;
    return readFileSync(f);
  } catch (e) {
    return `无法读取文件 (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
  }
}

/** Recursively list .txt files under the given paths, sorted for deterministic output. */
export async function listInputs(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  const isTxt = (p: string) => p.toLowerCase().endsWith('.txt');
  // Synchronous on purpose: thousands of small awaits cost more than the I/O itself (see docs/scale.md).
  function walk(dir: string): void {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() || (e.isSymbolicLink() && isDirectory(p))) walk(p);
      else if (isTxt(p)) files.push(p);
    }
  }
  for (const p of paths) {
    if (statSync(p).isDirectory()) walk(p);
    else if (isTxt(p)) files.push(p);
  }
  return [...new Set(files)].sort();
}

/** Parse one document (main thread or worker) with the per-document time budget (INGEST_DOC_BUDGET_MS). */
export async function parseTask(t: Omit<Task, 'i'>): Promise<Parsed> {
  return prepare(parseBytes(await readFile(t.file), t.file, t.docId, t.sha256, timeBudget(docBudgetMs(process.env))));
}

/**
 * Read and hash every input, give it its doc_id (a second file with the same name gets `-<sha8>`), keep the
 * documents of `shard` (all when none), and take each from the cache or parse it — on worker threads when there are
 * enough (`jobs`, default one per core, see defaultJobs). Each document's files go to `sink` and are not kept; the
 * result, in input order, holds what index.json and the report need.
 */
export async function prepareAll(files: string[], cacheDir: string | false, jobs?: number, sink?: DocSink, shard?: Shard | null): Promise<Prepared[]> {
  const fp = cacheDir ? await parserFingerprint() : '';
  const cache = cacheDir ? new IngestCache(path.join(cacheDir, fp), fp) : null;
  await cache?.prune();
  const slots: (Prepared | undefined)[] = [];
  const misses: (Task & { key?: string; shardKey?: string })[] = [];
  const ids = new Set<string>();
  const inShard = (key: string) => !shard || shardOf(key, shard.n) === shard.k;
  for (const [i, f] of files.entries()) {
    const bytes = readInputBytes(f);
    // doc_ids are given over all inputs, whatever the shard, so that shards and one whole run agree.
    const hash = typeof bytes === 'string' ? '' : sha256(bytes);
    let docId = docIdFor(f);
    if (ids.has(docId)) docId = `${docId}-${(hash || sha256(f)).slice(0, 8)}`;
    ids.add(docId);
    if (typeof bytes === 'string') {
      if (!inShard(shardKey(null, docId))) continue;
      const parsed = prepare(failedDocument({ docId, sourceFile: f, sha256: '', message: bytes, code: 'unreadable', line: 0 }));
      slots[i] = withoutFiles(parsed);
      await sink?.(slots[i]!, { text: parsed.files, csv: parsed.csv });
      continue;
    }
    const key = cache?.key(hash, docId, f);
    const hit = cache && key ? cache.get(key) : null;
    // The shard key is read from the cover once and kept in the cache entry (a cached document is not read again).
    const sk = shard ? (hit?.shardKey ?? shardKeyOfBytes(bytes, docId)) : undefined;
    if (sk !== undefined && !inShard(sk)) continue;
    if (hit) {
      slots[i] = hit;
      await sink?.(hit, { file: (kind) => cache!.file(key!, kind), plain: (kind) => cache!.plainFile(key!, kind) });
    } else misses.push({ i, file: f, docId, sha256: hash, key, shardKey: sk });
  }
  const done = async (m: (typeof misses)[number], parsed: Parsed) => {
    if (m.shardKey !== undefined) parsed.shardKey = m.shardKey;
    slots[m.i] = withoutFiles(parsed);
    // A model cut short by the time budget depends on the machine's load: parse it again next time, never cache it.
    const timedOut = parsed.summary.index.problems.some((p) => p.code === 'time_budget');
    const stored = cache && m.key && !timedOut ? await cache.put(m.key, parsed) : false;
    await sink?.(slots[m.i]!, stored ? { file: (kind) => cache!.file(m.key!, kind), plain: (kind) => cache!.plainFile(m.key!, kind) } : { text: parsed.files, csv: parsed.csv });
  };
  // Explicit `jobs` is taken as given; by default a worker is started only for enough documents to pay for itself.
  const workers = jobs !== undefined ? Math.min(jobs, misses.length) : Math.min(defaultJobs(), Math.floor(misses.length / MIN_PER_WORKER));
  if (workers >= 2) {
    const byIndex = new Map(misses.map((m) => [m.i, m]));
    await parseInWorkers(
      misses.map(({ i, file, docId, sha256 }) => ({ i, file, docId, sha256 })),
      workers,
      (i, p) => done(byIndex.get(i)!, p),
    );
  } else {
    for (const m of misses) await done(m, await parseTask(m));
  }
  return slots.filter((s): s is Prepared => s !== undefined);
}

/** The previous output's index (doc_id → sha256), empty on the first run. */
export async function previousIndex(out: string): Promise<Map<string, string>> {
  try {
    const idx = JSON.parse(await readFile(path.join(out, 'index.json'), 'utf8')) as { documents: { doc_id: string; sha256: string }[] };
    return new Map(idx.documents.map((d) => [d.doc_id, d.sha256]));
  } catch {
    return new Map();
  }
}

/** Compare with the previous output's index.json: which documents are new, changed or unchanged, which were removed. */
export async function changesSince(out: string, docs: Prepared[]) {
  return changesFrom(await previousIndex(out), docs);
}

export async function runIngest(opts: IngestOptions): Promise<number> {
  const started = performance.now();
  const log = opts.log ?? (() => {});
  const err = opts.err ?? (() => {});
  const out = opts.out ?? (process.env.OUT_DIR || DEFAULT_OUT);
  const inputs = opts.inputs.length > 0 ? opts.inputs : [DEFAULT_RAW];
  // The contract: with --out, the ingest writes into <dir> and nothing anywhere else; so the cache is used by
  // default only for the default output (the site build, the maintainer's `npm run ingest`), else when asked for.
  const cacheDir = opts.cache ?? (opts.out === null && process.env.INGEST_CACHE !== '0' ? DEFAULT_CACHE : false);
  const files = await listInputs(inputs);
  const stage = await Staging.open(out, opts.fault);
  let docs: Prepared[];
  let changes: Awaited<ReturnType<typeof changesSince>>;
  try {
    docs = await prepareAll(files, cacheDir, opts.jobs, stage.doc, opts.shard);
    changes = await changesSince(out, docs);
    await stage.commit(docs);
  } catch (e) {
    await stage.abort();
    throw e;
  }
  const { change, removed } = changes;
  const parsed = docs.filter((d) => !d.cached).length;
  const rep = buildReport(docs, change, removed, { all: opts.all, out, seconds: (performance.now() - started) / 1000, parsed });
  if (!opts.quiet) for (const l of rep.lines) log(l);
  if (opts.summary) await writeFile(opts.summary, rep.markdown, { flag: 'a' });
  let bad = 0;
  for (const d of docs) {
    if (d.summary.index.status === 'ok') continue;
    bad++;
    err(`${d.summary.index.status}: ${d.sourceFile}${d.summary.index.status_reason ? ` — ${d.summary.index.status_reason}` : ''}`);
    for (const p of d.summary.errors) err(`  ${d.sourceFile}:${p.line}: ${p.message}${p.raw ? `  «${p.raw}»` : ''}`);
  }
  return bad > 0 ? 1 : 0;
}

/**
 * Merge shard outputs into one output, identical to an unsharded ingest of the same inputs: each document's files
 * are linked from the shard that holds it, index.json and the combined CSVs are written again in doc_id order.
 */
export async function mergeOutputs(shards: string[], out: string, fault?: Fault): Promise<number> {
  const stage = await Staging.open(out, fault);
  const docs: Prepared[] = [];
  const seen = new Set<string>();
  try {
    for (const dir of shards) {
      const idx = JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8')) as { documents: Prepared['summary']['index'][] };
      for (const e of idx.documents) {
        if (seen.has(e.doc_id)) throw new Error(`${e.doc_id} is in more than one shard (${dir})`);
        seen.add(e.doc_id);
        const p: Prepared = { docId: e.doc_id, sourceFile: e.source_file, sha256: e.sha256, cached: true, summary: { index: e, tables: 0, coverage: e.coverage_ratio, errors: [], warnings: 0, failing: [] } };
        docs.push(p);
        await stage.doc(p, { file: (kind) => path.join(dir, docFilePath(kind, e.doc_id)) });
      }
    }
    await stage.commit(docs);
  } catch (e) {
    await stage.abort();
    throw e;
  }
  return docs.length;
}
