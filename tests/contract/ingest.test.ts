/**
 * The open-data contract (../shared/open-data-contract.md): files written by the ingest command, facts.csv columns
 * in order, one row per numeric cell (blank → no row, 0.00 → "0"), exit codes, index.json fields.
 */
import { mkdtemp, readFile, readdir, copyFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../scripts/ingest/run.ts';
import { readDocument, StoredDocument } from '../../src/lib/export/stored.ts';
import { DocumentModel, Index } from '../../src/lib/model/document.ts';
import { RAW, SEEDS } from '../helpers.ts';

let out: string;
let code: number;
let facts: string[][];

beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'mz-contract-'));
  const raw = path.join(dir, 'raw', 'nested');
  await mkdir(raw, { recursive: true });
  for (const f of [SEEDS.jiaozuo2022, SEEDS.yangquan2022]) await copyFile(path.join(RAW, f), path.join(raw, f));
  out = path.join(dir, 'out');
  code = await runIngest({ out, inputs: [path.join(dir, 'raw')], quiet: true });
  const csv = await readFile(path.join(out, 'facts.csv'), 'utf8');
  facts = Papa.parse<string[]>(csv.trim(), { newline: '\r\n' }).data;
});

describe('ingest command output', () => {
  it('reads directories recursively and exits 0 when every document parsed cleanly', async () => {
    expect(code).toBe(0);
    const files = (await readdir(out)).sort();
    expect(files).toEqual(
      [
        'checks', 'checks.csv', 'document-model.schema.json', 'document.schema.json', 'facts', 'facts.csv', 'henan-jiaozuo-gongxinju-2022-final.json', 'index.json', 'index.schema.json', 'shanxi-yangquan-gongxinju-2022-final.json',
      ].sort(),
    );
    // Per document (additions): its facts and checks, each a gzip-compressed CSV with a header row.
    for (const dir of ['facts', 'checks']) expect((await readdir(path.join(out, dir))).sort()).toEqual(['henan-jiaozuo-gongxinju-2022-final.csv.gz', 'shanxi-yangquan-gongxinju-2022-final.csv.gz']);
  });
  it('index.json lists each document with the contract fields', async () => {
    const index = Index.parse(JSON.parse(await readFile(path.join(out, 'index.json'), 'utf8')));
    const jz = index.documents.find((d) => d.doc_id === 'henan-jiaozuo-gongxinju-2022-final')!;
    expect(jz.department).toBe('焦作市工业和信息化局');
    expect(jz.fiscal_year).toBe(2022);
    expect(jz.doc_kind).toBe('final');
    expect(jz.status).toBe('ok');
    expect(jz.region).toEqual({ province: '河南省', city: '焦作市', county: null, code: '410800' });
    expect(jz.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(jz.source_file).toContain('henan-jiaozuo-gongxinju-2022-final.txt');
  });
  it('each document JSON is valid against the zod schema, and the JSON Schema is generated', async () => {
    const stored = JSON.parse(await readFile(path.join(out, 'shanxi-yangquan-gongxinju-2022-final.json'), 'utf8'));
    expect(() => StoredDocument.parse(stored)).not.toThrow();
    expect(() => DocumentModel.parse(readDocument(stored))).not.toThrow();
    const schema = JSON.parse(await readFile(path.join(out, 'document.schema.json'), 'utf8'));
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'doc_id', 'tables', 'problems', 'coverage']));
    const model = JSON.parse(await readFile(path.join(out, 'document-model.schema.json'), 'utf8'));
    expect(model.required).toEqual(expect.arrayContaining(['doc_id', 'tables', 'problems', 'coverage']));
  });
  it('a compact document JSON reads back to every cell with its raw text, column, unit and source line', async () => {
    const doc = readDocument(JSON.parse(await readFile(path.join(out, 'henan-jiaozuo-gongxinju-2022-final.json'), 'utf8')));
    // 焦作 2022 公开01表, line 134: 一、一般公共预算财政拨款收入 2,182.74 (万元)
    const row = doc.tables.find((t) => t.kind === 'final_summary')!.rows.find((r) => r.name === '一、一般公共预算财政拨款收入')!;
    const cell = row.cells.find((c) => c.column === '收入/决算数')!;
    expect(cell).toMatchObject({ raw: '2,182.74', value: '21827400', unit: '万元', measure: 'yuan', line: 134, blank: false, withheld: false, placement: 'printed' });
  });
  it('facts.csv is RFC 4180 as papaparse reads and writes it, and is the concatenation of the per-document files', async () => {
    const csv = await readFile(path.join(out, 'facts.csv'), 'utf8');
    const rows = Papa.parse<string[]>(csv, { newline: '\r\n', skipEmptyLines: true }).data;
    expect(Papa.unparse(rows, { newline: '\r\n' }) + '\r\n').toBe(csv);
    for (const name of ['facts', 'checks']) {
      const whole = await readFile(path.join(out, `${name}.csv`), 'utf8');
      const parts = await Promise.all(['henan-jiaozuo-gongxinju-2022-final', 'shanxi-yangquan-gongxinju-2022-final'].map(async (id) => gunzipSync(await readFile(path.join(out, name, `${id}.csv.gz`))).toString('utf8')));
      const header = whole.slice(0, whole.indexOf('\r\n') + 2);
      for (const p of parts) expect(p.startsWith(header)).toBe(true);
      expect(header + parts.map((p) => p.slice(header.length)).join('')).toBe(whole);
    }
  });
  it('facts.csv has the contract columns in order, then extra columns', () => {
    expect(facts[0]!.slice(0, 14)).toEqual([
      'doc_id', 'department', 'fiscal_year', 'doc_kind', 'table_kind', 'table_title', 'entity', 'row_code', 'row_name', 'column', 'value', 'measure', 'unit', 'source_line',
    ]);
  });
  it('one row per numeric cell: 2,182.74万元 → 21827400, 0.00 → 0, blank → no row', () => {
    const find = (doc: string, kind: string, name: string, column: string) =>
      facts.filter((r) => r[0] === doc && r[4] === kind && (r[8] === name || r[7] === name) && r[9] === column);
    const jz = 'henan-jiaozuo-gongxinju-2022-final';
    const yq = 'shanxi-yangquan-gongxinju-2022-final';
    const income = find(jz, 'final_summary', '一、一般公共预算财政拨款收入', '收入/决算数');
    expect(income).toHaveLength(1);
    expect(income[0]!.slice(10)).toEqual(['21827400', 'yuan', '万元', '134', 'final_summary', '收入', '', 'printed']);
    expect(find(jz, 'final_income', '2150501', '上级补助收入')[0]![10]).toBe('0');
    expect(find(yq, 'final_summary', '四、上级补助收入', '收入/决算数')).toHaveLength(0); // blank in 阳泉 01表 line 69
    expect(find(yq, 'final_disclosure_stats', '(一) 车辆数合计(辆)', '国有资产占用情况/统计数')[0]!.slice(10, 13)).toEqual(['2', 'count', '辆']);
  });
  it('row_code is digits only', () => {
    for (const r of facts.slice(1)) expect(r[7]).toMatch(/^\d*$/);
  });
});

describe('exit codes', () => {
  it('exits 1 when a document failed, and still writes the others', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'mz-exit-'));
    await copyFile(path.join(RAW, SEEDS.pingdingshan2023), path.join(dir, SEEDS.pingdingshan2023));
    await writeFile(path.join(dir, 'empty.txt'), '');
    const o = path.join(dir, 'out');
    const errors: string[] = [];
    const c = await runIngest({ out: o, inputs: [dir], quiet: true, err: (s) => errors.push(s) });
    expect(c).toBe(1);
    expect(errors.join('\n')).toContain('empty.txt');
    const index = JSON.parse(await readFile(path.join(o, 'index.json'), 'utf8'));
    expect(index.documents.map((d: { status: string }) => d.status).sort()).toEqual(['failed', 'ok']);
  });
});
