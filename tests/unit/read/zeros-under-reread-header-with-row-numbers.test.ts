/**
 * Zeros after a gap on a 支出决算表 whose header is read again by meaning under a 栏次 row, in real `pdftotext -layout`
 * output (synth-410800-shengtaiju-2017-final-00040, pdf118, source lines 143–197). The header's broken words
 * (`其中：基本支出人员经费公用经费` by position) are read whole by the vocabulary; the 行次 column stays among the value
 * columns the 栏次 row's numbers place, so the words fall on the columns the numbers stand over. (Keeping the 行次
 * column with the labels there left one word too many for the figure columns and put 经营支出 over a blank column: the
 * rows' last zeros moved a column.) Expected cells read by hand from where the zeros stand under `栏次 … 6 7 8`
 * (line 12): line 14 prints 经营支出 0.00 and 对附属单位补助支出 0.00 after a gap (上缴上级支出 blank); line 22 prints
 * 上缴上级支出 0.00 and 经营支出 0.00 (项目支出 blank).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('zeros after a gap stand under their 栏次 numbers when the header is read again by meaning', () => {
  const { coded } = ingestTextFormFixture('zeros-under-reread-header-with-row-numbers.pdftotext.txt', 'final_expenditure');

  it('reads line 14’s zeros as 经营支出 and 对附属单位补助支出', () => {
    expect(coded('20103')).toEqual(expect.objectContaining({ 项目支出: '4071755.18', 经营支出: '0', 对附属单位补助支出: '0' }));
    expect(coded('20103')).not.toHaveProperty('上缴上级支出');
  });

  it('reads line 22’s zeros as 上缴上级支出 and 经营支出', () => {
    expect(coded('20805')).toEqual(expect.objectContaining({ 上缴上级支出: '0', 经营支出: '0' }));
    expect(coded('20805')).not.toHaveProperty('项目支出');
  });
});
