/** Where the site reads the ingest output: `$OUT_DIR`, else `data/out`. The one definition for pages, endpoints and the content loader. */
import path from 'node:path';

export const OUT_DIR = process.env.OUT_DIR || 'data/out';

/** A path below the ingest output. */
export function outPath(...parts: string[]): string {
  return path.join(OUT_DIR, ...parts);
}
