/**
 * The content loader stores a projection per document under a digest of its stored file: a second load of the same
 * ingest output parses nothing and sets nothing, a changed document is parsed again, a removed one leaves the store.
 * The summary it stores for index pages carries the figures read by hand from the seed.
 */
import { createHash } from 'node:crypto';
import { appendFile, copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../scripts/ingest/run.ts';
import { codeFingerprint, loadDocuments, type LoadContext } from '../../src/data/loader.ts';
import { rendersDocument, rendersShell, scopeFromEnv, shardOfEntry } from '../../src/data/scope.ts';
import { SUMMARY_VERSION, summarize, type DocSummary } from '../../src/data/summary.ts';
import { shardOf } from '../../src/lib/ingest/shard.ts';
import { RAW, SEEDS } from '../helpers.ts';
import { tempDir } from '../scale/helpers.ts';

/** A Map-backed store with Astro's DataStore semantics for what the loader uses, counting writes. */
function fakeContext() {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; digest: string }>();
  const sets: string[] = [];
  const ctx: LoadContext = {
    store: {
      get: (id) => entries.get(id),
      set: (e) => (sets.push(e.id), entries.set(e.id, e), true),
      keys: () => [...entries.keys()],
      delete: (id) => void entries.delete(id),
    },
    generateDigest: (s) => createHash('sha1').update(s).digest('hex'),
    logger: { warn: () => {} },
  };
  return { ctx, entries, sets };
}

let out: string;
let jiaozuo: string;
const opts = () => ({ outDir: out, select: () => true, project: summarize, version: SUMMARY_VERSION });

beforeAll(async () => {
  const root = await tempDir('loader');
  const raw = path.join(root, 'raw');
  await mkdir(raw);
  for (const f of [SEEDS.jiaozuo2022, SEEDS.yangquan2022]) await copyFile(path.join(RAW, f), path.join(raw, f));
  out = path.join(root, 'out');
  await runIngest({ out, inputs: [raw], cache: false, jobs: 1, quiet: true, log: () => {}, err: () => {} });
  const index = JSON.parse(await readFile(path.join(out, 'index.json'), 'utf8')) as { documents: { doc_id: string; source_file: string }[] };
  jiaozuo = index.documents.find((d) => d.source_file.endsWith(SEEDS.jiaozuo2022))!.doc_id;
});

describe('content loader', () => {
  it('a second load of an unchanged ingest output parses no document and stores nothing again', async () => {
    const { ctx, sets } = fakeContext();
    expect(await loadDocuments(ctx, opts())).toEqual({ parsed: 2, unchanged: 0, removed: 0, skipped: 0 });
    expect(sets).toHaveLength(2);
    expect(await loadDocuments(ctx, opts())).toEqual({ parsed: 0, unchanged: 2, removed: 0, skipped: 0 });
    expect(sets).toHaveLength(2);
  });

  it('a changed stored document is parsed again, the other stays; a document gone from the index leaves the store', async () => {
    const { ctx, sets, entries } = fakeContext();
    await loadDocuments(ctx, opts());
    const before = entries.get(jiaozuo)!.digest;
    await appendFile(path.join(out, `${jiaozuo}.json`), '\n'); // same model, different bytes
    expect(await loadDocuments(ctx, opts())).toEqual({ parsed: 1, unchanged: 1, removed: 0, skipped: 0 });
    expect(sets.at(-1)).toBe(jiaozuo);
    expect(entries.get(jiaozuo)!.digest).not.toBe(before);
    expect(await loadDocuments(ctx, { ...opts(), select: (e) => e.doc_id !== jiaozuo })).toEqual({ parsed: 0, unchanged: 1, removed: 1, skipped: 0 });
    expect(entries.has(jiaozuo)).toBe(false);
  });

  it('a new projection version re-projects every entry', async () => {
    const { ctx } = fakeContext();
    await loadDocuments(ctx, opts());
    expect((await loadDocuments(ctx, { ...opts(), version: 'other' })).parsed).toBe(2);
  });

  it('the summary of 焦作 2022 holds its key figures with source lines and no tables', async () => {
    const { ctx, entries } = fakeContext();
    await loadDocuments(ctx, opts());
    const s = entries.get(jiaozuo)!.data as unknown as DocSummary;
    expect(s.metadata.department).toBe('焦作市工业和信息化局'); // data/raw line 4
    // line 168: 收入总计 31 2,183.20 | 支出总计 62 2,183.20 (万元)
    expect(s.figures.find((f) => f.key === 'income_grand_total')).toMatchObject({ value: '21832000', line: 168 });
    expect(s.figures.find((f) => f.key === 'expenditure_grand_total')).toMatchObject({ value: '21832000', line: 168 });
    expect(s.flagged.length).toBe(s.checks.filter((c) => c.status === 'fail' || c.status === 'warn').length);
    expect(Object.keys(s)).not.toContain('tables');
    expect(Object.keys(s)).not.toContain('narrative');
    expect(JSON.stringify(s).length).toBeLessThan((await readFile(path.join(out, `${jiaozuo}.json`), 'utf8')).length / 2);
  });
});

describe('build scope', () => {
  const jz = { doc_id: 'x', region: { province: '河南省', city: '焦作市', county: null, code: '410800' } };
  it('a shard renders the documents of its prefecture, the shell renders none and every build without a scope renders all', () => {
    const k = shardOf('r:4108', 3);
    expect(shardOfEntry(jz, 3)).toBe(k);
    for (let i = 1; i <= 3; i++) expect(rendersDocument(jz, scopeFromEnv({ BUILD_SHARD: `${i}/3` }))).toBe(i === k);
    expect(rendersDocument(jz, scopeFromEnv({ BUILD_SHELL: '1' }))).toBe(false);
    expect(rendersDocument(jz, scopeFromEnv({}))).toBe(true);
    expect(rendersShell(scopeFromEnv({ BUILD_SHARD: '2/3' }))).toBe(false);
    expect(rendersShell(scopeFromEnv({ BUILD_SHELL: '1' }))).toBe(true);
  });
  it('a malformed shard stops the build', () => {
    expect(() => scopeFromEnv({ BUILD_SHARD: '4/3' })).toThrow(/k\/n/);
    expect(() => scopeFromEnv({ BUILD_SHARD: '1/3', BUILD_SHELL: '1' })).toThrow();
  });
});

describe('projection code fingerprint', () => {
  it('changes when a file of the projection code changes, so stored summaries are projected again, and ignores tests', async () => {
    const dir = await tempDir('fp');
    await writeFile(path.join(dir, 'a.ts'), 'export const a = 1;\n');
    const before = codeFingerprint([dir]);
    expect(codeFingerprint([dir])).toBe(before);
    await writeFile(path.join(dir, 'a.ts'), 'export const a = 2;\n');
    const after = codeFingerprint([dir]);
    expect(after).not.toBe(before);
    await writeFile(path.join(dir, 'a.test.ts'), 'test file\n'); // tests are not projection code
    expect(codeFingerprint([dir])).toBe(after);
  });
});
