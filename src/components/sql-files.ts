/** The Parquet files under OUT_DIR/parquet with sizes, sha256 and hive partition values (computed at build time). */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ParquetFileInfo } from '../lib/site/datapackage.ts';
import { OUT_DIR } from './data.ts';

export const PARQUET_DIR = path.join(OUT_DIR, 'parquet');

/** A path below parquet/ that may be published: table directory, hive partitions, file name (no `..`, no dot files). */
const SAFE = /^(?:[a-z]+\/(?:[a-z_]+=[0-9A-Za-z_-]+\/)*)?[a-z0-9_]+\.parquet$/;

let cache: ParquetFileInfo[] | null = null;

export function parquetFiles(): ParquetFileInfo[] {
  if (cache) return cache;
  const found: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(dir, e.name), r);
      else if (SAFE.test(r)) found.push(r);
    }
  };
  if (existsSync(PARQUET_DIR)) walk(PARQUET_DIR, '');
  found.sort();
  cache = found.map((rel) => {
    const bytes = readFileSync(path.join(PARQUET_DIR, rel));
    const parts = rel.split('/');
    const table = parts.length > 1 ? parts[0]! : parts[0]!.replace(/\.parquet$/, '');
    const partition = Object.fromEntries(parts.slice(1, -1).map((p) => p.split('=') as [string, string]));
    return { name: `parquet/${rel}`, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), table, partition };
  });
  return cache;
}

export function readParquet(rel: string): Buffer | null {
  return SAFE.test(rel) ? readFileSync(path.join(PARQUET_DIR, rel)) : null;
}
