/** The downloadable files with sizes and sha256 hashes (computed at build time). */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FileInfo } from '../lib/site/datapackage.ts';
import { OUT_DIR } from './data.ts';

let cache: FileInfo[] | null = null;
export function downloadFiles(): FileInfo[] {
  if (cache) return cache;
  if (!existsSync(OUT_DIR)) return (cache = []);
  const names = readdirSync(OUT_DIR).filter((f) => /^[a-z0-9][a-z0-9._-]*\.(json|csv)$/.test(f) && f !== 'datapackage.json');
  const order = (n: string) => (n === 'facts.csv' ? 0 : n === 'checks.csv' ? 1 : n === 'index.json' ? 2 : n.endsWith('.schema.json') ? 4 : 3);
  names.sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  cache = names.map((name) => {
    const bytes = readFileSync(path.join(OUT_DIR, name));
    return { name, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
  return cache;
}
