/**
 * A 部门支出总表 whose unlabelled 合计 row and lower rows pdftotext packed one space apart, left of the columns the
 * other rows spread their figures over (tests/fixtures/text-forms/budget-expenditure-packed-rows-beside-spread.pdftotext.txt:
 * the title lines and source lines 124–159 of synth-410100-kejiju-2015-budget-00002, pdf134; fixture line n is source
 * line n + 120 from line 4 on). The spread rows end their figures at 29, 35 and 42 (`3.6[26-29] 2.1[32-35] 1.5[39-42]`
 * on line 11), the 合计 row at 28, 33 and 38 (`110.8[23-28] 98.7[29-33] 12.1[34-38]`, line 10) and the rows from line
 * 26 on at 27, 32 and 36 (`21.0 19.0 2.0`). Clustered over every row, those ends made four value columns of three
 * (合计 | 基本支出 | a blank one under `出` | 项目支出) and put every spread row's figures a column right; the packed rows'
 * figures show no column's place. Values read by hand (万元, read in 元).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from '../unit/read/read-fixture.ts';

const { table, onLine } = ingestTextFormFixture('budget-expenditure-packed-rows-beside-spread.pdftotext.txt', 'budget_expenditure');

describe('rows packed one space apart beside rows spread over the columns', () => {
  it('reads three value columns: 合计, 基本支出, 项目支出', () => {
    expect(table.columns).toEqual(['合计', '基本支出', '项目支出']);
  });
  it('reads the unlabelled 合计 on line 10: 110.8 = 98.7 基本支出 + 12.1 项目支出', () => {
    expect(onLine(10)).toEqual({ 合计: '1108000', 基本支出: '987000', 项目支出: '121000' });
  });
  it('reads the spread rows in their columns: line 11 (201) 3.6, 2.1 and 1.5; line 17 (2060399) 4.2 with 基本支出 blank', () => {
    expect(onLine(11)).toEqual({ 合计: '36000', 基本支出: '21000', 项目支出: '15000' });
    expect(onLine(17)).toEqual({ 合计: '42000', 项目支出: '42000' });
  });
  it('reads the packed rows in order: line 26 (20808 抚恤) 21.0, 19.0 and 2.0; line 32 (210) 10.9 and 10.9', () => {
    expect(onLine(26)).toEqual({ 合计: '210000', 基本支出: '190000', 项目支出: '20000' });
    expect(onLine(32)).toEqual({ 合计: '109000', 基本支出: '109000' });
  });
});
