/**
 * A 支出决算表 (元) pdftotext squeezed left of its rows: `功能分类 科目名称 本年支出合计` printed from the line's start, so
 * by position 本年支出合计 stands over the names and 科目名称 over the first figure column, and no row of the page
 * prints all eight figures. Real `pdftotext -layout` output of a generated 开封 商务局 2015 决算, lines 9–29 of the
 * fixture. Read by hand: figures one space apart stand in neighbouring columns, a wider gap leaves a blank column
 * (the figure after it standing where its own cell ends), the cells after the last figure are blank; 本年支出合计 = 基本支出 + 项目支出 + the rest, 基本支出
 * = 人员经费 + 公用经费 on every row.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

const { table, onLine } = ingestTextFormFixture('expenditure-name-word-over-first-figures-sparse.pdftotext.txt', 'final_expenditure');

describe('a squeezed 支出决算表 whose 科目名称 stands over its first figure column, no row filling every column', () => {
  it('reads the eight value columns of the header', () => {
    expect(table.columns).toEqual(['本年支出合计', '其中：基本支出/小计', '其中：基本支出/人员经费', '其中：基本支出/公用经费', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });

  it('reads line 16 with 经营支出 blank between two zeros', () => {
    // `2617856.81 1666855.35 1433495.60 233359.75 951001.46 0.00         0.00`: 2617856.81 = 1666855.35 + 951001.46
    expect(onLine(16)).toEqual({
      本年支出合计: '2617856.81',
      '其中：基本支出/小计': '1666855.35',
      '其中：基本支出/人员经费': '1433495.6',
      '其中：基本支出/公用经费': '233359.75',
      项目支出: '951001.46',
      上缴上级支出: '0',
      对附属单位补助支出: '0',
    });
  });

  it('reads line 19 with 小计 and 公用经费 blank', () => {
    // `951001.46                    0.00             951001.46 0.00 0.00 0.00`
    expect(onLine(19)).toEqual({ 本年支出合计: '951001.46', '其中：基本支出/人员经费': '0', 项目支出: '951001.46', 上缴上级支出: '0', 经营支出: '0', 对附属单位补助支出: '0' });
  });

  it('reads line 21, seven figures one space apart, 对附属单位补助支出 blank after them', () => {
    // `10295733.51 9238527.44 7945133.58 1293393.86 1057206.07 0.00 0.00`: 10295733.51 = 9238527.44 + 1057206.07
    expect(onLine(21)).toEqual({
      本年支出合计: '10295733.51',
      '其中：基本支出/小计': '9238527.44',
      '其中：基本支出/人员经费': '7945133.58',
      '其中：基本支出/公用经费': '1293393.86',
      项目支出: '1057206.07',
      上缴上级支出: '0',
      经营支出: '0',
    });
  });
});
