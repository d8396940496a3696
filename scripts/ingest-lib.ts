import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { csvLine } from '../src/lib/export/csv.ts';
import { checkRows, factRows, indexEntry } from '../src/lib/export/facts.ts';
import { jsonSchemas } from '../src/lib/export/schema.ts';
import { decodeBytes, htmlLine, MAX_FILE_BYTES } from '../src/lib/input/decode.ts';
import { docBudgetMs, timeBudget } from '../src/lib/input/limits.ts';
import { PARSER_VERSION } from '../src/lib/ingest.ts';
import { CHECK_COLUMNS, FACT_COLUMNS, FACT_EXTRA_COLUMNS, type DocumentModel, type IndexEntry, type Problem } from '../src/lib/model/document.ts';
import { ingestText } from '../src/lib/pipeline.ts';
import { failedDocument } from '../src/lib/failed.ts';

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
  /** Test hook: fail (throw, or SIGKILL with `kill`) after this many output files were written. */
  fault?: { afterFiles: number; kill?: boolean };
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

/** doc_id from the file name: ASCII slug, [a-z0-9-], never a path. */
export function docIdFor(file: string): string {
  const base = path.basename(file).replace(/\.txt$/i, '');
  const slug = base
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length >= 3) return slug.slice(0, 120);
  return `doc-${createHash('sha256').update(base).digest('hex').slice(0, 12)}`;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Parse file bytes into the document model (never throws). */
export function parseBytes(bytes: Uint8Array, file: string, docId = docIdFor(file), hash = sha256(bytes)): DocumentModel {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return failedDocument({ docId, sourceFile: file, sha256: hash, message: decoded.reason, code: decoded.code, line: decoded.line });
  const html = htmlLine(decoded.text);
  if (html !== null) {
    return failedDocument({ docId, sourceFile: file, sha256: hash, message: '这是一个 HTML 网页，不是披露文本 (HTML page saved as .txt)', code: 'html', line: html });
  }
  try {
    // Per-document time budget (INGEST_DOC_BUDGET_MS): an overrun is reported in the model, never a stall.
    return ingestText({ text: decoded.text, sourceFile: file, docId, sha256: hash, budget: timeBudget(docBudgetMs(process.env)) });
  } catch (e) {
    return failedDocument({ docId, sourceFile: file, sha256: hash, message: `解析时出错: ${(e as Error).message}`, code: 'crash' });
  }
}

export async function readDocument(file: string): Promise<DocumentModel> {
  return parseBytes(await readFile(file), file);
}

let fingerprint: string | null = null;
/**
 * What the cache is keyed on besides the content: PARSER_VERSION and a hash of every parsing source file under
 * src/lib (the site and the synthetic corpus excluded), so a parser change invalidates every entry even when
 * nobody bumped PARSER_VERSION.
 */
export async function parserFingerprint(root = path.resolve(import.meta.dirname, '../src/lib')): Promise<string> {
  const isDefault = root === path.resolve(import.meta.dirname, '../src/lib');
  if (fingerprint && isDefault) return fingerprint;
  const h = createHash('sha256').update(PARSER_VERSION).update('\0');
  const files: string[] = [];
  async function walk(dir: string): Promise<void> {
    for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, e.name);
      const rel = path.relative(root, p);
      if (e.isDirectory()) {
        if (rel === 'site' || rel === 'synth') continue;
        await walk(p);
      } else if (/\.(ts|json)$/.test(e.name) && !/\.test\.ts$/.test(e.name)) files.push(p);
    }
  }
  await walk(root);
  for (const f of files) h.update(path.relative(root, f)).update('\0').update(await readFile(f)).update('\0');
  const fp = `${PARSER_VERSION}-${h.digest('hex').slice(0, 16)}`;
  if (isDefault) fingerprint = fp;
  return fp;
}

/** What the report needs about a document (kept in the cache next to the outputs). */
export interface DocSummary {
  index: IndexEntry;
  tables: number;
  coverage: string;
  errors: Problem[];
  warnings: number;
  failing: { check_id: string; title: string; message: string }[];
}

/**
 * One document as the output needs it, without its (large) JSON text, which goes straight to disk: the index
 * entry and report summary, and its facts.csv / checks.csv rows as UTF-8 bytes (CRLF-terminated, no header).
 */
export interface Prepared {
  docId: string;
  sourceFile: string;
  sha256: string;
  summary: DocSummary;
  facts: Uint8Array;
  checks: Uint8Array;
  /** True when it came from the cache (not parsed in this run). */
  cached: boolean;
}

/** A freshly parsed document: what is kept plus its `<doc_id>.json` text. */
export interface Parsed extends Prepared {
  json: string;
}

const rowsCsv = (rows: readonly (readonly (string | number | null | undefined)[])[]) => Buffer.from(rows.map((r) => csvLine(r) + '\r\n').join(''));

export function prepare(doc: DocumentModel): Parsed {
  return {
    docId: doc.doc_id,
    sourceFile: doc.source_file,
    sha256: doc.sha256,
    summary: {
      index: indexEntry(doc),
      tables: doc.tables.length,
      coverage: doc.coverage.ratio,
      errors: doc.problems.filter((p) => p.severity === 'error').slice(0, 50),
      warnings: doc.problems.filter((p) => p.severity === 'warning').length,
      failing: doc.checks.filter((c) => c.status === 'fail').map((c) => ({ check_id: c.check_id, title: c.title, message: c.message })),
    },
    facts: rowsCsv(factRows(doc)),
    checks: rowsCsv(checkRows(doc)),
    cached: false,
    // Compact: the document JSON is for programs (pretty-printing doubles the size of the whole output, see docs/scale.md).
    json: JSON.stringify(doc) + '\n',
  };
}

const strip = ({ json: _json, ...p }: Parsed): Prepared => p;

/** Write a file so that a reader never sees half of it: temp file + rename. */
async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

export class IngestCache {
  constructor(
    readonly dir: string,
    readonly fp: string,
  ) {}
  key(sha: string, docId: string, file: string): string {
    return sha256(`${this.fp}\0${sha}\0${docId}\0${file}`).slice(0, 40);
  }
  docFile(key: string): string {
    return path.join(this.dir, `${key}.doc.json`);
  }
  /**
   * An entry is two files: `<key>.doc.json` (hard-linked into the output) and `<key>.entry` = one line of JSON
   * (ids, summary, byte lengths) followed by the facts.csv and checks.csv rows. One small synchronous read per hit.
   */
  get(key: string): Prepared | null {
    try {
      const buf = readFileSync(path.join(this.dir, `${key}.entry`));
      const nl = buf.indexOf(10);
      const meta = JSON.parse(buf.subarray(0, nl).toString('utf8')) as Omit<Prepared, 'facts' | 'checks' | 'cached'> & { factsBytes: number; checksBytes: number };
      const facts = buf.subarray(nl + 1, nl + 1 + meta.factsBytes);
      const checks = buf.subarray(nl + 1 + meta.factsBytes, nl + 1 + meta.factsBytes + meta.checksBytes);
      if (checks.length !== meta.checksBytes || !existsSync(this.docFile(key))) return null;
      const { factsBytes: _f, checksBytes: _c, ...ids } = meta;
      return { ...ids, facts, checks, cached: true };
    } catch {
      return null; // missing or damaged entry: parse again
    }
  }
  /** Document first, entry last: an entry exists only when complete. False when it could not be written. */
  async put(key: string, p: Parsed): Promise<boolean> {
    try {
      await mkdir(this.dir, { recursive: true });
      await writeAtomic(this.docFile(key), p.json);
      const { facts, checks, json: _j, cached: _k, ...ids } = p;
      const head = Buffer.from(JSON.stringify({ ...ids, factsBytes: facts.length, checksBytes: checks.length }) + '\n');
      await writeAtomic(path.join(this.dir, `${key}.entry`), Buffer.concat([head, facts, checks]));
      return true;
    } catch {
      return false; // read-only or concurrently pruned cache: the output is still written
    }
  }
  /** Entries of other parser fingerprints can never be hit again: drop them. */
  async prune(): Promise<void> {
    const root = path.dirname(this.dir);
    for (const e of await readdir(root).catch(() => [] as string[])) {
      if (e !== path.basename(this.dir)) await rm(path.join(root, e), { recursive: true, force: true }).catch(() => {});
    }
  }
}

/** Worker threads used for parsing: INGEST_JOBS, else one per core (at most 8); 1 parses in the main thread. */
export function defaultJobs(): number {
  const env = Number(process.env.INGEST_JOBS);
  if (Number.isInteger(env) && env >= 1) return env;
  return Math.max(1, Math.min(8, availableParallelism()));
}

/** Fewer documents than this per worker are parsed in the main thread (starting a worker costs more than it saves). */
const MIN_PER_WORKER = 8;

interface Task {
  i: number;
  file: string;
  docId: string;
  sha256: string;
}

/** Parse documents on `jobs` worker threads, one message per document so the load balances. */
async function parseInWorkers(tasks: Task[], jobs: number, onResult: (i: number, p: Parsed) => Promise<void>): Promise<void> {
  const queue = [...tasks];
  const pending: Promise<void>[] = [];
  const done = new Set<number>();
  const url = new URL('./ingest-worker.ts', import.meta.url);
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      // The worker needs the TypeScript loader: inherited when run through tsx, added otherwise (vitest, plain node).
      const execArgv = process.execArgv.some((a) => a.includes('tsx')) ? process.execArgv : [...process.execArgv, '--import', 'tsx'];
      const w = new Worker(url, { execArgv });
      try {
        await new Promise<void>((resolve, reject) => {
          const next = () => w.postMessage(queue.shift() ?? null);
          w.on('message', (m: { i: number; p: Parsed }) => {
            done.add(m.i);
            pending.push(onResult(m.i, m.p));
            next();
          });
          w.on('error', reject);
          w.on('exit', () => resolve());
          next();
        });
      } finally {
        await w.terminate();
      }
    }),
  );
  await Promise.all(pending);
  for (const t of tasks) if (!done.has(t.i)) throw new Error(`ingest worker lost ${t.file}`);
}

/** Receives each document's JSON as soon as it exists: its text, or a (cache) file holding it. */
export type DocSink = (p: Prepared, json: { text: string } | { file: string }) => Promise<void>;

/**
 * Read and hash every input, give it its doc_id (a second file with the same name gets `-<sha8>`), and take it from
 * the cache or parse it — on worker threads when there are enough (`jobs`, default one per core, see defaultJobs). The JSON text of
 * each document goes to `sink` and is not kept; the result, in input order, holds what index, CSVs and report need.
 */
export async function prepareAll(files: string[], cacheDir: string | false, jobs?: number, sink?: DocSink): Promise<Prepared[]> {
  const fp = cacheDir ? await parserFingerprint() : '';
  const cache = cacheDir ? new IngestCache(path.join(cacheDir, fp), fp) : null;
  await cache?.prune();
  const slots: Prepared[] = [];
  const misses: (Task & { key?: string })[] = [];
  const ids = new Set<string>();
  for (const [i, f] of files.entries()) {
    const bytes = readInputBytes(f);
    if (typeof bytes === 'string') {
      let docId = docIdFor(f);
      if (ids.has(docId)) docId = `${docId}-${sha256(f).slice(0, 8)}`;
      ids.add(docId);
      const parsed = prepare(failedDocument({ docId, sourceFile: f, sha256: '', message: bytes, code: 'unreadable', line: 0 }));
      slots[i] = strip(parsed);
      await sink?.(slots[i]!, { text: parsed.json });
      continue;
    }
    const hash = sha256(bytes);
    let docId = docIdFor(f);
    if (ids.has(docId)) docId = `${docId}-${hash.slice(0, 8)}`;
    ids.add(docId);
    const key = cache?.key(hash, docId, f);
    const hit = cache && key ? cache.get(key) : null;
    if (hit) {
      slots[i] = hit;
      await sink?.(hit, { file: cache!.docFile(key!) });
    } else misses.push({ i, file: f, docId, sha256: hash, key });
  }
  const done = async (m: (typeof misses)[number], parsed: Parsed) => {
    slots[m.i] = strip(parsed);
    // A model cut short by the time budget depends on the machine's load: parse it again next time, never cache it.
    const timedOut = parsed.summary.index.problems.some((p) => p.code === 'time_budget');
    const stored = cache && m.key && !timedOut ? await cache.put(m.key, parsed) : false;
    await sink?.(slots[m.i]!, stored ? { file: cache!.docFile(m.key!) } : { text: parsed.json });
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
    for (const m of misses) await done(m, prepare(parseBytes(await readFile(m.file), m.file, m.docId, m.sha256)));
  }
  return slots;
}

const byId = (a: { docId: string }, b: { docId: string }) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0);

/**
 * The next output, built in a temporary directory next to `out` and swapped in by `commit`: a crash at any point
 * leaves the previous output whole (and the next run cleans the temporary directory up). Output bytes depend only
 * on the inputs: documents in doc_id order (code-point order), no timestamps.
 */
export class Staging {
  private written = 0;
  private constructor(
    readonly out: string,
    readonly tmp: string,
    private fault?: IngestOptions['fault'],
  ) {}

  static async open(out: string, fault?: IngestOptions['fault']): Promise<Staging> {
    const parent = path.dirname(path.resolve(out));
    const base = path.basename(out);
    await mkdir(parent, { recursive: true });
    await recover(parent, base);
    const tmp = path.join(parent, `.${base}.tmp-${process.pid}`);
    await rm(tmp, { recursive: true, force: true });
    await mkdir(tmp, { recursive: true });
    return new Staging(out, tmp, fault);
  }

  private tick(): void {
    this.written++;
    if (this.fault && this.written >= this.fault.afterFiles) {
      if (this.fault.kill) process.kill(process.pid, 'SIGKILL');
      throw new Error(`simulated crash after ${this.written} files`);
    }
  }

  /** `<doc_id>.json`: written, or hard-linked from the cache (copied across file systems). */
  readonly doc: DocSink = async (p, json) => {
    const dest = path.join(this.tmp, `${p.docId}.json`);
    if ('text' in json) await writeFile(dest, json.text);
    else {
      try {
        linkSync(json.file, dest);
      } catch {
        copyFileSync(json.file, dest); // another file system
      }
    }
    this.tick();
  };

  async commit(docs: Prepared[]): Promise<void> {
    const { tmp, out } = this;
    const sorted = [...docs].sort(byId);
    await writeFile(path.join(tmp, 'index.json'), JSON.stringify({ parser_version: PARSER_VERSION, documents: sorted.map((d) => d.summary.index) }, null, 2) + '\n');
    this.tick();
    await writeFile(path.join(tmp, 'facts.csv'), [Buffer.from(csvLine([...FACT_COLUMNS, ...FACT_EXTRA_COLUMNS]) + '\r\n'), ...sorted.map((d) => d.facts)]);
    this.tick();
    await writeFile(path.join(tmp, 'checks.csv'), [Buffer.from(csvLine(CHECK_COLUMNS) + '\r\n'), ...sorted.map((d) => d.checks)]);
    this.tick();
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      await writeFile(path.join(tmp, name), JSON.stringify(schema, null, 2) + '\n');
      this.tick();
    }
    const parent = path.dirname(path.resolve(out));
    const old = path.join(parent, `.${path.basename(out)}.old-${process.pid}`);
    let hadOld = false;
    try {
      await rename(out, old);
      hadOld = true;
    } catch {
      // no previous output
    }
    await rename(tmp, out);
    if (hadOld) await rm(old, { recursive: true, force: true });
  }

  async abort(): Promise<void> {
    await rm(this.tmp, { recursive: true, force: true });
  }
}

/** Undo what a killed run left behind: restore `out` if it was moved aside, drop temporary directories of dead runs. */
export async function recover(parent: string, base: string): Promise<void> {
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return pid !== process.pid;
    } catch {
      return false;
    }
  };
  const entries = await readdir(parent).catch(() => [] as string[]);
  const outExists = entries.includes(base);
  for (const e of entries) {
    const m = new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)$`).exec(e);
    if (!m || alive(Number(m[2]))) continue;
    if (m[1] === 'old' && !outExists) await rename(path.join(parent, e), path.join(parent, base));
    else await rm(path.join(parent, e), { recursive: true, force: true });
  }
}

/** Write all outputs for already parsed documents (atomically, see Staging). */
export async function writeOutputs(out: string, docs: DocumentModel[], fault?: IngestOptions['fault']): Promise<void> {
  const stage = await Staging.open(out, fault);
  try {
    const prepared: Prepared[] = [];
    for (const d of docs) {
      const p = prepare(d);
      await stage.doc(p, { text: p.json });
      prepared.push(strip(p));
    }
    await stage.commit(prepared);
  } catch (e) {
    await stage.abort();
    throw e;
  }
}

export type Change = 'new' | 'changed' | 'unchanged';

/** Compare with the previous output's index.json: which documents are new, changed (other content) or unchanged, which were removed. */
export async function changesSince(out: string, docs: Prepared[]): Promise<{ change: Map<string, Change>; removed: string[] }> {
  let previous = new Map<string, string>();
  try {
    const idx = JSON.parse(await readFile(path.join(out, 'index.json'), 'utf8')) as { documents: { doc_id: string; sha256: string }[] };
    previous = new Map(idx.documents.map((d) => [d.doc_id, d.sha256]));
  } catch {
    // first run
  }
  const change = new Map<string, Change>();
  for (const d of docs) {
    const prev = previous.get(d.docId);
    change.set(d.docId, prev === undefined ? 'new' : prev === d.sha256 ? 'unchanged' : 'changed');
  }
  const removed = [...previous.keys()].filter((id) => !change.has(id)).sort();
  return { change, removed };
}

export function reportLine(d: Prepared, change?: Change): string {
  const s = d.summary;
  const i = s.index;
  const c = i.check_summary;
  return `${(change ?? '').padEnd(10)}${i.status.padEnd(8)}${d.docId}  ${i.department} ${i.fiscal_year} ${i.doc_kind}  tables=${s.tables} coverage=${s.coverage}% errors=${s.errors.length} warnings=${s.warnings} checks: ${c.pass} pass (${c.rounding} 尾差), ${c.warn} warn, ${c.fail} fail, ${c.skip} skip`.trimStart();
}

/** Report lines for parsed documents (one per document). */
export function report(docs: DocumentModel[]): string[] {
  return docs.map((d) => reportLine(prepare(d)));
}

export interface IngestReport {
  lines: string[];
  markdown: string;
}

/** The maintainer's report: counts, then every new / changed / not-ok document with its problems and failing checks. */
export function buildReport(docs: Prepared[], change: Map<string, Change>, removed: string[], opts: { all?: boolean; out: string; seconds: number; parsed: number }): IngestReport {
  const count = (c: Change) => docs.filter((d) => change.get(d.docId) === c).length;
  const bad = docs.filter((d) => d.summary.index.status !== 'ok');
  const head = `${docs.length} documents → ${opts.out}: ${count('new')} new, ${count('changed')} changed, ${count('unchanged')} unchanged, ${removed.length} removed; ${docs.length - bad.length} ok, ${bad.length} failed or partial; parsed ${opts.parsed}, from cache ${docs.length - opts.parsed} (${opts.seconds.toFixed(2)} s)`;
  const lines: string[] = [];
  const md: string[] = ['## Ingest report', '', head, ''];
  const listed = docs.filter((d) => opts.all || change.get(d.docId) !== 'unchanged' || d.summary.index.status !== 'ok');
  if (listed.length) md.push('| change | status | document | coverage | errors | warnings | failing checks |', '|---|---|---|---|---|---|---|');
  for (const d of listed) {
    lines.push(reportLine(d, change.get(d.docId)));
    if (d.summary.index.status_reason) lines.push(`    why ${d.summary.index.status}: ${d.summary.index.status_reason}`);
    for (const f of d.summary.failing.slice(0, 10)) lines.push(`    check ${f.check_id} failed: ${f.title} — ${f.message}`);
    const s = d.summary;
    md.push(`| ${change.get(d.docId)} | ${s.index.status} | \`${d.docId}\` ${s.index.department} ${s.index.fiscal_year} | ${s.coverage}% | ${s.errors.length} | ${s.warnings} | ${s.failing.map((f) => f.check_id).join(', ')} |`);
  }
  for (const r of removed) {
    lines.push(`removed  ${r}`);
    md.push(`| removed | | \`${r}\` | | | | |`);
  }
  lines.push(head);
  const problems = docs.filter((d) => d.summary.errors.length > 0);
  if (problems.length) {
    md.push('', '### Problems', '');
    for (const d of problems) for (const p of d.summary.errors.slice(0, 20)) md.push(`- \`${d.sourceFile}:${p.line}\` ${p.message}`);
  }
  return { lines, markdown: md.join('\n') + '\n' };
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
    docs = await prepareAll(files, cacheDir, opts.jobs, stage.doc);
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
