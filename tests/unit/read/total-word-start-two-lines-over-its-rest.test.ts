/**
 * A 支出决算表 whose `本年支出` stands two lines over its rest `合计` (lines 5 and 7, a line of other cells' pieces
 * between them) and starts a character left of the figures it heads, in real `pdftotext -layout` output
 * (tests/fixtures/text-forms/total-word-start-two-lines-over-its-rest.pdftotext.txt: source lines 107–143 of the
 * generated synth-410400-zhujianju-2018-final-00065 of pdf120). The reading by the figures' order takes a value word's
 * start drawn over the label columns when its rest stands under it; it looked on the next line only, so `本年支出` was
 * left with the labels and the totals were published under a bare 合计. The rest is looked for on the first line
 * below that prints anything under the start. Expected cells read by hand (万元, the cells in 元): 2107.0 + 2553.4 =
 * 4660.4 and 1601.3 + 505.7 = 2107.0 (line 9); 773.9 twice (line 12); 15409.2 + 5366.5 = 20775.7 (line 36).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';
import { EXPENDITURE_COLUMNS } from '../../helpers.ts';

describe('a total word’s start two lines over its rest, drawn over the labels’ end', () => {
  const { table, onLine } = ingestTextFormFixture('total-word-start-two-lines-over-its-rest.pdftotext.txt', 'final_expenditure');

  it('reads the eight value columns, 本年支出合计 first', () => {
    expect(table.columns).toEqual(EXPENDITURE_COLUMNS);
  });

  it('puts 一般公共服务支出’s 4660.4 under 本年支出合计 (line 9)', () => {
    expect(onLine(9)).toEqual({ 本年支出合计: '46604000', '其中：基本支出/小计': '21070000', '其中：基本支出/人员经费': '16013000', '其中：基本支出/公用经费': '5057000', 项目支出: '25534000' });
  });

  it('reads a row of 项目支出 only and the 合计 row the same way (lines 12 and 36)', () => {
    expect(onLine(12)).toEqual({ 本年支出合计: '7739000', 项目支出: '7739000' });
    expect(onLine(36)).toEqual({ 本年支出合计: '207757000', '其中：基本支出/小计': '154092000', '其中：基本支出/人员经费': '117110000', '其中：基本支出/公用经费': '36982000', 项目支出: '53665000' });
  });
});
