/** Build-time read of a document's source text (the department-year page and its source page share it). */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { decodeBytes } from '../lib/input/decode.ts';
import { splitLines } from '../lib/text/lines.ts';
import type { DocumentModel } from '../lib/model/document.ts';

const cache = new Map<string, { lines: string[]; error: string | null }>();

/** The raw lines of a document's source file, or an error message (never throws). */
export function sourceLines(doc: DocumentModel): { lines: string[]; error: string | null } {
  const hit = cache.get(doc.source_file);
  if (hit) return hit;
  let out: { lines: string[]; error: string | null };
  try {
    if (existsSync(doc.source_file) && statSync(doc.source_file).isFile()) {
      const dec = decodeBytes(readFileSync(doc.source_file));
      out = dec.ok ? { lines: splitLines(dec.text).map((l) => l.raw), error: null } : { lines: [], error: dec.reason };
    } else out = { lines: [], error: '构建时找不到源文件。' };
  } catch (e) {
    out = { lines: [], error: (e as Error).message };
  }
  if (cache.size >= 8) cache.delete(cache.keys().next().value!);
  cache.set(doc.source_file, out);
  return out;
}
