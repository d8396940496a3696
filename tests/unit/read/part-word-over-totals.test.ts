/**
 * A `其中：` word read over a table's totals, in real `pdftotext -layout` output (the 支出决算表 of
 * synth-410800-zhujianju-2016-final-00030, pdf111, source lines 119–156, two pages). The figures stand one space apart,
 * so the columns are read by the order of the full rows; the header read in that order joined `其中：基本支出` (line 5)
 * with the `合计` of 本年支出合计 (line 7) over the totals and put 本年支出 over 小计, 人员经费, 公用经费 and 项目支出.
 * `其中` names parts of a column left of it: no table's first figure column is headed so, and that reading gives way to
 * the header read as one cover of its words onto the numbered columns (`栏次 1 … 8`, line 9). Expected cells read by
 * hand (万元 in the text, 元 in the model): 1988.20 + 357.40 = 2345.60 ≈ 2345.61 and 1650.21 + 337.99 = 1988.20 (line
 * 10); 369.00 + 87.11 = 456.11 (line 17).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a 其中 word never heads a table’s first figure column', () => {
  const { table, onLine } = ingestTextFormFixture('part-word-over-totals.pdftotext.txt', 'final_expenditure');

  it('reads 本年支出合计 over the totals and 基本支出 over its three parts', () => {
    expect(table.columns.filter((c) => /支出|经费|小计|合计/.test(c) && !/科目/.test(c)).slice(0, 5)).toEqual(['本年支出合计', '其中：基本支出/小计', '其中：基本支出/人员经费', '其中：基本支出/公用经费', '项目支出']);
  });

  it('puts 总计’s 2345.61 under 本年支出合计 and 357.40 under 项目支出 (line 10)', () => {
    expect(onLine(10)).toEqual({ 本年支出合计: '23456100', '其中：基本支出/小计': '19882000', '其中：基本支出/人员经费': '16502100', '其中：基本支出/公用经费': '3379900', 项目支出: '3574000' });
  });

  it('reads 社会保障和就业支出 the same way (line 17)', () => {
    expect(onLine(17)).toEqual({ 本年支出合计: '4561100', '其中：基本支出/小计': '3690000', '其中：基本支出/人员经费': '3062700', '其中：基本支出/公用经费': '627300', 项目支出: '871100' });
  });

  it('reads the page after the break (line 31, 城乡社区管理事务)', () => {
    expect(onLine(31)).toEqual({ 本年支出合计: '2452000', '其中：基本支出/小计': '809100', '其中：基本支出/人员经费': '671500', '其中：基本支出/公用经费': '137500', 项目支出: '1642900' });
  });
});
