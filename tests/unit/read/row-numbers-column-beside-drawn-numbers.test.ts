/**
 * A page of a 支出决算表 whose rows print their 行次 left of where the header's `行次` stands, in real `pdftotext -layout`
 * output (synth-410700-fagaiwei-2017-final-00049, pdf75, source lines 161–235, the page after the break at line 51).
 * By position the rows' numbers make a column no word heads, just left of the column `行次` heads. The header is read
 * as one cover of its words onto the 栏次 numbers (line 57); the label columns it keeps run to the 行次 column,
 * however the numbers were drawn: a 行次 word is no value word's piece. (A cover counting label columns only up to
 * the first figure column no label word heads stopped before it and read each 行次 into the totals' cell.) Expected
 * cells read by hand (元): 3451241.95 + 259770.90 = 3711012.85 (line 58); 767256.42 + 57750.49 = 825006.91 (line
 * 67, its 行次 33 glued to the name).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a 行次 column stays a label column under a cover onto the 栏次 numbers', () => {
  const { coded } = ingestTextFormFixture('row-numbers-column-beside-drawn-numbers.pdftotext.txt', 'final_expenditure');

  it('reads 公务员医疗补助’s 3711012.85 as its total (line 58)', () => {
    expect(coded('2101103')).toEqual(
      expect.objectContaining({ 本年支出合计: '3711012.85', '其中：基本支出/小计': '3711012.85', '其中：基本支出/人员经费': '3451241.95', '其中：基本支出/公用经费': '259770.9' }),
    );
  });

  it('reads 住房公积金’s 825006.91 as its total (line 67)', () => {
    expect(coded('2210201')).toEqual(
      expect.objectContaining({ 本年支出合计: '825006.91', '其中：基本支出/小计': '825006.91', '其中：基本支出/人员经费': '767256.42', '其中：基本支出/公用经费': '57750.49' }),
    );
  });
});
