/**
 * A 一般公共预算支出表 printing a 行次 column, whose header pdftotext wrote over four lines (`行次` on the line of `合计`
 * and `项目支`), and whose first rows print their 项目支出 alone on the line below (tests/fixtures/text-forms/
 * general-expenditure-row-numbers-project-below.pdftotext.txt: the title lines and source lines 195–234 of
 * synth-410803-shangwuju-2015-budget-00017, pdf126; fixture line n is source line n + 191 from line 4 on). The 行次
 * (1 … 23) is no figure: the widest rows print five figures, one per column (合计, 基本支出 小计 人员经费 公用经费,
 * 项目支出). Values read by hand (万元, read in 元).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from '../unit/read/read-fixture.ts';

const { doc, table, onLine } = ingestTextFormFixture('general-expenditure-row-numbers-project-below.pdftotext.txt', 'budget_general_expenditure');

describe('a budget table with a 行次 column and figures below their rows', () => {
  it('reads the five columns the header names, not the classified reader’s', () => {
    expect(table.columns).toEqual(['合计', '基本支出/小计', '基本支出/人员经费', '基本支出/公用经费', '项目支出']);
  });
  it('reads line 11 (201 一般公共服务支出, 行次 1) with the 162.00 of line 12 as its 项目支出', () => {
    expect(onLine(11)).toEqual({
      合计: '4089000', // 408.90
      '基本支出/小计': '2469000', // 246.90
      '基本支出/人员经费': '2271500', // 227.15
      '基本支出/公用经费': '197500', // 19.75
      项目支出: '1620000', // 162.00, alone on line 12
    });
    expect(table.rows.find((r) => r.line === 11)!.cells.find((c) => c.column === '项目支出')!.line).toBe(12);
  });
  it('reads line 19 (208 社会保障和就业支出, 行次 6) with the 175.00 of line 20', () => {
    expect(onLine(19)).toEqual({ 合计: '13926500', '基本支出/小计': '12176500', '基本支出/人员经费': '11202400', '基本支出/公用经费': '974100', 项目支出: '1750000' });
  });
  it('never reads a 行次 as an amount (line 26: `9 473.41 473.41 435.54 37.87 0.00`)', () => {
    expect(onLine(26)).toEqual({ 合计: '4734100', '基本支出/小计': '4734100', '基本支出/人员经费': '4355400', '基本支出/公用经费': '378700', 项目支出: '0' });
  });
  it('reads the 合计 of line 42 (行次 23)', () => {
    expect(onLine(42)).toEqual({ 合计: '35394700', '基本支出/小计': '28107400', '基本支出/人员经费': '25858800', '基本支出/公用经费': '2248600', 项目支出: '7287400' });
  });
  it('reports no line of figures below a row as a row without a label', () => {
    expect(doc.problems.filter((p) => p.code === 'row_without_label' && [12, 20, 22].includes(p.line ?? 0))).toEqual([]);
  });
});
