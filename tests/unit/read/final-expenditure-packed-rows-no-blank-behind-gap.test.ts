/**
 * A 支出决算表 page whose rows pdftotext drew each its own way: the first figures of a row packed one space apart from
 * its total on (squeezed left of their cells), the zeros after a gap each at its cell's edge
 * (tests/fixtures/text-forms/final-expenditure-packed-rows-no-blank-behind-gap.pdftotext.txt: the title lines and source
 * lines 133–192 of synth-410200-shangwuju-2015-final-00016, pdf86; fixture line n is source line n + 129 from line 4 on).
 * No row prints all eight value columns; the zeros of 项目支出 end at 72 (`951001.46[63-72]` on line 17, `0.00[68-72]` on
 * lines 18, 21, 23, 24 and 26), those of 上缴上级支出 at 77 and those of 对附属单位补助支出 at 87. A gap after the packed
 * 基本支出 parts holds no blank column (`233359.75[51-60]        0.00[68-72]`): no placement of the page fits with a
 * blank column behind every gap, and the one reading each run may start next to the run before decides where the
 * zeros go. Values read by hand (元).
 */
import { describe, expect, it } from 'vitest';
import { basicParts, ingestTextFormFixture } from './read-fixture.ts';

const { onLine } = ingestTextFormFixture('final-expenditure-packed-rows-no-blank-behind-gap.pdftotext.txt', 'final_expenditure');

describe('a page of rows packed from the total on, the zeros after a gap at their cells’ edges', () => {
  it('reads line 18 (2010350 事业运行): 项目支出 0.00 and 上缴上级支出 0.00 after the four 基本支出 figures', () => {
    expect(onLine(18)).toEqual({ ...basicParts('1666855.35', '1433495.6', '233359.75'), 项目支出: '0', 上缴上级支出: '0' });
  });
  it('reads line 21 (20805 行政事业单位养老支出): 项目支出, 上缴上级支出 and 对附属单位补助支出 0.00, 经营支出 blank', () => {
    expect(onLine(21)).toEqual({ ...basicParts('6001609.19', '5161383.89', '840225.3'), 项目支出: '0', 上缴上级支出: '0', 对附属单位补助支出: '0' });
  });
  it('reads line 24 (2080505): 项目支出 0.00 and 对附属单位补助支出 0.00, 上缴上级支出 and 经营支出 blank', () => {
    expect(onLine(24)).toEqual({ ...basicParts('1660000', '1427600', '232400'), 项目支出: '0', 对附属单位补助支出: '0' });
  });
  it('still reads line 17 (2010302 一般行政管理事务): 人员经费 0.00, 项目支出 951001.46 and three zeros after it', () => {
    expect(onLine(17)).toEqual({ 本年支出合计: '951001.46', '其中：基本支出/人员经费': '0', 项目支出: '951001.46', 上缴上级支出: '0', 经营支出: '0', 对附属单位补助支出: '0' });
  });
});
