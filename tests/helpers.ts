import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentModel } from '../src/lib/model/document.ts';
import type { Row, Table, TableKind } from '../src/lib/model/table.ts';
import { ingestText } from '../src/lib/ingest/ingest-text.ts';

export const RAW = path.resolve(import.meta.dirname, '../data/raw');

export const SEEDS = {
  jiaozuo2022: 'henan-jiaozuo-gongxinju-2022-final.txt',
  pingdingshan2023: 'henan-pingdingshan-gongxinju-2023-final.txt',
  yangquan2022: 'shanxi-yangquan-gongxinju-2022-final.txt',
  jiefang2024: 'henan-jiaozuo-jiefang-kegongxinju-2024-budget.txt',
  zhengzhou2022: 'henan-zhengzhou-gongxinju-2022-budget.txt',
} as const;

const cache = new Map<string, DocumentModel>();

/** Parse a seed from data/raw with the production pipeline (cached per test process). */
export function parseSeed(name: keyof typeof SEEDS): DocumentModel {
  const file = SEEDS[name];
  const hit = cache.get(file);
  if (hit) return hit;
  const text = readFileSync(path.join(RAW, file), 'utf8');
  const doc = ingestText({ text, sourceFile: `data/raw/${file}`, docId: file.replace(/\.txt$/, ''), sha256: createHash('sha256').update(text).digest('hex') });
  cache.set(file, doc);
  return doc;
}

export function table(doc: DocumentModel, kind: TableKind): Table {
  const t = doc.tables.filter((x) => x.kind === kind);
  if (t.length !== 1) throw new Error(`expected one ${kind} table, found ${t.length}`);
  return t[0]!;
}

/** Find a row by code or printed name (and block for side-by-side tables). */
export function row(t: Table, key: string, block?: string): Row {
  const rows = t.rows.filter((r) => (r.code === key || r.name === key) && (block === undefined || r.block === block));
  if (rows.length !== 1) throw new Error(`expected one row ${key}${block ? ` in ${block}` : ''} of ${t.kind}, found ${rows.length}`);
  return rows[0]!;
}

/** The value (元, exact string) of a cell; null for blank. Throws when the column does not exist. */
export function value(t: Table, key: string, column: string, block?: string): string | null {
  const r = row(t, key, block);
  const c = r.cells.find((x) => x.column === column);
  if (!c) throw new Error(`no column ${column} in row ${key} of ${t.kind}: ${r.cells.map((x) => x.column).join(', ')}`);
  return c.value;
}

export function cellOf(t: Table, key: string, column: string, block?: string) {
  const r = row(t, key, block);
  const c = r.cells.find((x) => x.column === column);
  if (!c) throw new Error(`no column ${column} in row ${key}`);
  return c;
}

/**
 * A side-by-side row's printed cells by the two characters after the half's name naming their column (`支出/合计` →
 * `合计`, `支出/一般公共预算财政拨款` → `一般`), or undefined when no row of that half has that name.
 */
export function halfCells(t: Table, block: string, name: string): Record<string, string | null> | undefined {
  const r = t.rows.find((x) => x.block === block && x.name === name);
  return r ? Object.fromEntries(r.cells.filter((c) => c.raw !== '').map((c) => [c.column.slice(block.length + 1, block.length + 3), c.value])) : undefined;
}

/** The one row printed at a source line (unit-by-unit budget tables repeat names and codes across units). */
export function atLine(t: Table, line: number): Row {
  const r = t.rows.filter((x) => x.line === line);
  if (r.length !== 1) throw new Error(`expected one row at line ${line} of ${t.kind}, found ${r.length}`);
  return r[0]!;
}

/** The value of a row's cell by column label; throws when the column does not exist. */
export function cell(r: Row, column: string): string | null {
  const c = r.cells.find((x) => x.column === column);
  if (!c) throw new Error(`no column ${column}: ${r.cells.map((x) => x.column).join(', ')}`);
  return c.value;
}

/** The six value columns of a 政府性基金预算财政拨款收入支出决算表 as the reader names them. */
export const GOV_FUND_COLUMNS = ['年初结转和结余', '本年收入', '本年支出/小计', '本年支出/基本支出', '本年支出/项目支出', '年末结转和结余'];

/** The eight value columns of a 支出决算表 (本年支出合计 … 对附属单位补助支出) as the reader names them. */
export const EXPENDITURE_COLUMNS = [
  '本年支出合计',
  '其中：基本支出/小计',
  '其中：基本支出/人员经费',
  '其中：基本支出/公用经费',
  '项目支出',
  '上缴上级支出',
  '经营支出',
  '对附属单位补助支出',
];

/** A fixture written with ⇥ for each tab (the cells the text-form readers write), as the tabs themselves. */
export const tabbed = (s: string): string => s.replace(/⇥/g, '\t');

/** A document of `body` under a title block (`2024年\n测试市…局部门预算`), ingested as the file `x.txt`. */
export function ingestBody(title: string, body: string): DocumentModel {
  return ingestText({ text: `${title}\n\n${body}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
}

/** A table's read figures by column, every row's cells with a value (a table of one row, such as a horizontal 三公). */
export function valuesByColumn(t: Table): Record<string, string | null> {
  return Object.fromEntries(t.rows.flatMap((r) => r.cells.filter((c) => c.value !== null).map((c) => [c.column, c.value])));
}
