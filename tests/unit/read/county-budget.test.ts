/**
 * The spaced reader on real `pdftotext -layout` output of a district department's 预算 laid out by hand in the national
 * forms: tests/fixtures/text-forms/county-budget.pdftotext.txt is what pdftotext wrote for
 * tests/fixtures/pdf/county-budget.html printed by Chromium. Expected cells are read by hand from the HTML tables
 * (万元); line numbers are those of the .txt file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../src/lib/ingest/ingest-text.ts';
import { readFixture } from './read-fixture.ts';

const text = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms/county-budget.pdftotext.txt'), 'utf8');
const { at, header } = readFixture(text);

describe('三公 预算 table without column numbers (lines 122–124): header words standing left of their right-aligned figures', () => {
  it('reads 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费 (lines 122–123)', () => {
    expect(header(122)).toEqual([
      '合计',
      '因公出国（境）费',
      '公务用车购置及运行费/小计',
      '公务用车购置及运行费/公务用车购置费',
      '公务用车购置及运行费/公务用车运行费',
      '公务接待费',
    ]);
  });
  it('leaves 因公出国（境）费 blank and puts 75.00 under 小计, 60.00 under 公务用车运行费 (line 124)', () => {
    expect(at(124).cells).toEqual(['95.00', '', '75.00', '15.00', '60.00', '20.00']);
  });
});

describe('一般公共预算支出表 (lines 82–99): 科目编码 over 类 款 项, codes printed with spaces', () => {
  it('reads 科目编码 / 类 款 项 as the code column over codes printed 201 03 01 (lines 82–87)', () => {
    expect(header(82)).toEqual(['科目编码/类 款 项', '科目名称', '合计', '基本支出', '项目支出']);
    expect(at(87).cells).toEqual(['201 03 01', '行政运行', '1,300.00', '1,300.00', '']);
  });
});

describe('一般公共预算支出表 ingested: 类款项 under 科目编码 is the code column (line 87)', () => {
  const doc = ingestText({ text, sourceFile: 'county-budget.pdftotext.txt', docId: 'county-budget', sha256: '0' });
  it('reads the row 2010301 行政运行 1,300.00 万元 with its code joined, and no unknown column', () => {
    const t = doc.tables.find((x) => x.kind === 'budget_general_expenditure')!;
    expect(t.columns).toEqual(['合计', '基本支出', '项目支出']);
    const r = t.rows.find((x) => x.code === '2010301')!;
    expect(r.name).toBe('行政运行');
    expect(r.cells.map((c) => c.value)).toEqual(['13000000', '13000000', null]);
    expect(doc.problems.filter((p) => p.code === 'unknown_column' && p.line >= 82 && p.line <= 99)).toEqual([]);
  });
});

describe('部门收入总表 (lines 27–44): header words drifting left of their figures, over two blank columns', () => {
  it('reads seven money columns in the order of their words, 政府性基金预算拨款 and 国有资本经营预算拨款 blank (lines 27–28)', () => {
    expect(header(27)).toEqual([
      '项目/科目编码',
      '项目/科目名称',
      '合计',
      '一般公共预算拨款收入',
      '政府性基金预算拨款',
      '国有资本经营预算拨款',
      '事业收入',
      '其他收入',
      '上年结转结余',
    ]);
  });
  it('puts 120.00 under 事业收入, 31.70 under 其他收入 and 80.00 under 上年结转结余 (line 29)', () => {
    expect(at(29).cells).toEqual(['', '合计', '2,700.00', '2,468.30', '', '', '120.00', '31.70', '80.00']);
  });
});
