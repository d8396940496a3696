/**
 * The shift carrying a table's columns onto its next page (`src/lib/parse/read/carry-shift.ts` `shiftFor`) where the
 * page before's blank columns could take a figure, on real `pdftotext -layout` output of Chromium-printed generator
 * documents:
 * - tests/fixtures/text-forms/income-page-narrower-between-filled-columns.pdftotext.txt: the 收入决算表 of
 *   synth-410700-nongyeju-2015-final-00009 (kept corpus pdf93, its lines 86–132): page one prints 其他收入 far right
 *   (`26.4` ending at column 63, line 7), page two is drawn narrower and prints its 其他收入 `8.2` ending at 50 (line
 *   29), between the columns page one filled, where 上级补助收入 … 附属单位上缴收入 (blank on page one) stand by
 *   position. Between filled columns a page may be drawn narrower: the blank columns there take no figure by where
 *   they would stand. The truth (its line 114) prints 其他收入 82000;
 * - tests/fixtures/text-forms/expenditure-page-shift-crowding.pdftotext.txt: the 支出决算表 of
 *   synth-410200-shengtaiju-2015-final-00006 (kept corpus pdf76, its lines 117–157): page two (from line 25) prints
 *   its rows two characters right of page one's; a shift of eleven columns would also fit its pieces into the blank
 *   columns right of the page, but it puts `281.08 115.14` (line 26) into one column. The truth (its lines 141 and
 *   142) prints 1411.00 as 本年支出合计 and 基本支出, 1128.80 人员经费, 282.20 公用经费.
 * Expected values read by hand from the printed lines (万元 in 元).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a next page drawn narrower between the columns its page before filled', () => {
  const { onLine } = ingestTextFormFixture('income-page-narrower-between-filled-columns.pdftotext.txt', 'final_income');

  it('reads its last figure under 其他收入, as page one prints it, not under a blank column it stands over (line 29)', () => {
    expect(onLine(7)).toEqual({ 本年收入合计: '257429000', '财政拨款（补助）收入': '257165000', 其他收入: '264000' });
    expect(onLine(29)).toEqual({ 本年收入合计: '19956000', '财政拨款（补助）收入': '19874000', 其他收入: '82000' });
  });
});

describe('a next page that two shifts fit', () => {
  const { onLine } = ingestTextFormFixture('expenditure-page-shift-crowding.pdftotext.txt', 'final_expenditure');

  it('takes the shift keeping each figure of a row in a column of its own (lines 25 and 26)', () => {
    expect(onLine(25)).toEqual({ 本年支出合计: '14110000', '其中：基本支出/小计': '14110000', '其中：基本支出/人员经费': '11288000', '其中：基本支出/公用经费': '2822000' });
    expect(onLine(26)).toEqual({
      本年支出合计: '15205500',
      '其中：基本支出/小计': '14054200',
      '其中：基本支出/人员经费': '11243300',
      '其中：基本支出/公用经费': '2810800',
      项目支出: '1151400',
    });
  });
});
