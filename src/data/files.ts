/**
 * The published data files (computed at build time): the contract files of the ingest output under /data/, and the
 * Parquet files under /data/parquet/, each with size and sha256. Endpoints and the downloads page read them here.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FileInfo, ParquetFileInfo } from '../lib/site/datapackage.ts';
import { OUT_DIR } from './out.ts';

/** A top-level file of the ingest output that is published as it is (JSON and CSV; datapackage.json is generated). */
const DATA_FILE = /^[a-z0-9][a-z0-9._-]*\.(json|csv)$/;

export const PARQUET_DIR = path.join(OUT_DIR, 'parquet');

/** A path below parquet/ that may be published: table directory, hive partitions, file name (no `..`, no dot files). */
const PARQUET_FILE = /^(?:[a-z]+\/(?:[a-z_]+=[0-9A-Za-z_-]+\/)*)?[a-z0-9_]+\.parquet$/;

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Names of the published top-level data files, in download-page order (facts, checks, index, documents, schemas). */
export function dataFileNames(): string[] {
  if (!existsSync(OUT_DIR)) return [];
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
    return { name, bytes: bytes.length, sha256: sha256(bytes) };
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
  if (existsSync(PARQUET_DIR)) walk(PARQUET_DIR, '');
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
