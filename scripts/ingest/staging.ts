/** Atomic, deterministic output: everything is written to a temporary directory next to `out` and swapped in. I/O only. */
import { closeSync, copyFileSync, linkSync, openSync, readFileSync, writeSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { byDocId, COMBINED, DOC_FILE_KINDS, docFilePath, type CsvKind, type DocFileKind } from '../../src/lib/export/layout.ts';
import { CHECKS_HEADER, FACTS_HEADER } from '../../src/lib/export/facts.ts';
import { jsonSchemas } from '../../src/lib/export/schema.ts';
import type { DocFiles, Parsed, Prepared } from '../../src/lib/ingest/prepare.ts';
import { PARSER_VERSION } from '../../src/lib/version.ts';

/** Test hook: fail (throw, or SIGKILL with `kill`) after this many output files were written. */
export type Fault = { afterFiles: number; kill?: boolean };

/** Write a file so that a reader never sees half of it: temp file + rename. */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

/**
 * Where a document's files come from: their text (and uncompressed CSVs), or existing files to link — a cache entry
 * (with its uncompressed CSVs) or another output (whose compressed CSVs are then decompressed for the combined CSVs).
 */
export type DocSource = { text: DocFiles; csv: Parsed['csv'] } | { file: (kind: DocFileKind) => string; plain?: (kind: CsvKind) => string };

/** Where the combined CSVs take a document's rows from: an uncompressed CSV file, or a gzip-compressed one. */
type CsvSource = { path: string; gz: boolean };
const CONCAT = '.concat';

/** Receives each document's files as soon as they exist. */
export type DocSink = (p: Prepared, src: DocSource) => Promise<void>;

/**
 * The next output, built in a temporary directory next to `out` and swapped in by `commit`: a crash at any point
 * leaves the previous output whole (and the next run cleans the temporary directory up). Output bytes depend only
 * on the inputs: documents in doc_id order (code-point order), no timestamps.
 */
export class Staging {
  private written = 0;
  private readonly csvSources = new Map<string, Record<CsvKind, CsvSource>>();
  private constructor(
    readonly out: string,
    readonly tmp: string,
    private fault?: Fault,
  ) {}

  static async open(out: string, fault?: Fault): Promise<Staging> {
    const parent = path.dirname(path.resolve(out));
    const base = path.basename(out);
    await mkdir(parent, { recursive: true });
    await recover(parent, base);
    const tmp = path.join(parent, `.${base}.tmp-${process.pid}`);
    await rm(tmp, { recursive: true, force: true });
    for (const k of DOC_FILE_KINDS) await mkdir(path.dirname(path.join(tmp, docFilePath(k, 'x'))), { recursive: true });
    for (const k of ['facts', 'checks']) await mkdir(path.join(tmp, CONCAT, k), { recursive: true });
    return new Staging(out, tmp, fault);
  }

  private tick(): void {
    this.written++;
    if (this.fault && this.written >= this.fault.afterFiles) {
      if (this.fault.kill) process.kill(process.pid, 'SIGKILL');
      throw new Error(`simulated crash after ${this.written} files`);
    }
  }

  /** A document's files: written, or hard-linked (copied across file systems) from where they already are. */
  readonly doc: DocSink = async (p, src) => {
    for (const kind of DOC_FILE_KINDS) {
      const dest = path.join(this.tmp, docFilePath(kind, p.docId));
      if ('text' in src) await writeFile(dest, src.text[kind]);
      else {
        try {
          linkSync(src.file(kind), dest);
        } catch {
          copyFileSync(src.file(kind), dest);
        }
      }
    }
    const csvSource = async (kind: CsvKind): Promise<CsvSource> => {
      if ('text' in src) {
        const side = path.join(this.tmp, CONCAT, kind, `${p.docId}.csv`);
        await writeFile(side, src.csv[kind]);
        return { path: side, gz: false };
      }
      if (src.plain) return { path: src.plain(kind), gz: false };
      return { path: path.join(this.tmp, docFilePath(kind, p.docId)), gz: true };
    };
    this.csvSources.set(p.docId, { facts: await csvSource('facts'), checks: await csvSource('checks') });
    this.tick();
  };

  /** index.json, the combined CSVs (concatenated from the staged per-document files), the schemas; then the swap. */
  async commit(docs: readonly Prepared[]): Promise<void> {
    const { tmp, out } = this;
    const sorted = [...docs].sort(byDocId);
    await writeFile(path.join(tmp, 'index.json'), JSON.stringify({ parser_version: PARSER_VERSION, documents: sorted.map((d) => d.summary.index) }, null, 2) + '\n');
    this.tick();
    for (const { file, kind } of COMBINED) {
      concatenate(
        path.join(tmp, file),
        kind === 'facts' ? FACTS_HEADER : CHECKS_HEADER,
        sorted.map((d) => this.csvSources.get(d.docId)?.[kind] ?? { path: path.join(tmp, docFilePath(kind, d.docId)), gz: true }),
      );
      this.tick();
    }
    await rm(path.join(tmp, CONCAT), { recursive: true, force: true });
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

/** `header`, then each CSV file (uncompressed, or gzip) without its own header row (one file in memory at a time). */
function concatenate(dest: string, header: string, files: readonly CsvSource[]): void {
  const fd = openSync(dest, 'w');
  try {
    writeSync(fd, header);
    for (const f of files) {
      const buf = f.gz ? gunzipSync(readFileSync(f.path)) : readFileSync(f.path);
      const body = buf.subarray(buf.indexOf(10) + 1);
      if (body.length > 0) writeSync(fd, body);
    }
  } finally {
    closeSync(fd);
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
