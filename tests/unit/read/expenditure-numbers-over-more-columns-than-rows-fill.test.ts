/**
 * A 支出决算表 under a 栏次 row numbering eight columns that no row fills (`figure-order.ts`):
 * tests/fixtures/text-forms/expenditure-numbers-over-more-columns-than-rows-fill.pdftotext.txt is 公开03表 支出决算表 of
 * synth-140100-caizhengju-2016-final-00021 (seed 107, its lines 139–163). The rows print seven figures at most, each
 * leaving another column blank, so reading them in order onto seven columns dropped 本年支出合计 and moved every figure
 * one column left (9299385.77 under 小计). A 栏次 row numbering more columns than the rows fill, over rows printing the
 * gap of a blank cell between two figures with the number 6 standing in it (`132413.17       0.00`, line 8), says the rows leave different cells blank:
 * the figures stand under the numbers instead. Expected cells read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a 支出决算表 under a 栏次 row numbering more columns than any row fills', () => {
  const { table, onLine } = ingestTextFormFixture('expenditure-numbers-over-more-columns-than-rows-fill.pdftotext.txt', 'final_expenditure');

  it('keeps the eight columns the 栏次 row numbers, 本年支出合计 first', () => {
    expect(table.columns).toEqual(['本年支出合计', '其中：基本支出/小计', '其中：基本支出/人员经费', '其中：基本支出/公用经费', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });

  it('puts 一般公共服务支出 (line 8) under its columns, 上缴上级支出 blank and 0.00 under 栏次 7 and 8', () => {
    expect(onLine(8)).toEqual({
      本年支出合计: '9299385.77',
      '其中：基本支出/小计': '9166972.6',
      '其中：基本支出/人员经费': '8066935.88',
      '其中：基本支出/公用经费': '1100036.72',
      项目支出: '132413.17',
      经营支出: '0',
      对附属单位补助支出: '0',
    });
  });
});
