/**
 * A 支出决算表 with a 行次 column whose rows with blank cells pdftotext drew wider than the full rows
 * (`row-placing.ts`, `totalsModel`): tests/fixtures/text-forms/expenditure-rows-drawn-apart-row-numbers.pdftotext.txt
 * is 支出决算表 of synth-410803-nongyeju-2016-final-00027 (seed 104, its lines 139–176). From 行政运行 (line 16) on, the
 * 人员经费 figures stand under 公用经费 and the 公用经费 figures under 项目支出 by position. The header's totals
 * (本年支出合计 = 小计 + 项目支出 + …, 小计 = 人员经费 + 公用经费) place them again, but only in a table whose other rows
 * confirm those totals; the 行次 column was counted among the value columns, so no row held them and none was placed
 * again. The 行次 column counts the rows and is no money. Expected cells read by hand from the printed lines
 * (108.21 = 84.40 + 23.81; 1,049.99 = 818.99 + 231.00).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a 支出决算表 with a 行次 column and rows drawn wider than the full rows', () => {
  const { onLine } = ingestTextFormFixture('expenditure-rows-drawn-apart-row-numbers.pdftotext.txt', 'final_expenditure');

  it('puts 行政运行 (line 16) under 人员经费 and 公用经费, 项目支出 blank', () => {
    expect(onLine(16)).toEqual({ 本年支出合计: '1082100', '其中：基本支出/小计': '1082100', '其中：基本支出/人员经费': '844000', '其中：基本支出/公用经费': '238100' });
  });

  it('puts 卫生健康支出 (line 26) under 人员经费 and 公用经费 too', () => {
    expect(onLine(26)).toEqual({ 本年支出合计: '10499900', '其中：基本支出/小计': '10499900', '其中：基本支出/人员经费': '8189900', '其中：基本支出/公用经费': '2310000' });
  });
});
