/**
 * A district department's 预算 in the national forms, as government PDFs print it (merged header cells, narrow columns,
 * a serif CJK font, A4 landscape, tables numbered 预算01-1表 … 预算03-1表 and named as some provinces name them:
 * 财务收支预算总表, 一般公共预算支出功能分类预算表, 一般公共预算基本支出部门预算经济分类预算表 …), printed to PDF with
 * headless Chromium from tests/fixtures/pdf/district-budget.html, converted with `pdftotext -layout` and ingested, as
 * tests/e2e/pdf-path.test.ts does. Every expected value is read by hand from that HTML file (its tables add up:
 * 1,580.25 + 120.00 = 1,700.25; 1,300.25 + 400.00 = 1,700.25; 1,050.25 + 130.00 = 1,180.25; 30.00 + 10.00 = 40.00).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/lib/model/document.ts';
import type { Row, Table } from '../../src/lib/model/table.ts';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import { missingPdfTools, onlyRow, onlyTable, printAndConvert } from './pdf-convert.ts';

const HTML = path.resolve(import.meta.dirname, '../fixtures/pdf/district-budget.html');
const missing = missingPdfTools();
if (missing.length > 0) console.warn(`district budget PDF test skipped: ${missing.join(' and ')} not available`);

/** 万元 as printed with two decimals → 元 as the model stores them, exactly (`1,700.25` → `17002500`). */
const yuan = (wan: string) => `${wan.replace(/[,.]/g, '')}00`.replace(/^0+(?=\d)/, '');

describe.skipIf(missing.length > 0)('a district 预算 PDF in the national forms, converted with pdftotext -layout and ingested', () => {
  let dir: string;
  let text: string;
  let lines: string[];
  let doc: DocumentModel;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'mingzhang-district-budget-'));
    text = printAndConvert(HTML, dir, path.join(dir, 'district-budget.txt'));
    lines = text.split('\n');
    doc = ingestText({ text, sourceFile: 'district-budget.txt', docId: 'district-budget', sha256: '0' });
  }, 180_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const table = (kind: string): Table => onlyTable(doc, kind);
  const rowOf = onlyRow;
  /** The row's values (元) by column label, blank cells as ''. */
  const valuesOf = (r: Row): Record<string, string> => Object.fromEntries(r.cells.map((c) => [c.column, c.value ?? '']));
  /** Expected values, printed in 万元 in the HTML, in the same shape (元, blank cells as ''). */
  const expected = (cols: string[], printed: string[]): Record<string, string> =>
    Object.fromEntries(cols.map((c, i) => [c, printed[i] === '' ? '' : yuan(printed[i]!)]));
  /** A row stands on the text line that prints its label and its first value. */
  const onItsLine = (r: Row, ...printed: string[]) => {
    const raw = lines[r.line - 1]!;
    expect(raw, `line ${r.line}`).toContain(r.code ?? r.name.replace(/\s+/g, ''));
    for (const p of printed) expect(raw, `line ${r.line}`).toContain(p);
  };

  it('reads the document as ok: 上海市普陀区测试局, 2024 预算, every number in a cell, no warning', () => {
    expect(doc.status, doc.status_reason ?? '').toBe('ok');
    expect(doc.metadata.department).toBe('上海市普陀区测试局');
    expect(doc.metadata.fiscal_year).toBe(2024);
    expect(doc.metadata.doc_kind).toBe('budget');
    expect(doc.coverage.unaccounted).toEqual([]);
    expect(doc.problems.filter((p) => p.severity !== 'info').map((p) => `${p.code} ${p.message}`)).toEqual([]);
  });
  it('recognises the eight tables by name, with their numbers 预算01-1表 … 预算03-1表', () => {
    expect(doc.tables.map((t) => [t.kind, t.number])).toEqual([
      ['budget_summary', '预算01-1表'],
      ['budget_income', '预算01-2表'],
      ['budget_expenditure', '预算01-3表'],
      ['budget_fiscal_summary', '预算02-1表'],
      ['budget_general_expenditure', '预算02-2表'],
      ['budget_general_basic', '预算02-3表'],
      ['budget_three_public', '预算02-4表'],
      ['budget_gov_fund', '预算03-1表'],
    ]);
    for (const t of doc.tables) expect(t.unit, t.title).toBe('万元');
  });
  it('finds every required table but the 国有资本经营 one, which the document does not print', () => {
    const c = doc.checks.find((x) => x.check_id === 'comp.required_tables')!;
    expect(c.status).toBe('fail');
    expect(c.message).toBe('缺少 1 张必须公开的表：国有资本经营预算支出表');
    expect(doc.checks.filter((x) => x.status === 'fail').map((x) => x.check_id)).toEqual(['comp.required_tables']);
  });

  it('reads the 财务收支预算总表 side by side: 收入 and 支出 each under 预算数, 单位资金 and its parts', () => {
    const t = table('budget_summary');
    expect(t.columns).toEqual(['收入/预算数', '支出/预算数']);
    expect(valuesOf(rowOf(t, '一、一般公共预算拨款收入'))).toEqual({ '收入/预算数': '15802500' });
    expect(rowOf(t, '一、一般公共预算拨款收入').cells[0]!.value).toBe(yuan('1,580.25'));
    expect(rowOf(t, '五、单位资金').cells[0]!.value).toBe(yuan('120.00'));
    expect(rowOf(t, '（一）事业收入').cells[0]!.value).toBe(yuan('100.00'));
    expect(rowOf(t, '（五）其他收入').cells[0]!.value).toBe(yuan('20.00'));
    expect(rowOf(t, '（二）事业单位经营收入').cells[0]!.blank).toBe(true);
    expect(rowOf(t, '二、社会保障和就业支出').cells.map((c) => [c.column, c.value])).toEqual([['支出/预算数', yuan('300.25')]]);
    expect(rowOf(t, '收入总计', '收入').cells[0]!.value).toBe(yuan('1,700.25'));
    expect(rowOf(t, '支出总计', '支出').cells[0]!.value).toBe(yuan('1,700.25'));
    expect(t.rows).toHaveLength(20);
    onItsLine(rowOf(t, '四、住房保障支出'), '80.00');
  });

  const INCOME_COLUMNS = [
    '合计', '一般公共预算拨款收入', '政府性基金预算拨款收入', '国有资本经营预算拨款收入', '财政专户管理资金收入',
    '单位资金/合计', '单位资金/事业收入', '单位资金/事业单位经营收入', '单位资金/上级补助收入', '单位资金/附属单位上缴收入', '单位资金/其他收入', '上年结转结余',
  ];
  it('reads the 部门收入预算表 header of five interleaved lines into its 12 value columns, 单位资金 over six', () => {
    expect(table('budget_income').columns).toEqual(INCOME_COLUMNS);
  });
  it('reads the 部门收入预算表 合计 row: 1,700.25 = 1,580.25 + 单位资金 120.00 (事业收入 100.00, 其他收入 20.00)', () => {
    const r = rowOf(table('budget_income'), '合计');
    expect(valuesOf(r)).toEqual(expected(INCOME_COLUMNS, ['1,700.25', '1,580.25', '', '', '', '120.00', '100.00', '', '', '', '20.00', '']));
  });
  it('reads 208 社会保障和就业支出 in the 部门收入预算表: 其他收入 20.00, 事业收入 blank', () => {
    const r = rowOf(table('budget_income'), '208');
    expect(r.name).toBe('社会保障和就业支出');
    expect(valuesOf(r)).toEqual(expected(INCOME_COLUMNS, ['300.25', '280.25', '', '', '', '20.00', '', '', '', '', '20.00', '']));
    onItsLine(r, '300.25', '280.25');
  });
  it('reads 2010301 行政运行 in the 部门收入预算表 with 事业收入 100.00, and joins the wrapped 2080505 label', () => {
    const t = table('budget_income');
    expect(valuesOf(rowOf(t, '2010301'))).toEqual(expected(INCOME_COLUMNS, ['900.00', '800.00', '', '', '', '100.00', '100.00', '', '', '', '', '']));
    expect(rowOf(t, '2080505').name).toBe('机关事业单位基本养老保险缴费支出');
    expect(rowOf(t, '2010399').name).toBe('其他政府办公厅（室）及相关机构事务支出');
    expect(t.rows.map((r) => r.code ?? r.name)).toEqual(['合计', '201', '20103', '2010301', '2010399', '208', '20805', '2080505', '210', '21011', '2101101', '221', '22102', '2210201']);
  });

  it('reads the 部门支出预算表: 合计 | 基本支出 | 项目支出 on 14 rows, 2010399 项目支出 300.00 with 基本支出 blank', () => {
    const t = table('budget_expenditure');
    expect(t.columns).toEqual(['合计', '基本支出', '项目支出']);
    expect(valuesOf(rowOf(t, '合计'))).toEqual(expected(t.columns, ['1,700.25', '1,300.25', '400.00']));
    expect(valuesOf(rowOf(t, '2010399'))).toEqual(expected(t.columns, ['300.00', '', '300.00']));
    expect(valuesOf(rowOf(t, '2101101'))).toEqual(expected(t.columns, ['120.00', '20.00', '100.00']));
    expect(t.rows).toHaveLength(14);
  });

  it('reads the 财政拨款收支预算总表: 收入 预算数, 支出 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算', () => {
    const t = table('budget_fiscal_summary');
    expect(t.columns).toEqual(['收入/预算数', '支出/合计', '支出/一般公共预算', '支出/政府性基金预算', '支出/国有资本经营预算']);
    expect(valuesOf(rowOf(t, '二、社会保障和就业支出'))).toEqual(expected(t.columns.slice(1), ['280.25', '280.25', '', '']));
    expect(rowOf(t, '一、一般公共预算拨款').cells[0]!.value).toBe(yuan('1,580.25'));
    expect(rowOf(t, '二、政府性基金预算拨款').cells[0]!.blank).toBe(true);
    expect(valuesOf(rowOf(t, '支出总计'))).toEqual(expected(t.columns.slice(1), ['1,580.25', '1,580.25', '', '']));
  });

  it('reads the 一般公共预算支出功能分类预算表 by code: 合计 | 基本支出 (小计 | 人员经费 | 公用经费) | 项目支出', () => {
    const t = table('budget_general_expenditure');
    expect(t.columns).toEqual(['合计', '基本支出/小计', '基本支出/人员经费', '基本支出/公用经费', '项目支出']);
    expect(valuesOf(rowOf(t, '合计'))).toEqual(expected(t.columns, ['1,580.25', '1,180.25', '1,050.25', '130.00', '400.00']));
    expect(valuesOf(rowOf(t, '2010301'))).toEqual(expected(t.columns, ['800.00', '800.00', '670.00', '130.00', '']));
    expect(valuesOf(rowOf(t, '2010399'))).toEqual(expected(t.columns, ['300.00', '', '', '', '300.00']));
    expect(valuesOf(rowOf(t, '210'))).toEqual(expected(t.columns, ['120.00', '20.00', '20.00', '', '100.00']));
    expect(t.rows.map((r) => r.code ?? r.name)).toEqual(['合计', '201', '20103', '2010301', '2010399', '208', '20805', '2080505', '210', '21011', '2101101', '221', '22102', '2210201']);
    expect(rowOf(t, '2080505').level).toBe(3);
    onItsLine(rowOf(t, '2210201'), '80.00');
  });

  it('reads the 一般公共预算基本支出部门预算经济分类预算表 by economic code: 合计 | 人员经费 | 公用经费 under 本年一般公共预算基本支出', () => {
    const t = table('budget_general_basic');
    expect(t.columns).toEqual(['本年一般公共预算基本支出/合计', '本年一般公共预算基本支出/人员经费', '本年一般公共预算基本支出/公用经费']);
    expect(valuesOf(rowOf(t, '合计'))).toEqual(expected(t.columns, ['1,180.25', '1,050.25', '130.00']));
    expect(valuesOf(rowOf(t, '30108'))).toEqual(expected(t.columns, ['280.25', '280.25', '']));
    expect(valuesOf(rowOf(t, '30231'))).toEqual(expected(t.columns, ['30.00', '', '30.00']));
    expect(rowOf(t, '30231').name).toBe('公务用车运行维护费');
    expect(t.rows.map((r) => r.code ?? r.name)).toEqual(['合计', '301', '30101', '30102', '30108', '302', '30201', '30211', '30217', '30231', '303', '30302']);
  });

  it('reads the 三公 预算表 in its six columns: 合计 40.00, 因公出国（境）费 blank, 公务用车运行费 30.00, 公务接待费 10.00', () => {
    const t = table('budget_three_public');
    expect(t.columns).toEqual(['合计', '因公出国（境）费', '公务用车购置及运行费/小计', '公务用车购置及运行费/公务用车购置费', '公务用车购置及运行费/公务用车运行费', '公务接待费']);
    expect(t.rows).toHaveLength(1);
    expect(valuesOf(t.rows[0]!)).toEqual(expected(t.columns, ['40.00', '', '30.00', '', '30.00', '10.00']));
    expect(lines[t.rows[0]!.line - 1]).toMatch(/^\s*40\.00\s+30\.00\s+30\.00\s+10\.00\s*$/);
  });

  it('recognises the empty 政府性基金预算支出预算表 with its note, with no value and no problem', () => {
    const t = table('budget_gov_fund');
    expect(t.empty).toBe(true);
    expect(t.empty_statement).toBe('注：本单位2024年度无政府性基金预算拨款安排的支出，故本表为空表。');
    expect(t.rows.flatMap((r) => r.cells).filter((c) => c.value !== null)).toEqual([]);
    expect(doc.problems.filter((p) => p.line >= t.start_line && p.line <= t.end_line && p.severity !== 'info')).toEqual([]);
    expect(doc.checks.find((x) => x.check_id === 'comp.empty_statement')?.status).toBe('pass');
  });

  it('agrees with its own sums: every row, total and cross-table check that ran passes', () => {
    const ran = doc.checks.filter((c) => c.status !== 'skip' && c.check_id !== 'comp.required_tables');
    expect(ran.length).toBeGreaterThan(40);
    expect(ran.filter((c) => c.status !== 'pass').map((c) => `${c.check_id}: ${c.message}`)).toEqual([]);
  });
});
