/**
 * Names from outside cannot escape their directory (issue 8): doc_ids from file names (docIdFor), the site's URL
 * slugs from document metadata (site/slug.ts), and the files the ingest writes.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../scripts/ingest/run.ts';
import { docIdFor } from '../../src/lib/ingest/doc-id.ts';
import { Index } from '../../src/lib/model/document.ts';
import { deptPath, docPath, safeSlug, sourcePath } from '../../src/lib/site/slug.ts';
import { RAW, SEEDS } from '../helpers.ts';

const ID_RE = /^[a-z0-9][a-z0-9-]{0,119}$/;
const PATH_RE = /^\/[a-z0-9-]+\/[a-z0-9-]+\/\d+-(?:final|budget)\/$/;

const HOSTILE_NAMES = [
  '../../etc/passwd.txt',
  '../../../../tmp/evil.txt',
  '..\\..\\windows\\evil.txt',
  '%2e%2e%2f%2e%2e%2fevil.txt',
  '..txt',
  '...txt',
  '.txt',
  '<script>alert(1)</script>.txt',
  '"><img src=x onerror=alert(1)>.txt',
  'javascript:alert(1).txt',
  '焦作市工业和信息化局.txt',
  'Ｆｕｌｌｗｉｄｔｈ.txt',
  'a\u0000b.txt',
  'line\nbreak.txt',
  '-rf --no-preserve-root.txt',
  `${'x'.repeat(500)}.txt`,
];

describe('docIdFor', () => {
  it('maps hostile file names to a plain [a-z0-9-] slug that stays inside the output directory', () => {
    const out = path.resolve('/tmp/out');
    for (const name of HOSTILE_NAMES) {
      const id = docIdFor(name);
      expect(id, name).toMatch(ID_RE);
      expect(path.dirname(path.resolve(out, `${id}.json`)), name).toBe(out);
    }
  });

  it('keeps readable names and hashes names with nothing usable', () => {
    expect(docIdFor('data/raw/henan-jiaozuo-gongxinju-2022-final.txt')).toBe('henan-jiaozuo-gongxinju-2022-final');
    expect(docIdFor('../../etc/passwd.txt')).toBe('passwd');
    expect(docIdFor('<script>alert(1)</script>.txt')).toBe('script'); // basename: `script>`
    expect(docIdFor('<b>alert(1)<b>.txt')).toBe('b-alert-1-b');
    expect(docIdFor('焦作市工业和信息化局.txt')).toMatch(/^doc-[0-9a-f]{12}$/);
    expect(docIdFor('焦作市工业和信息化局.txt')).not.toBe(docIdFor('平顶山市工业和信息化局.txt'));
  });

  it('any file name whatsoever gives a safe id (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 50 }), (a, b) => {
        const id = docIdFor(`${a}/${b}.txt`);
        expect(id).toMatch(ID_RE);
        expect(id).not.toContain('..');
      }),
      { numRuns: 300 },
    );
  });
});

describe('site slugs', () => {
  it('document paths from hostile metadata are three plain segments', () => {
    const hostile = ['../..', '../../etc', '<script>', '"><img src=x>', 'javascript:alert(1)', '', '%2e%2e', '/', '\\', '中文'];
    for (const r of hostile)
      for (const d of hostile) {
        const key = { doc_id: d, region_slug: r, department_slug: d, fiscal_year: 2022, doc_kind: 'final' as const };
        expect(docPath(key)).toMatch(PATH_RE);
        expect(deptPath(key)).toMatch(/^\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
        expect(sourcePath(key)).toMatch(/^\/[a-z0-9-]+\/[a-z0-9-]+\/\d+-(?:final|budget)\/source\/$/);
      }
  });

  it('safeSlug of anything is [a-z0-9-] (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        expect(safeSlug(s)).toMatch(/^[a-z0-9-]{1,80}$/);
        expect(safeSlug(s)).not.toMatch(/^-|-$/);
      }),
      { numRuns: 1000 },
    );
  });

  it('a non-integer or hostile fiscal year cannot leak into the path', () => {
    const key = { doc_id: 'x', region_slug: 'r', department_slug: 'd', fiscal_year: Number.NaN, doc_kind: 'budget' as const };
    expect(docPath(key)).toBe('/r/d/0-budget/');
  });
});

describe('ingest with hostile file names', () => {
  it('writes every output inside the output directory', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'mz-slug-'));
    const raw = path.join(dir, 'raw', 'a', 'b');
    await mkdir(raw, { recursive: true });
    const seed = await readFile(path.join(RAW, SEEDS.yangquan2022));
    const names = ['..%2f..%2fevil.txt', '<script>alert(1)<%2fscript>.txt', '.. ..txt', 'line\nbreak.txt', '焦作.txt'];
    for (const n of names) await writeFile(path.join(raw, n), seed);
    const out = path.join(dir, 'out');
    await runIngest({ out, inputs: [path.join(dir, 'raw')], quiet: true, cache: false, jobs: 1 });
    // Nothing written next to out or above raw.
    expect((await readdir(dir)).sort()).toEqual(['out', 'raw']);
    expect((await readdir(path.join(dir, 'raw'))).sort()).toEqual(['a']);
    const index = Index.parse(JSON.parse(await readFile(path.join(out, 'index.json'), 'utf8')));
    expect(index.documents.length).toBe(names.length);
    const files = await readdir(out);
    for (const e of index.documents) {
      expect(e.doc_id).toMatch(ID_RE);
      expect(files).toContain(`${e.doc_id}.json`);
    }
    expect(new Set(index.documents.map((e) => e.doc_id)).size).toBe(names.length);
  });
});
