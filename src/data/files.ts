/**
 * The published data files (computed at build time): the contract files of the ingest output under /data/, and the
 * Parquet files under /data/parquet/, each with size and sha256. Endpoints and the downloads page read them here.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FileInfo, ParquetFileInfo } from '../lib/site/datapackage.ts';
import { OUT_DIR } from './out.ts';
import { rendersShell, scopeFromEnv } from './scope.ts';

/** A shard build publishes no downloads (the assemble step does): it lists none and hashes nothing. */
const PUBLISHES = rendersShell(scopeFromEnv());

/** A top-level file of the ingest output that is published as it is (JSON and CSV; datapackage.json is generated). */
const DATA_FILE = /^[a-z0-9][a-z0-9._-]*\.(json|csv)$/;

export const PARQUET_DIR = path.join(OUT_DIR, 'parquet');

/** A path below parquet/ that may be published: table directory, hive partitions, file name (no `..`, no dot files). */
const PARQUET_FILE = /^(?:[a-z]+\/(?:[a-z_]+=[0-9A-Za-z_-]+\/)*)?[a-z0-9_]+\.parquet$/;

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/**
 * Where the per-document files (`<doc_id>.json`) are published when not copied into the site: `$DOWNLOADS_URL`
 * (e.g. a release's assets or a bucket holding the ingest output), null by default. The collection files
 * (index.json, facts.csv, checks.csv, the schemas) are always published under /data/.
 */
export const DOWNLOADS_URL = (process.env.DOWNLOADS_URL || '').replace(/\/+$/, '') || null;

/** A file of one document (as opposed to the collection files every build publishes under /data/). */
export function isPerDocumentFile(name: string): boolean {
  return name.endsWith('.json') && name !== 'index.json' && !name.endsWith('.schema.json');
}

/** The href of a data file: under /data/ of the site, or at DOWNLOADS_URL for per-document files when it is set. */
export function dataFileHref(name: string, base: string): string {
  return DOWNLOADS_URL && isPerDocumentFile(name) ? `${DOWNLOADS_URL}/${name}` : `${base}data/${name}`;
}

/** Names of the data files this site build copies under /data/ (all of them unless DOWNLOADS_URL is set). */
export function publishedDataFileNames(): string[] {
  return dataFileNames().filter((n) => !(DOWNLOADS_URL && isPerDocumentFile(n)));
}

/** Names of the published top-level data files, in download-page order (facts, checks, index, documents, schemas). */
export function dataFileNames(): string[] {
  if (!PUBLISHES || !existsSync(OUT_DIR)) return [];
  const names = readdirSync(OUT_DIR).filter((f) => DATA_FILE.test(f) && f !== 'datapackage.json');
  const order = (n: string) => (n === 'facts.csv' ? 0 : n === 'checks.csv' ? 1 : n === 'index.json' ? 2 : n.endsWith('.schema.json') ? 4 : 3);
  return names.sort((a, b) => order(a) - order(b) || a.localeCompare(b));
}

/** The bytes of a published data file, or null when the name is not one. */
export function readDataFile(name: string): Buffer | null {
  return DATA_FILE.test(name) && name !== 'datapackage.json' && existsSync(path.join(OUT_DIR, name)) ? readFileSync(path.join(OUT_DIR, name)) : null;
}

let downloads: FileInfo[] | null = null;
/** The downloadable data files with sizes and sha256 hashes. */
export function downloadFiles(): FileInfo[] {
  downloads ??= dataFileNames().map((name) => {
    const bytes = readFileSync(path.join(OUT_DIR, name));
    return { name, bytes: bytes.length, sha256: sha256(bytes), ...(DOWNLOADS_URL && isPerDocumentFile(name) ? { url: `${DOWNLOADS_URL}/${name}` } : {}) };
  });
  return downloads;
}

let parquet: ParquetFileInfo[] | null = null;
/** The Parquet files under OUT_DIR/parquet with sizes, sha256 and hive partition values. */
export function parquetFiles(): ParquetFileInfo[] {
  if (parquet) return parquet;
  const found: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(dir, e.name), r);
      else if (PARQUET_FILE.test(r)) found.push(r);
    }
  };
  if (PUBLISHES && existsSync(PARQUET_DIR)) walk(PARQUET_DIR, '');
  found.sort();
  parquet = found.map((rel) => {
    const bytes = readFileSync(path.join(PARQUET_DIR, rel));
    const parts = rel.split('/');
    const table = parts.length > 1 ? parts[0]! : parts[0]!.replace(/\.parquet$/, '');
    const partition = Object.fromEntries(parts.slice(1, -1).map((p) => p.split('=') as [string, string]));
    return { name: `parquet/${rel}`, bytes: bytes.length, sha256: sha256(bytes), table, partition };
  });
  return parquet;
}

export function readParquet(rel: string): Buffer | null {
  return PARQUET_FILE.test(rel) ? readFileSync(path.join(PARQUET_DIR, rel)) : null;
}
