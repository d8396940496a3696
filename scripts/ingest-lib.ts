import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { csvLine } from '../src/lib/export/csv.ts';
import { checkRows, factRows, indexEntry } from '../src/lib/export/facts.ts';
import { jsonSchemas } from '../src/lib/export/schema.ts';
import { decodeBytes, looksLikeHtml } from '../src/lib/input/decode.ts';
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
  /** Cache directory, or false to parse everything again. Default DEFAULT_CACHE (env INGEST_CACHE=0 disables). */
  cache?: string | false;
  /** List every document in the report, not only new, changed and failing ones. */
  all?: boolean;
  /** Write the report as Markdown to this file too (CI job summary). */
  summary?: string | null;
  /** Test hook: fail (throw, or SIGKILL with `kill`) after this many output files were written. */
  fault?: { afterFiles: number; kill?: boolean };
}

/** Recursively list .txt files under the given paths, sorted for deterministic output. */
export async function listInputs(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  async function walk(p: string): Promise<void> {
    const s = await stat(p);
    if (s.isDirectory()) {
      const entries = (await readdir(p)).sort();
      for (const e of entries) await walk(path.join(p, e));
    } else if (p.toLowerCase().endsWith('.txt')) files.push(p);
  }
  for (const p of paths) await walk(p);
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
  if (!decoded.ok) return failedDocument({ docId, sourceFile: file, sha256: hash, message: decoded.reason, code: decoded.code });
  if (looksLikeHtml(decoded.text)) {
    return failedDocument({ docId, sourceFile: file, sha256: hash, message: '这是一个 HTML 网页，不是披露文本 (HTML page saved as .txt)', code: 'html' });
  }
  try {
    return ingestText({ text: decoded.text, sourceFile: file, docId, sha256: hash });
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

/** One document ready to be written: from a fresh parse (model) or from the cache (file to link). */
export interface Prepared {
  docId: string;
  sourceFile: string;
  sha256: string;
  summary: DocSummary;
  /** `<doc_id>.json` text, or null when `jsonFile` holds it. */
  json: string | null;
  jsonFile: string | null;
  /** facts.csv and checks.csv rows of this document (CRLF-terminated, no header). */
  facts: string;
  checks: string;
  cached: boolean;
}

const rowsCsv = (rows: readonly (readonly (string | number | null | undefined)[])[]) => rows.map((r) => csvLine(r) + '\r\n').join('');

export function prepare(doc: DocumentModel, cached = false): Prepared {
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
    json: JSON.stringify(doc, null, 2) + '\n',
    jsonFile: null,
    facts: rowsCsv(factRows(doc)),
    checks: rowsCsv(checkRows(doc)),
    cached,
  };
}

/** Write a file so that a reader never sees half of it: temp file + rename. */
async function writeAtomic(file: string, data: string): Promise<void> {
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
  async get(key: string): Promise<Prepared | null> {
    const base = path.join(this.dir, key);
    try {
      const meta = JSON.parse(await readFile(`${base}.meta.json`, 'utf8')) as Omit<Prepared, 'facts' | 'json' | 'jsonFile' | 'cached'>;
      const facts = await readFile(`${base}.facts.csv`, 'utf8');
      return { ...meta, facts, json: null, jsonFile: `${base}.doc.json`, cached: true };
    } catch {
      return null; // missing or damaged entry: parse again
    }
  }
  /** Document and facts first, meta last: an entry exists only when complete. A cache that cannot be written is skipped. */
  async put(key: string, p: Prepared): Promise<void> {
    try {
      await mkdir(this.dir, { recursive: true });
      const base = path.join(this.dir, key);
      await writeAtomic(`${base}.doc.json`, p.json!);
      await writeAtomic(`${base}.facts.csv`, p.facts);
      const { facts: _f, json: _j, jsonFile: _jf, cached: _c, ...meta } = p;
      await writeAtomic(`${base}.meta.json`, JSON.stringify(meta));
    } catch {
      // read-only or concurrently pruned cache: the output is still written
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

async function loadCachedModel(p: Prepared): Promise<DocumentModel> {
  return JSON.parse(p.json ?? (await readFile(p.jsonFile!, 'utf8'))) as DocumentModel;
}

/** Read, hash and parse (or fetch from the cache) every input; doc_ids made unique. */
export async function prepareAll(files: string[], cacheDir: string | false): Promise<Prepared[]> {
  const fp = cacheDir ? await parserFingerprint() : '';
  const cache = cacheDir ? new IngestCache(path.join(cacheDir, fp), fp) : null;
  await cache?.prune();
  const out: Prepared[] = [];
  const ids = new Set<string>();
  for (const f of files) {
    const bytes = await readFile(f);
    const hash = sha256(bytes);
    const docId = docIdFor(f);
    const key = cache?.key(hash, docId, f);
    let p = cache && key ? await cache.get(key) : null;
    if (!p) {
      p = prepare(parseBytes(bytes, f, docId, hash));
      if (cache && key) await cache.put(key, p);
    }
    if (ids.has(p.docId)) {
      const model = await loadCachedModel(p);
      model.doc_id = `${model.doc_id}-${model.sha256.slice(0, 8)}`;
      p = { ...prepare(model), cached: p.cached };
    }
    ids.add(p.docId);
    out.push(p);
  }
  return out;
}

const byId = (a: { docId: string }, b: { docId: string }) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0);

/**
 * Write all outputs into a temporary directory next to `out`, then swap it in: a crash at any point leaves the
 * previous output whole (and the next run cleans the temporary directory up). Output bytes depend only on the
 * inputs: documents in doc_id order (code-point order), no timestamps.
 */
export async function writePrepared(out: string, docs: Prepared[], fault?: IngestOptions['fault']): Promise<void> {
  const parent = path.dirname(path.resolve(out));
  const base = path.basename(out);
  await mkdir(parent, { recursive: true });
  await recover(parent, base);
  const tmp = path.join(parent, `.${base}.tmp-${process.pid}`);
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  let written = 0;
  const tick = () => {
    written++;
    if (fault && written >= fault.afterFiles) {
      if (fault.kill) process.kill(process.pid, 'SIGKILL');
      throw new Error(`simulated crash after ${written} files`);
    }
  };
  try {
    const sorted = [...docs].sort(byId);
    await writeFile(path.join(tmp, 'index.json'), JSON.stringify({ parser_version: PARSER_VERSION, documents: sorted.map((d) => d.summary.index) }, null, 2) + '\n');
    tick();
    for (const d of sorted) {
      const dest = path.join(tmp, `${d.docId}.json`);
      if (d.json !== null) await writeFile(dest, d.json);
      else await link(d.jsonFile!, dest).catch(() => copyFile(d.jsonFile!, dest));
      tick();
    }
    await writeFile(path.join(tmp, 'facts.csv'), csvLine([...FACT_COLUMNS, ...FACT_EXTRA_COLUMNS]) + '\r\n' + sorted.map((d) => d.facts).join(''));
    tick();
    await writeFile(path.join(tmp, 'checks.csv'), csvLine(CHECK_COLUMNS) + '\r\n' + sorted.map((d) => d.checks).join(''));
    tick();
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      await writeFile(path.join(tmp, name), JSON.stringify(schema, null, 2) + '\n');
      tick();
    }
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  const old = path.join(parent, `.${base}.old-${process.pid}`);
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

/** Write all outputs for parsed documents (see writePrepared). */
export async function writeOutputs(out: string, docs: DocumentModel[]): Promise<void> {
  await writePrepared(out, docs.map((d) => prepare(d)));
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
  const out = opts.out ?? DEFAULT_OUT;
  const inputs = opts.inputs.length > 0 ? opts.inputs : [DEFAULT_RAW];
  const cacheDir = opts.cache ?? (process.env.INGEST_CACHE === '0' ? false : DEFAULT_CACHE);
  const files = await listInputs(inputs);
  const docs = await prepareAll(files, cacheDir);
  const { change, removed } = await changesSince(out, docs);
  await writePrepared(out, docs, opts.fault);
  const parsed = docs.filter((d) => !d.cached).length;
  const rep = buildReport(docs, change, removed, { all: opts.all, out, seconds: (performance.now() - started) / 1000, parsed });
  if (!opts.quiet) for (const l of rep.lines) log(l);
  if (opts.summary) await writeFile(opts.summary, rep.markdown, { flag: 'a' });
  let bad = 0;
  for (const d of docs) {
    if (d.summary.index.status === 'ok') continue;
    bad++;
    err(`${d.summary.index.status}: ${d.sourceFile}`);
    for (const p of d.summary.errors) err(`  ${d.sourceFile}:${p.line}: ${p.message}${p.raw ? `  «${p.raw}»` : ''}`);
  }
  return bad > 0 ? 1 : 0;
}
