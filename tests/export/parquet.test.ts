/**
 * The Parquet edition read back with another reader (hyparquet, not DuckDB which wrote it) and compared with the CSV
 * (parsed with papaparse) row by row. The five seeds are ingested through the ingest CLI into a temporary directory,
 * then scripts/parquet.ts writes the Parquet files there.
 *
 * Values read by hand: 焦作市工业和信息化局 2022 决算, data/raw/henan-jiaozuo-gongxinju-2022-final.txt line 485
 * (财政拨款“三公”经费支出决算表, 单位：万元): 预算数 合计 18.20, 决算数 合计 17.22, 决算数 公务接待费 3.25.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { asyncBufferFromFile, parquetMetadataAsync } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DECIMAL_SCALE, fitsDecimal, partitionColumns, PROVINCE_PARTITION_FROM, provinceCode } from '../../src/lib/export/parquet.ts';
import { readParquetExact } from '../../src/lib/export/parquet-read.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
let tmp: string;
let out: string;

const tsx = (args: string[]) => spawnSync('npx', ['tsx', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'mz-parquet-'));
  out = path.join(tmp, 'out');
  tsx(['scripts/ingest/cli.ts', '--quiet', '--keep-going', '--no-cache', '--out', out, 'data/raw']);
  execFileSync('npx', ['tsx', 'scripts/parquet.ts', '--quiet', '--out', out], { cwd: ROOT, stdio: 'pipe' });
}, 180_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function csv(file: string): Record<string, string>[] {
  const r = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  expect(r.errors).toEqual([]);
  return r.data;
}

/**
 * Every row of every partition of a table, with the hive partition values from the path (DECIMAL columns as exact
 * strings: see readParquetExact, the code the SQL page uses too).
 */
async function readPartitioned(dir: string): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  const files: { file: string; keys: Record<string, string> }[] = [];
  const walk = (d: string, keys: Record<string, string>) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        const [k, v] = e.name.split('=');
        walk(p, { ...keys, [k!]: v! });
      } else files.push({ file: p, keys });
    }
  };
  walk(dir, {});
  for (const { file, keys } of files) rows.push(...(await readFile(file)).map((r) => ({ ...keys, ...r })));
  return rows;
}

async function readFile(file: string): Promise<Record<string, unknown>[]> {
  return (await readParquetExact(await asyncBufferFromFile(file))).rows;
}

const INTEGER = new Set(['fiscal_year', 'source_line']);

/** A CSV field as it must come back from Parquet: empty → null, integer columns → number. */
function expected(column: string, v: string): unknown {
  if (v === '') return null;
  return INTEGER.has(column) ? Number(v) : v;
}

/** Parquet value in comparable form (hive keys are strings from the path). */
function actual(column: string, v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (column === 'fiscal_year') return Number(v);
  if (typeof v === 'bigint') return Number(v);
  return v;
}

/** Rows of a CSV ordered as the Parquet files are (by partition, then CSV order). */
function byYear(rows: Record<string, string>[], year: (r: Record<string, string>) => string) {
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => Number(year(a.r)) - Number(year(b.r)) || a.i - b.i)
    .map((x) => x.r);
}

describe('facts Parquet read back with hyparquet', () => {
  it('holds every facts.csv row, in order, with identical values in every column', async () => {
    const want = csv(path.join(out, 'facts.csv'));
    const header = Object.keys(want[0]!);
    const got = await readPartitioned(path.join(out, 'parquet', 'facts'));
    expect(want.length).toBeGreaterThan(4000);
    expect(got.length).toBe(want.length);
    const sorted = byYear(want, (r) => r.fiscal_year!);
    for (let i = 0; i < sorted.length; i++) {
      const w = sorted[i]!;
      const g = got[i]!;
      for (const c of header) expect(actual(c, g[c]), `row ${i} column ${c}`).toEqual(expected(c, w[c]!));
    }
  });

  it('stores every value exactly in value_decimal as DECIMAL(38,6) (the same digits as the value string)', async () => {
    const got = await readPartitioned(path.join(out, 'parquet', 'facts'));
    const meta = await parquetMetadataAsync(await asyncBufferFromFile(path.join(out, 'parquet', 'facts', 'fiscal_year=2022', 'data_0.parquet')));
    const el = meta.schema.find((e) => e.name === 'value_decimal')!;
    expect([el.precision, el.scale]).toEqual([38, DECIMAL_SCALE]);
    let fractional = 0;
    for (const g of got) {
      expect(g.value_decimal, String(g.value)).toBe(g.value);
      if (String(g.value).includes('.')) fractional++;
    }
    expect(fractional).toBeGreaterThan(0); // percentages and scores (81.08, 9.01 …) keep their two decimals
  });

  it('gives 焦作 2022 三公 决算 17.22万元 as 172200 元 and its 预算 18.20万元 as 182000 元 (line 485)', async () => {
    const got = await readPartitioned(path.join(out, 'parquet', 'facts'));
    const three = got.filter((g) => g.doc_id === 'henan-jiaozuo-gongxinju-2022-final' && g.table_kind === 'final_three_public' && g.source_line === 485);
    const at = (col: string) => three.find((g) => g.column === col)?.value_decimal;
    expect(at('决算数/合计')).toBe('172200');
    expect(at('预算数/合计')).toBe('182000');
    expect(at('决算数/公务接待费')).toBe('32500');
    expect(three.every((g) => g.fiscal_year === '2022' && g.status === 'ok' && g.city === '焦作市' && g.province === '河南省')).toBe(true);
  });

  it('carries the document status and place of index.json on every row', async () => {
    const index = JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8')) as { documents: { doc_id: string; status: string; region: { city: string | null; code: string | null } }[] };
    const docs = new Map(index.documents.map((d) => [d.doc_id, d]));
    const got = await readPartitioned(path.join(out, 'parquet', 'facts'));
    for (const g of got) {
      const d = docs.get(String(g.doc_id))!;
      expect([g.status, g.city, g.region_code, g.province_code]).toEqual([d.status, d.region.city, d.region.code, provinceCode(d.region.code)]);
    }
  });
});

describe('checks and documents Parquet read back with hyparquet', () => {
  it('holds every checks.csv row, in order, with identical values and the document status as doc_status', async () => {
    const want = csv(path.join(out, 'checks.csv'));
    const index = JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8')) as { documents: { doc_id: string; status: string; fiscal_year: number }[] };
    const docs = new Map(index.documents.map((d) => [d.doc_id, d]));
    const header = Object.keys(want[0]!);
    const got = await readPartitioned(path.join(out, 'parquet', 'checks'));
    expect(want.length).toBeGreaterThan(500);
    expect(got.length).toBe(want.length);
    const sorted = byYear(want, (r) => String(docs.get(r.doc_id!)!.fiscal_year));
    for (let i = 0; i < sorted.length; i++) {
      const w = sorted[i]!;
      const g = got[i]!;
      for (const c of header) expect(actual(c, g[c]), `row ${i} column ${c}`).toEqual(expected(c, w[c]!));
      expect(g.doc_status).toBe(docs.get(w.doc_id!)!.status);
      expect(Number(g.fiscal_year)).toBe(docs.get(w.doc_id!)!.fiscal_year);
    }
  });

  it('has one documents.parquet row per index.json entry', async () => {
    const index = JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8')) as { documents: { doc_id: string; status: string; department: string }[] };
    const got = await readFile(path.join(out, 'parquet', 'documents.parquet'));
    expect(got.map((g) => [g.doc_id, g.status, g.department])).toEqual(index.documents.map((d) => [d.doc_id, d.status, d.department]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1)));
  });
});

describe('the Parquet step', () => {
  const digest = (dir: string) => {
    const h = createHash('sha256');
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else h.update(path.relative(dir, p)).update(readFileSync(p));
      }
    };
    walk(dir);
    return h.digest('hex');
  };

  it('writes byte-identical files when run twice on the same input', () => {
    const first = digest(path.join(out, 'parquet'));
    execFileSync('npx', ['tsx', 'scripts/parquet.ts', '--quiet', '--out', out], { cwd: ROOT, stdio: 'pipe' });
    expect(digest(path.join(out, 'parquet'))).toBe(first);
  }, 60_000);

  it('reports a value with more decimals than DECIMAL(38,6) holds and keeps its exact string', async () => {
    const odd = path.join(tmp, 'odd');
    cpSync(out, odd, { recursive: true });
    const lines = readFileSync(path.join(odd, 'facts.csv'), 'utf8').split('\r\n');
    const i = lines.findIndex((l) => l.includes(',final_three_public,') && l.includes(',决算数/合计,172200,'));
    expect(i).toBeGreaterThan(0);
    lines[i] = lines[i]!.replace(',决算数/合计,172200,', ',决算数/合计,172200.1234567,');
    writeFileSync(path.join(odd, 'facts.csv'), lines.join('\r\n'));
    const r = tsx(['scripts/parquet.ts', '--quiet', '--out', odd]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('henan-jiaozuo-gongxinju-2022-final:485: value does not fit DECIMAL(38,6)');
    expect(r.stderr).toContain('«172200.1234567»');
    const got = await readPartitioned(path.join(odd, 'parquet', 'facts'));
    const row = got.find((g) => g.value === '172200.1234567')!;
    expect(row.value_decimal).toBeNull();
  }, 60_000);

  it('partitions by year and province code when asked, and every row still comes back', async () => {
    const prov = path.join(tmp, 'prov');
    cpSync(out, prov, { recursive: true });
    execFileSync('npx', ['tsx', 'scripts/parquet.ts', '--quiet', '--by-province', '--out', prov], { cwd: ROOT, stdio: 'pipe' });
    const dirs = readdirSync(path.join(prov, 'parquet', 'facts', 'fiscal_year=2022')).sort();
    expect(dirs).toEqual(['province_code=14', 'province_code=41']); // 阳泉 (山西) and 焦作, 郑州 (河南)
    const got = await readPartitioned(path.join(prov, 'parquet', 'facts'));
    expect(got.length).toBe(csv(path.join(out, 'facts.csv')).length);
    const yq = got.filter((g) => g.doc_id === 'shanxi-yangquan-gongxinju-2022-final');
    expect(yq.length).toBeGreaterThan(0);
    expect(yq.every((g) => g.province_code === '14' && g.fiscal_year === '2022' && g.province === '山西省')).toBe(true);
  }, 60_000);

  it('fails with a message when the ingest output is missing', () => {
    const r = tsx(['scripts/parquet.ts', '--out', path.join(tmp, 'nowhere')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/facts\.csv: missing/);
  });
});

describe('Parquet layout rules', () => {
  it('accepts a decimal for value_decimal only when no digit would be lost', () => {
    expect(fitsDecimal('21827400')).toBe(true);
    expect(fitsDecimal('-9.91')).toBe(true);
    expect(fitsDecimal('0.123456')).toBe(true);
    expect(fitsDecimal('0.1234567')).toBe(false);
    expect(fitsDecimal('1'.repeat(32))).toBe(true);
    expect(fitsDecimal('1'.repeat(33))).toBe(false);
    expect(fitsDecimal('1e5')).toBe(false);
  });

  it('partitions by year, and by year and province once the corpus is large', () => {
    expect(partitionColumns(5)).toEqual(['fiscal_year']);
    expect(partitionColumns(PROVINCE_PARTITION_FROM)).toEqual(['fiscal_year', 'province_code']);
    expect(provinceCode('410800')).toBe('41');
    expect(provinceCode(null)).toBe('00');
  });
});
