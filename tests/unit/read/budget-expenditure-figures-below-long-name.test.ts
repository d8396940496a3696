/**
 * A 部门支出总表 (预算, 万元) whose long label `201 03 政府办公厅（室）及相关机构事务` pdftotext wrote on a line of its
 * own, its figures alone on the line below (the row printed taller than its neighbours), and whose total row prints
 * no label at the table's end: real `pdftotext -layout` output of a generated 平顶山 住建局 2018 budget, lines 11–42
 * of the fixture. Values read by hand from the printed lines (万元, so ×10000 in 元).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

const { table, onLine, coded } = ingestTextFormFixture('budget-expenditure-figures-below-long-name.pdftotext.txt', 'budget_expenditure');

describe('a coded budget row whose figures pdftotext wrote alone on the line below its label', () => {
  it('reads line 21 `59.44 13.00 11.05 1.95 46.44` as row 20103 政府办公厅（室）及相关机构事务', () => {
    const row = table.rows.find((r) => r.line === 21);
    expect(row?.code).toBe('20103');
    expect(row?.name).toBe('政府办公厅（室）及相关机构事务');
    // 59.44 = 13.00 + 46.44; 13.00 = 11.05 + 1.95
    expect(onLine(21)).toEqual({ 合计: '594400', '基本支出/小计': '130000', '基本支出/人员经费': '110500', '基本支出/公用经费': '19500', 项目支出: '464400' });
  });

  it('keeps no row for the label line 20 of its own', () => {
    expect(table.rows.filter((r) => r.line === 20)).toEqual([]);
  });

  it('reads the unlabelled last line 41 as the table total once the row above is whole', () => {
    // 495.37 = 328.57 + 166.80; 328.57 = 279.28 + 49.29
    expect(onLine(41)).toEqual({ 合计: '4953700', '基本支出/小计': '3285700', '基本支出/人员经费': '2792800', '基本支出/公用经费': '492900', 项目支出: '1668000' });
    expect(table.rows.find((r) => r.line === 41)?.is_total).toBe(true);
  });

  it('leaves the rows around it as printed', () => {
    expect(coded('2010301')).toEqual({ 合计: '130000', '基本支出/小计': '130000', '基本支出/人员经费': '110500', '基本支出/公用经费': '19500', 项目支出: '0' });
  });
});
