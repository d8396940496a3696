/**
 * The content loader's work, without Astro: read index.json, and for each selected entry store a projection of its
 * document under a digest of the stored file's bytes (plus the projection's version). An entry whose digest is
 * unchanged is neither read as a model nor projected nor stored again, so a rebuild after adding one disclosure
 * parses one document. Entries no longer selected are removed. Invalid documents are skipped with a warning (the
 * quality page still lists them from index.json), never allowed to break the build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readDocument } from '../lib/export/stored.ts';
import { DocumentModel, Index, type IndexEntry } from '../lib/model/document.ts';

/** The part of Astro's LoaderContext this uses (a Map-backed fake in tests). */
export interface LoadContext {
  store: {
    get(id: string): { digest?: string | number } | undefined;
    set(entry: { id: string; data: Record<string, unknown>; digest: string }): boolean;
    keys(): string[];
    delete(id: string): void;
  };
  generateDigest(data: string): string;
  logger: { warn(message: string): void };
}

export interface LoadOptions {
  outDir: string;
  /** Which index entries this collection holds. */
  select: (e: IndexEntry) => boolean;
  /** What is stored per entry (the page's projection of the document). */
  project: (doc: DocumentModel) => object;
  /** Changes every digest when the projection changes. */
  version: string;
}

export interface LoadStats {
  /** Documents read, validated and projected. */
  parsed: number;
  /** Entries kept as they were (digest unchanged). */
  unchanged: number;
  /** Entries removed (no longer in the index or no longer selected). */
  removed: number;
  /** Documents skipped (missing file, invalid doc_id or model). */
  skipped: number;
}

const DOC_ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * A hash of the source files (.ts, .json; tests excluded) under some directories: part of a projection's version, so
 * that editing the code that projects (src/data, src/lib/site) re-projects every entry even when nobody bumped the
 * version constant. A missing directory counts as empty.
 */
export function codeFingerprint(dirs: readonly string[]): string {
  const h = createHash('sha256');
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|json)$/.test(e.name) && !/\.test\.ts$/.test(e.name)) h.update(p).update('\0').update(readFileSync(p)).update('\0');
    }
  };
  for (const d of dirs) walk(d);
  return h.digest('hex').slice(0, 16);
}

/** The valid index entries of an ingest output ([] when there is no index.json). */
export function readIndex(outDir: string, warn: (m: string) => void = () => {}): IndexEntry[] {
  const p = path.join(outDir, 'index.json');
  if (!existsSync(p)) return [];
  const r = Index.safeParse(JSON.parse(readFileSync(p, 'utf8')));
  if (!r.success) {
    warn(`${p} does not match the schema: ${r.error.message.slice(0, 300)}`);
    return [];
  }
  return r.data.documents;
}

export async function loadDocuments(ctx: LoadContext, opts: LoadOptions): Promise<LoadStats> {
  const stats: LoadStats = { parsed: 0, unchanged: 0, removed: 0, skipped: 0 };
  const keep = new Set<string>();
  for (const e of readIndex(opts.outDir, ctx.logger.warn)) {
    if (!DOC_ID.test(e.doc_id) || !opts.select(e)) continue;
    const file = path.join(opts.outDir, `${e.doc_id}.json`);
    if (!existsSync(file)) {
      stats.skipped++;
      continue;
    }
    const text = readFileSync(file, 'utf8');
    const digest = ctx.generateDigest(`${opts.version}\n${text}`);
    if (ctx.store.get(e.doc_id)?.digest === digest) {
      keep.add(e.doc_id);
      stats.unchanged++;
      continue;
    }
    const parsed = DocumentModel.safeParse(readDocument(JSON.parse(text)));
    if (!parsed.success) {
      ctx.logger.warn(`${file} skipped: ${parsed.error.message.slice(0, 300)}`);
      stats.skipped++;
      continue;
    }
    ctx.store.set({ id: e.doc_id, data: opts.project(parsed.data) as Record<string, unknown>, digest });
    keep.add(e.doc_id);
    stats.parsed++;
  }
  for (const id of ctx.store.keys()) {
    if (keep.has(id)) continue;
    ctx.store.delete(id);
    stats.removed++;
  }
  return stats;
}
