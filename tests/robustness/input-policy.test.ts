/**
 * Input policy (README "Input policy", issue 8), end to end through runIngest on a temp directory: every bad file
 * gets status failed/partial with a problem naming its line, while the good documents next to it are written intact.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile, mkdir, symlink, truncate } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../scripts/ingest/run.ts';
import { readDocument } from '../../src/lib/export/stored.ts';
import { decodeBytes, firstInvalidUtf8, htmlLine, lineOfOffset, plausibleGb, MAX_FILE_BYTES } from '../../src/lib/input/decode.ts';
import { DocumentModel, Index } from '../../src/lib/model/document.ts';
import { RAW, SEEDS } from '../helpers.ts';

const HOSTILE = path.resolve(import.meta.dirname, '../fixtures/hostile');
const seedText = readFileSync(path.join(RAW, SEEDS.jiaozuo2022), 'utf8');
const seedLines = seedText.split('\n');

let out: string;
let code: number;
let stderr: string[];
const docs = new Map<string, DocumentModel>();

beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'mz-input-'));
  const raw = path.join(dir, 'raw');
  await mkdir(raw);
  const w = (name: string, data: string | Uint8Array) => writeFile(path.join(raw, name), data);
  await w('good-utf8.txt', seedText);
  await w('good-utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedText)]));
  await w('good-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, 'utf16le')]));
  await w('good-gb18030.txt', await readFile(path.join(HOSTILE, 'gb18030-henan-jiaozuo-gongxinju-2022-final.txt')));
  await w('bad-big5.txt', await readFile(path.join(HOSTILE, 'big5-traditional.txt')));
  await w('bad-html.txt', await readFile(path.join(HOSTILE, 'saved-page.txt')));
  await w('bad-empty.txt', '');
  // A PNG header followed by data: NUL on line 2 (the 0x0a in the signature ends line 1).
  await w('bad-binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  // A UTF-8 file with one corrupted byte on line 5: neither UTF-8 nor GB18030 Chinese.
  await w('bad-corrupt.txt', Buffer.concat([Buffer.from(seedLines.slice(0, 4).join('\n') + '\n'), Buffer.from([0xe5, 0x28, 0x41]), Buffer.from('\n' + seedLines.slice(4).join('\n'))]));
  // Cut in the middle of a row of 支出决算表 (line 255).
  await w('bad-truncated.txt', seedLines.slice(0, 254).join('\n') + '\n2080502\t事业单位离退\t12.3');
  // The cover and the narrative only: no table at all.
  await w('bad-no-tables.txt', [...seedLines.slice(0, 7), ...seedLines.slice(488, 634)].join('\n'));
  // Unreadable inputs: a broken symbolic link, a FIFO (reading it would block forever), a sparse file over 64 MiB.
  await symlink(path.join(dir, 'nowhere.txt'), path.join(raw, 'bad-broken-link.txt'));
  execFileSync('mkfifo', [path.join(raw, 'bad-fifo.txt')]);
  await w('bad-huge.txt', '');
  await truncate(path.join(raw, 'bad-huge.txt'), MAX_FILE_BYTES + 1);
  out = path.join(dir, 'out');
  stderr = [];
  code = await runIngest({ out, inputs: [raw], quiet: true, cache: false, jobs: 1, err: (s) => stderr.push(s) });
  const index = Index.parse(JSON.parse(await readFile(path.join(out, 'index.json'), 'utf8')));
  for (const e of index.documents) docs.set(e.doc_id, DocumentModel.parse(readDocument(JSON.parse(await readFile(path.join(out, `${e.doc_id}.json`), 'utf8')))));
});

const doc = (id: string) => {
  const d = docs.get(id);
  if (!d) throw new Error(`no document ${id}: ${[...docs.keys()].join(', ')}`);
  return d;
};
const errorsOf = (id: string) => doc(id).problems.filter((p) => p.severity === 'error');
/** The document without what depends on the file name and bytes. */
const content = (d: DocumentModel) => ({ ...d, doc_id: '', source_file: '', sha256: '', metadata: { ...d.metadata, department_slug: '' } });

describe('input policy through runIngest', () => {
  it('writes every document and exits 1 because some failed', () => {
    expect(code).toBe(1);
    expect([...docs.keys()].sort()).toEqual(
      [
        'bad-big5',
        'bad-binary',
        'bad-broken-link',
        'bad-corrupt',
        'bad-empty',
        'bad-fifo',
        'bad-html',
        'bad-huge',
        'bad-no-tables',
        'bad-truncated',
        'good-gb18030',
        'good-utf16',
        'good-utf8',
        'good-utf8-bom',
      ].sort(),
    );
  });

  it('the good UTF-8 document is intact next to the bad ones', () => {
    const d = doc('good-utf8');
    expect(d.status).toBe('ok');
    expect(d.metadata.department).toBe('焦作市工业和信息化局');
    expect(d.tables.length).toBeGreaterThanOrEqual(9);
    expect(errorsOf('good-utf8')).toEqual([]);
  });

  it('UTF-8 with BOM, UTF-16 with BOM and GB18030 decode to exactly the same document', () => {
    const ref = content(doc('good-utf8'));
    for (const id of ['good-utf8-bom', 'good-utf16', 'good-gb18030']) {
      expect(doc(id).status).toBe('ok');
      expect(content(doc(id))).toEqual(ref);
    }
  });

  it('Big5 (decodes as GB18030, but to mojibake) is rejected, not read', () => {
    const d = doc('bad-big5');
    expect(d.status).toBe('failed');
    expect(d.tables).toEqual([]);
    expect(errorsOf('bad-big5')).toMatchObject([{ code: 'encoding', line: 1 }]);
    expect(d.problems[0]!.message).toMatch(/无法确定文件编码.*请转成 UTF-8/);
  });

  it('a corrupted byte makes the file undecidable, named at its line', () => {
    expect(doc('bad-corrupt').status).toBe('failed');
    expect(errorsOf('bad-corrupt')).toMatchObject([{ code: 'encoding', line: 5 }]);
    expect(errorsOf('bad-corrupt')[0]!.message).toContain('第 5 行起不是有效的 UTF-8');
  });

  it('an HTML page saved as .txt is failed at the line of its doctype', () => {
    expect(doc('bad-html').status).toBe('failed');
    expect(errorsOf('bad-html')).toMatchObject([{ code: 'html', line: 1 }]);
  });

  it('an empty file is failed', () => {
    expect(doc('bad-empty').status).toBe('failed');
    expect(errorsOf('bad-empty')).toMatchObject([{ code: 'empty', line: 1, message: '文件为空 (empty file)' }]);
  });

  it('unreadable inputs (broken link, FIFO, over 64 MiB) are failed documents, not the end of the ingest', () => {
    expect(errorsOf('bad-broken-link')).toMatchObject([{ code: 'unreadable', line: 0, message: '无法读取文件 (ENOENT)' }]);
    expect(errorsOf('bad-fifo')).toMatchObject([{ code: 'unreadable', message: '不是普通文件 (not a regular file)' }]);
    expect(errorsOf('bad-huge')).toMatchObject([{ code: 'unreadable', message: `文件过大 (${MAX_FILE_BYTES + 1} 字节，上限 ${MAX_FILE_BYTES})` }]);
    for (const id of ['bad-broken-link', 'bad-fifo', 'bad-huge']) expect(doc(id).status).toBe('failed');
  });

  it('a binary file is failed at the line of its first NUL byte', () => {
    expect(doc('bad-binary').status).toBe('failed');
    expect(errorsOf('bad-binary')).toMatchObject([{ code: 'binary', line: 2 }]);
  });

  it('a document truncated mid-table is partial; the tables before the cut are kept', () => {
    const d = doc('bad-truncated');
    expect(d.status).toBe('partial');
    expect(d.tables.map((t) => t.kind)).toEqual(['final_summary', 'final_income', 'final_expenditure']);
    const t = errorsOf('bad-truncated').filter((p) => p.code === 'truncated');
    expect(t.map((p) => p.line)).toEqual([255, 255]);
    expect(t.map((p) => p.message).join('\n')).toContain('「财政拨款收入支出决算总表」(第 24 行)');
    // The rows before the cut are all there, with their exact values.
    const good = doc('good-utf8').tables.find((x) => x.kind === 'final_income')!;
    expect(d.tables.find((x) => x.kind === 'final_income')).toEqual(good);
  });

  it('a file with no recognisable tables is failed, and says how many lines it read', () => {
    const d = doc('bad-no-tables');
    expect(d.status).toBe('failed');
    expect(d.problems.find((p) => p.code === 'no_tables')!.message).toBe('文件中没有识别到任何表格（共 153 行）');
  });

  it('names every failed or partial document with its problems and lines on stderr', () => {
    const text = stderr.join('\n');
    for (const id of ['bad-big5', 'bad-binary', 'bad-broken-link', 'bad-corrupt', 'bad-empty', 'bad-fifo', 'bad-html', 'bad-huge', 'bad-no-tables', 'bad-truncated']) {
      expect(text).toContain(`${id}.txt`);
    }
    expect(text).toMatch(/bad-truncated\.txt:255: /);
    expect(text).toMatch(/bad-corrupt\.txt:5: /);
    expect(text).not.toMatch(/good-/);
  });
});

describe('decodeBytes', () => {
  it('line of an offset counts LF, CRLF and CR line ends', () => {
    const b = Buffer.from('a\nb\r\nc\rd');
    expect([0, 2, 5, 7].map((o) => lineOfOffset(b, o))).toEqual([1, 2, 3, 4]);
  });

  it('finds the first invalid UTF-8 byte (overlongs, surrogates, truncated sequences)', () => {
    expect(firstInvalidUtf8(Buffer.from('中文 ok'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1); // surrogate
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xe4, 0xb8]))).toBe(2); // cut sequence
    expect(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // > U+10FFFF
    expect(firstInvalidUtf8(Buffer.from([0xf0, 0x9f, 0x98, 0x80]))).toBe(-1); // emoji
  });

  it('agrees with the fatal TextDecoder on random bytes', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(bytes) < 0).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it('never returns text with replacement characters that were not in the input', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const d = decodeBytes(bytes);
        if (d.ok) expect(d.text.includes('\ufffd')).toBe(Buffer.from(bytes).includes(Buffer.from([0xef, 0xbf, 0xbd])));
        else expect(d.line).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('GB18030 plausibility: simplified Chinese yes, Big5 and random high bytes no', () => {
    expect(plausibleGb(readFileSync(path.join(HOSTILE, 'gb18030-henan-jiaozuo-gongxinju-2022-final.txt')))).toBe(true);
    expect(plausibleGb(readFileSync(path.join(HOSTILE, 'big5-traditional.txt')))).toBe(false);
    expect(plausibleGb(Buffer.from('plain ascii'))).toBe(false);
  });

  it('rejects a file over the size bound without decoding it', () => {
    const d = decodeBytes(new Uint8Array(MAX_FILE_BYTES + 1));
    expect(d).toMatchObject({ ok: false, code: 'too_large', line: 0 });
  });

  it('rejects UTF-16 with a BOM but broken content', () => {
    expect(decodeBytes(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))).toMatchObject({ ok: false, code: 'encoding' }); // lone surrogate
  });

  it('HTML: a page is recognised at its line; markup fragments in a disclosure are not a page', () => {
    expect(htmlLine('\n\n<!DOCTYPE html>\n<html>')).toBe(3);
    expect(htmlLine('<HTML><body>x')).toBe(1);
    expect(htmlLine('x\n<head>\n<title>t</title></head>\n<body>')).toBe(2);
    expect(htmlLine('2022年度\n<b>收入决算表</b>\n<p>注：本表…</p>')).toBeNull();
    expect(htmlLine(seedText)).toBeNull();
  });
});
