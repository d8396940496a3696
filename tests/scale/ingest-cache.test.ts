import { appendFile, cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestCache, parserFingerprint } from '../../scripts/ingest/cache.ts';
import { prepareAll, runIngest } from '../../scripts/ingest/run.ts';
import { parseBytes } from '../../src/lib/ingest/parse-bytes.ts';
import { prepare } from '../../src/lib/ingest/prepare.ts';
import { corpus, tempDir, treeHashes } from './helpers.ts';

describe('incremental ingest cache (content sha256 + parser fingerprint)', () => {
  it('does not parse unchanged documents again, and parses a changed one', async () => {
    const { files } = await corpus(3);
    const cache = await tempDir('cache');
    expect((await prepareAll(files, cache)).map((p) => p.cached)).toEqual([false, false, false]);
    expect((await prepareAll(files, cache)).map((p) => p.cached)).toEqual([true, true, true]);
    await appendFile(files[1]!, '\n附：补充说明。\n');
    expect((await prepareAll(files, cache)).map((p) => p.cached)).toEqual([true, false, true]);
  });

  it('writes the same bytes from the cache as from a fresh parse', async () => {
    const { dir } = await corpus(4, 12);
    const cache = await tempDir('cache');
    const fresh = path.join(await tempDir('out'), 'out');
    const cold = path.join(await tempDir('out'), 'out');
    const warm = path.join(await tempDir('out'), 'out');
    expect(await runIngest({ out: fresh, inputs: [dir], cache: false })).toBe(0);
    await runIngest({ out: cold, inputs: [dir], cache });
    await runIngest({ out: warm, inputs: [dir], cache });
    const h = await treeHashes(fresh);
    expect(Object.keys(h)).toHaveLength(4 * 3 + 6); // 4 documents × (JSON, facts, checks) + index.json, facts.csv, checks.csv, 3 schemas
    expect(await treeHashes(cold)).toEqual(h);
    expect(await treeHashes(warm)).toEqual(h);
  });

  it('a parser change gives another fingerprint: old entries are never hit and are pruned', async () => {
    const root = await tempDir('lib');
    await mkdir(path.join(root, 'tables'), { recursive: true });
    await writeFile(path.join(root, 'ingest.ts'), 'export const A = 1;\n');
    await writeFile(path.join(root, 'tables', 'grid.ts'), 'export const B = 1;\n');
    const before = await parserFingerprint(root);
    expect(await parserFingerprint(root)).toBe(before);
    await writeFile(path.join(root, 'tables', 'grid.ts'), 'export const B = 2;\n');
    const after = await parserFingerprint(root);
    expect(after).not.toBe(before);
    // site and synth code do not touch parsing
    await mkdir(path.join(root, 'site'));
    await writeFile(path.join(root, 'site', 'format.ts'), 'export const C = 1;\n');
    expect(await parserFingerprint(root)).toBe(after);

    const { files } = await corpus(1, 13);
    const dir = await tempDir('cache');
    const a = new IngestCache(path.join(dir, before), before);
    const b = new IngestCache(path.join(dir, after), after);
    const p = prepare(parseBytes(readFileSync(files[0]!), files[0]!));
    await a.put(a.key(p.sha256, p.docId, p.sourceFile), p);
    expect(await a.get(a.key(p.sha256, p.docId, p.sourceFile))).not.toBeNull();
    expect(b.key(p.sha256, p.docId, p.sourceFile)).not.toBe(a.key(p.sha256, p.docId, p.sourceFile));
    expect(await b.get(b.key(p.sha256, p.docId, p.sourceFile))).toBeNull();
    await b.prune();
    expect(await readdir(dir)).toEqual([]);
  });

  it('a damaged cache entry is a miss, not a crash', async () => {
    const { files } = await corpus(2, 14);
    const cache = await tempDir('cache');
    await prepareAll(files, cache);
    const [fp] = await readdir(cache);
    for (const f of await readdir(path.join(cache, fp!))) if (f.endsWith('.entry')) await writeFile(path.join(cache, fp!, f), '{"trunc');
    expect((await prepareAll(files, cache)).map((p) => p.cached)).toEqual([false, false]);
  });

  it('reports new, changed, unchanged and removed documents against the previous output', async () => {
    const { dir, files } = await corpus(3, 15);
    const out = path.join(await tempDir('out'), 'out');
    const cache = await tempDir('cache');
    await runIngest({ out, inputs: [dir], cache });
    await appendFile(files[0]!, '\n');
    const extra = await tempDir('extra');
    await cp(dir, extra, { recursive: true });
    const lines: string[] = [];
    const summary = path.join(extra, 'summary.md');
    // second run: files[0] changed, files[2] removed, one new document
    const { files: more } = await corpus(1, 16);
    const inputs = [files[0]!, files[1]!, more[0]!];
    await runIngest({ out, inputs, cache, log: (s) => lines.push(s), summary });
    const last = lines.at(-1)!;
    expect(last).toMatch(/3 documents → .*: 1 new, 1 changed, 1 unchanged, 1 removed; 3 ok, 0 failed or partial; parsed 2, from cache 1/);
    expect(lines.filter((l) => /^new /.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /^changed /.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /^removed /.test(l))).toHaveLength(1);
    expect(lines.some((l) => /^unchanged /.test(l))).toBe(false); // unchanged ok documents are only counted
    expect(await readFile(summary, 'utf8')).toMatch(/^## Ingest report/);
  });
});
