/**
 * A wrapped total word printed a line under a group's part, in real `pdftotext -layout` output (the 支出决算表 of
 * synth-140100-kejiju-2019-final-00071, pdf116, source lines 105–146, two pages). pdftotext wrote the first line of
 * `本年支出合计` (line 7) a line under `其中：基本支出` (line 6) and its `合计` two lines lower, right of it, beside 行次
 * (line 9). Read by position, `本年支出` headed every figure column from 合计 to 项目支出, under 基本支出 too; a group
 * heads its parts from above, so the header is read again by meaning: 本年支出合计 over the totals, 基本支出 over
 * 小计, 人员经费 and 公用经费. Expected cells read by hand (万元 in the text, 元 in the model); each row's total is the sum
 * of its 基本支出 and 项目支出 (5,559.9 + 4,809.1 = 10,369.0; 305.3 + 3,453.2 = 3,758.5) and 小计 the sum of its parts
 * (4,225.5 + 1,334.4 = 5,559.9).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a total word printed under a part of the group beside it heads the totals, not the group', () => {
  const { table, named, onLine } = ingestTextFormFixture('total-word-under-its-part.pdftotext.txt', 'final_expenditure');

  it('reads 本年支出合计, the three 基本支出 columns and 项目支出 as their own columns', () => {
    expect(table.columns.filter((c) => /支出|经费|小计|合计/.test(c)).slice(0, 5)).toEqual(['本年支出合计', '其中：基本支出/小计', '其中：基本支出/人员经费', '其中：基本支出/公用经费', '项目支出']);
  });

  it('puts 合计’s 10,369.0 under 本年支出合计 and 5,559.9 under 基本支出’s 小计 (line 12)', () => {
    expect(onLine(12)).toEqual({ 本年支出合计: '103690000', '其中：基本支出/小计': '55599000', '其中：基本支出/人员经费': '42255000', '其中：基本支出/公用经费': '13344000', 项目支出: '48091000' });
  });

  it('reads 科学技术支出 the same way (line 16)', () => {
    expect(named('科学技术支出')).toEqual({ 本年支出合计: '37585000', '其中：基本支出/小计': '3053000', '其中：基本支出/人员经费': '2320000', '其中：基本支出/公用经费': '733000', 项目支出: '34532000' });
  });

  it('reads the page after the break, its 合计 printed under 本年支出 (line 37, 住房保障支出)', () => {
    expect(named('住房保障支出')).toEqual({ 本年支出合计: '28363000', '其中：基本支出/小计': '28363000', '其中：基本支出/人员经费': '21556000', '其中：基本支出/公用经费': '6807000' });
  });
});
