import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checksCsv, factsCsv, indexEntry } from '../src/lib/export/facts.ts';
import { jsonSchemas } from '../src/lib/export/schema.ts';
import { decodeBytes, looksLikeHtml } from '../src/lib/input/decode.ts';
import { PARSER_VERSION } from '../src/lib/ingest.ts';
import type { DocumentModel } from '../src/lib/model/document.ts';
import { ingestText } from '../src/lib/pipeline.ts';
import { failedDocument } from '../src/lib/failed.ts';

export const DEFAULT_RAW = 'data/raw';
export const DEFAULT_OUT = 'data/out';

export interface IngestOptions {
  out: string | null;
  inputs: string[];
  quiet?: boolean;
  log?: (s: string) => void;
  err?: (s: string) => void;
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

export async function readDocument(file: string): Promise<DocumentModel> {
  const bytes = await readFile(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const docId = docIdFor(file);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return failedDocument({ docId, sourceFile: file, sha256, message: decoded.reason, code: decoded.code });
  if (looksLikeHtml(decoded.text)) {
    return failedDocument({ docId, sourceFile: file, sha256, message: '这是一个 HTML 网页，不是披露文本 (HTML page saved as .txt)', code: 'html' });
  }
  try {
    return ingestText({ text: decoded.text, sourceFile: file, docId, sha256 });
  } catch (e) {
    return failedDocument({ docId, sourceFile: file, sha256, message: `解析时出错: ${(e as Error).message}`, code: 'crash' });
  }
}

/** Write all outputs into a temporary directory next to `out`, then swap it in. */
export async function writeOutputs(out: string, docs: DocumentModel[]): Promise<void> {
  const parent = path.dirname(path.resolve(out));
  await mkdir(parent, { recursive: true });
  const tmp = path.join(parent, `.${path.basename(out)}.tmp-${process.pid}`);
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  const sorted = [...docs].sort((a, b) => a.doc_id.localeCompare(b.doc_id));
  await writeFile(path.join(tmp, 'index.json'), JSON.stringify({ parser_version: PARSER_VERSION, documents: sorted.map(indexEntry) }, null, 2) + '\n');
  for (const d of sorted) await writeFile(path.join(tmp, `${d.doc_id}.json`), JSON.stringify(d, null, 2) + '\n');
  await writeFile(path.join(tmp, 'facts.csv'), factsCsv(sorted));
  await writeFile(path.join(tmp, 'checks.csv'), checksCsv(sorted));
  for (const [name, schema] of Object.entries(jsonSchemas())) await writeFile(path.join(tmp, name), JSON.stringify(schema, null, 2) + '\n');
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

export function report(docs: DocumentModel[]): string[] {
  const lines: string[] = [];
  for (const d of docs) {
    const errors = d.problems.filter((p) => p.severity === 'error').length;
    const warnings = d.problems.filter((p) => p.severity === 'warning').length;
    const s = d.check_summary;
    lines.push(
      `${d.status.padEnd(7)} ${d.doc_id}  ${d.metadata.department} ${d.metadata.fiscal_year} ${d.metadata.doc_kind}  tables=${d.tables.length} coverage=${d.coverage.ratio}% errors=${errors} warnings=${warnings} checks: ${s.pass} pass (${s.rounding} 尾差), ${s.warn} warn, ${s.fail} fail, ${s.skip} skip`,
    );
  }
  return lines;
}

export async function runIngest(opts: IngestOptions): Promise<number> {
  const log = opts.log ?? (() => {});
  const err = opts.err ?? (() => {});
  const out = opts.out ?? DEFAULT_OUT;
  const inputs = opts.inputs.length > 0 ? opts.inputs : [DEFAULT_RAW];
  const files = await listInputs(inputs);
  const docs: DocumentModel[] = [];
  const ids = new Set<string>();
  for (const f of files) {
    const d = await readDocument(f);
    if (ids.has(d.doc_id)) {
      d.doc_id = `${d.doc_id}-${d.sha256.slice(0, 8)}`;
    }
    ids.add(d.doc_id);
    docs.push(d);
  }
  await writeOutputs(out, docs);
  if (!opts.quiet) for (const l of report(docs)) log(l);
  let bad = 0;
  for (const d of docs) {
    if (d.status === 'ok') continue;
    bad++;
    err(`${d.status}: ${d.source_file}`);
    for (const p of d.problems.filter((p) => p.severity === 'error').slice(0, 50)) err(`  ${d.source_file}:${p.line}: ${p.message}${p.raw ? `  «${p.raw}»` : ''}`);
  }
  if (!opts.quiet) log(`${docs.length} documents → ${out} (${docs.length - bad} ok, ${bad} failed or partial)`);
  return bad > 0 ? 1 : 0;
}
