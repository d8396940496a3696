import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../scripts/generate-corpus.ts';

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `mz-scale-${prefix}-`));
}

/** A small synthetic corpus (with truth files next to the texts). */
export async function corpus(count: number, seed = 11): Promise<{ dir: string; files: string[] }> {
  const dir = await tempDir('corpus');
  const files = await generateCorpus(dir, count, seed);
  return { dir, files };
}

/** sha256 of every file in a directory (recursively), by relative path: equal maps = byte-identical trees. */
export async function treeHashes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  async function walk(d: string): Promise<void> {
    for (const e of (await readdir(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out[path.relative(dir, p)] = createHash('sha256').update(await readFile(p)).digest('hex');
    }
  }
  await walk(dir);
  return out;
}
