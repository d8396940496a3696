/** The incremental ingest cache: content-addressed entries on disk, keyed by the parser fingerprint. I/O only. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { DOC_FILE_KINDS, type CsvKind, type DocFileKind } from '../../src/lib/export/layout.ts';
import { sha256 } from '../../src/lib/ingest/parse-bytes.ts';
import type { Parsed, Prepared } from '../../src/lib/ingest/prepare.ts';
import { PARSER_VERSION } from '../../src/lib/version.ts';
import { writeAtomic } from './staging.ts';

const LIB = path.resolve(import.meta.dirname, '../../src/lib');
let fingerprint: string | null = null;
const CSV_KINDS: CsvKind[] = ['facts', 'checks'];

/**
 * What the cache is keyed on besides the content: PARSER_VERSION and a hash of every parsing source file under
 * src/lib (the site and the synthetic corpus excluded), so a parser change invalidates every entry even when
 * nobody bumped PARSER_VERSION.
 */
export async function parserFingerprint(root = LIB): Promise<string> {
  const isDefault = root === LIB;
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

/**
 * One directory per parser fingerprint. An entry is the document's three output files (`<key>.json`,
 * `<key>.facts.csv.gz`, `<key>.checks.csv.gz`, hard-linked into the output), its facts and checks CSVs uncompressed
 * (`<key>.facts.csv`, `<key>.checks.csv`: the combined CSVs are concatenated from them without decompressing) and
 * `<key>.entry` (one line of JSON: ids and report summary), written last so that an entry exists only when complete.
 */
export class IngestCache {
  constructor(
    readonly dir: string,
    readonly fp: string,
  ) {}
  key(sha: string, docId: string, file: string): string {
    return sha256(`${this.fp}\0${sha}\0${docId}\0${file}`).slice(0, 40);
  }
  file(key: string, kind: DocFileKind): string {
    return path.join(this.dir, kind === 'json' ? `${key}.json` : `${key}.${kind}.csv.gz`);
  }
  plainFile(key: string, kind: CsvKind): string {
    return path.join(this.dir, `${key}.${kind}.csv`);
  }
  /** The cached document, or null (missing or damaged entry: parse again). One small synchronous read per hit. */
  get(key: string): Prepared | null {
    try {
      const meta = JSON.parse(readFileSync(path.join(this.dir, `${key}.entry`), 'utf8')) as Omit<Prepared, 'cached'>;
      if (!meta.summary?.index || DOC_FILE_KINDS.some((k) => !existsSync(this.file(key, k))) || CSV_KINDS.some((k) => !existsSync(this.plainFile(key, k)))) return null;
      return { ...meta, cached: true };
    } catch {
      return null;
    }
  }
  /** Files first, entry last. False when it could not be written (read-only or concurrently pruned cache). */
  async put(key: string, p: Parsed): Promise<boolean> {
    try {
      await mkdir(this.dir, { recursive: true });
      for (const k of DOC_FILE_KINDS) await writeAtomic(this.file(key, k), p.files[k]);
      for (const k of CSV_KINDS) await writeAtomic(this.plainFile(key, k), p.csv[k]);
      const { files: _f, csv: _csv, cached: _c, ...ids } = p;
      await writeAtomic(path.join(this.dir, `${key}.entry`), JSON.stringify(ids) + '\n');
      return true;
    } catch {
      return false;
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
