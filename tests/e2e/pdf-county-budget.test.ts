/**
 * A district department's 预算 laid out by hand in the national forms (预算01–08表: merged header cells, narrow
 * columns, a serif CJK font, A4 landscape), printed to PDF with headless Chromium, converted with `pdftotext -layout`
 * and ingested. Every expected value is read by hand from tests/fixtures/pdf/county-budget.html (万元; its tables
 * add up: 收入 2,468.30 + 120.00 + 31.70 + 上年结转结余 80.00 = 2,700.00; 基本支出 2,238.30 = 人员经费 1,900.00 +
 * 公用经费 338.30).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/lib/model/document.ts';
import type { Row, Table } from '../../src/lib/model/table.ts';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import { missingPdfTools, printAndConvert } from './pdf-convert.ts';

const missing = missingPdfTools();
import { tableChecks } from './table-checks.ts';

const HTML = path.resolve(import.meta.dirname, '../fixtures/pdf/county-budget.html');
if (missing.length > 0) console.warn(`PDF district budget test skipped: ${missing.join(' and ')} not available`);

describe.skipIf(missing.length > 0)('a district 预算 PDF in the national 部门预算 公开01–08表 forms, converted with pdftotext -layout and ingested', () => {
  let dir: string;
  let lines: string[];
  let doc: DocumentModel;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'mingzhang-county-budget-'));
    const text = printAndConvert(HTML, dir, path.join(dir, 'shanghai-putuo-ceshiju-2024-budget.txt'));
    lines = text.split('\n');
    doc = ingestText({ text, sourceFile: 'shanghai-putuo-ceshiju-2024-budget.txt', docId: 'pdf-county-budget', sha256: '0' });
  }, 180_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  // amounts in 万元: 4 places to 元
  const checks = () => tableChecks(doc, lines, 4);
  const table = (kind: string) => checks().table(kind);
  const rowOf = (t: Table, key: string, block?: string) => checks().rowOf(t, key, block);
  const expectRow = (r: Row, expected: Record<string, string>) => checks().expectRow(r, expected);

  it('reads 上海市普陀区测试局, 2024 预算, eight tables numbered 预算01表 … 预算08表 in 万元', () => {
    expect(doc.metadata.department).toBe('上海市普陀区测试局');
    expect(doc.metadata.fiscal_year).toBe(2024);
    expect(doc.metadata.doc_kind).toBe('budget');
    expect(doc.tables.map((t) => t.number)).toEqual(['预算01表', '预算02表', '预算03表', '预算04表', '预算05表', '预算06表', '预算07表', '预算08表']);
    expect(doc.tables.every((t) => t.unit === '万元')).toBe(true);
  });

  it('reads the 部门收支总表 side by side: 一般公共预算拨款收入 2,468.30, 上年结转结余 80.00, 收入总计 = 支出总计 = 2,700.00', () => {
    const t = table('budget_summary');
    expectRow(rowOf(t, '一、一般公共预算拨款收入'), { 预算数: '2,468.30' });
    expectRow(rowOf(t, '二、政府性基金预算拨款收入'), { 预算数: '' });
    expectRow(rowOf(t, '四、事业收入'), { 预算数: '120.00' });
    expectRow(rowOf(t, '五、其他收入'), { 预算数: '31.70' });
    expectRow(rowOf(t, '本年收入合计'), { 预算数: '2,620.00' });
    expectRow(rowOf(t, '上年结转结余'), { 预算数: '80.00' });
    expectRow(rowOf(t, '收入总计'), { 预算数: '2,700.00' });
    expectRow(rowOf(t, '一、一般公共服务支出'), { 预算数: '1,850.00' });
    expectRow(rowOf(t, '四、住房保障支出'), { 预算数: '150.00' });
    expectRow(rowOf(t, '本年支出合计'), { 预算数: '2,700.00' });
    expectRow(rowOf(t, '年末结转结余'), { 预算数: '' });
    expectRow(rowOf(t, '支出总计'), { 预算数: '2,700.00' });
    checks().expectLinesRead(t);
  });

  it('reads the 部门收入总表 (预算02表), its header words drifting left of their figures: 合计 2,700.00 = 一般公共预算拨款收入 2,468.30 + 事业收入 120.00 + 其他收入 31.70 + 上年结转结余 80.00', () => {
    const t = table('budget_income');
    expect(t.columns).toEqual(['合计', '一般公共预算拨款收入', '政府性基金预算拨款', '国有资本经营预算拨款', '事业收入', '其他收入', '上年结转结余']);
    const all = (v: string[]) => Object.fromEntries(t.columns.map((c, i) => [c, v[i]!]));
    expectRow(rowOf(t, '合计'), all(['2,700.00', '2,468.30', '', '', '120.00', '31.70', '80.00']));
    expectRow(rowOf(t, '2010350'), all(['400.00', '250.00', '', '', '100.00', '20.00', '30.00']));
    expectRow(rowOf(t, '2080506'), all(['170.00', '118.30', '', '', '20.00', '11.70', '20.00']));
    expectRow(rowOf(t, '2101101'), all(['180.00', '150.00', '', '', '', '', '30.00']));
    expectRow(rowOf(t, '2210201'), all(['150.00', '150.00', '', '', '', '', '']));
    expect(t.rows).toHaveLength(16);
    checks().expectLinesRead(t);
  });

  it('reads the document as ok, no number left out', () => {
    expect(doc.status).toBe('ok');
    expect(doc.coverage.unaccounted).toEqual([]);
    expect(doc.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('reads the 部门支出总表: 合计 2,700.00 = 基本支出 2,470.00 + 项目支出 230.00, and every row', () => {
    const t = table('budget_expenditure');
    expect(t.columns).toEqual(['合计', '基本支出', '项目支出']);
    expectRow(rowOf(t, '合计'), { 合计: '2,700.00', 基本支出: '2,470.00', 项目支出: '230.00' });
    expectRow(rowOf(t, '2010399'), { 合计: '150.00', 基本支出: '', 项目支出: '150.00' });
    expectRow(rowOf(t, '2101101'), { 合计: '180.00', 基本支出: '100.00', 项目支出: '80.00' });
    expect(t.rows).toHaveLength(16);
    checks().expectLinesRead(t);
  });

  it('reads the 财政拨款收支总表: 本年收入 2,468.30; 支出 一般公共服务 1,700.00 under 合计 and 一般公共预算', () => {
    const t = table('budget_fiscal_summary');
    expectRow(rowOf(t, '（一）一般公共预算拨款'), { 预算数: '2,468.30' });
    expectRow(rowOf(t, '（二）政府性基金预算拨款'), { 预算数: '' });
    expectRow(rowOf(t, '（一）一般公共服务支出'), { '支出/合计': '1,700.00', '支出/一般公共预算': '1,700.00', '支出/政府性基金预算': '' });
    expectRow(rowOf(t, '（二）社会保障和就业支出'), { '支出/合计': '468.30', '支出/一般公共预算': '468.30' });
    expectRow(rowOf(t, '支出总计'), { '支出/合计': '2,468.30', '支出/一般公共预算': '2,468.30', '支出/国有资本经营预算': '' });
    checks().expectLinesRead(t);
  });

  it('reads the 一般公共预算支出表 with codes printed 类 款 项 (201 03 01) under 科目编码: 2010350 事业运行 250.00', () => {
    const t = table('budget_general_expenditure');
    expect(t.columns).toEqual(['合计', '基本支出', '项目支出']);
    expectRow(rowOf(t, '合计'), { 合计: '2,468.30', 基本支出: '2,238.30', 项目支出: '230.00' });
    expectRow(rowOf(t, '2010350'), { 合计: '250.00', 基本支出: '250.00', 项目支出: '' });
    expectRow(rowOf(t, '2080506'), { 合计: '118.30', 基本支出: '118.30', 项目支出: '' });
    expectRow(rowOf(t, '21011'), { 合计: '150.00', 基本支出: '70.00', 项目支出: '80.00' });
    expect(rowOf(t, '2010350').name).toBe('事业运行');
    expect(t.rows).toHaveLength(16);
    checks().expectLinesRead(t);
  });

  it('reads the 一般公共预算基本支出表 by 经济分类: 301 1,800.00 人员经费, 302 338.30 公用经费, 合计 2,238.30', () => {
    const t = table('budget_general_basic');
    expectRow(rowOf(t, '合计'), { 合计: '2,238.30', 人员经费: '1,900.00', 公用经费: '338.30' });
    expectRow(rowOf(t, '30108'), { 合计: '350.00', 人员经费: '350.00', 公用经费: '' });
    expectRow(rowOf(t, '30299'), { 合计: '78.30', 人员经费: '', 公用经费: '78.30' });
    expect(t.rows).toHaveLength(14);
    checks().expectLinesRead(t);
  });

  it('reads the 三公 预算 table: 合计 95.00 = 公务用车购置及运行费 75.00 (购置 15.00 + 运行 60.00) + 公务接待费 20.00, 因公出国 blank', () => {
    const t = table('budget_three_public');
    expect(t.rows).toHaveLength(1);
    expectRow(t.rows[0]!, {
      合计: '95.00',
      '因公出国（境）费': '',
      '公务用车购置及运行费/小计': '75.00',
      '公务用车购置及运行费/公务用车购置费': '15.00',
      '公务用车购置及运行费/公务用车运行费': '60.00',
      公务接待费: '20.00',
    });
    checks().expectLinesRead(t);
  });

  it('reads the 政府性基金预算支出表 as empty, with its statement', () => {
    const t = table('budget_gov_fund');
    expect(t.empty).toBe(true);
    expect(t.empty_statement).toBe('注：本部门2024年度没有使用政府性基金预算拨款安排的支出，故本表无数据。');
  });
});
