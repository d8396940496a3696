/**
 * Rows with blank cells drawn one column off, placed again where the header's totals hold, though they are many
 * (`row-totals.ts`, `totalsTally`: a row whose figures hold the totals in exactly one other placement counts neither
 * for nor against the header) or fill a whole page (the rows of the pages before, read with the same columns, confirm
 * the header):
 * - tests/fixtures/text-forms/general-expenditure-rows-one-column-off-under-row-numbers.pdftotext.txt is the
 *   一般公共预算财政拨款支出决算表 of synth-410803-jiaoyuju-2017-final-00047 (pdf19, source lines 271–314), under a
 *   行次 column. Eleven of its rows print six figures, 项目支出 blank, e.g. `22   118.18   121.61   125.03   125.03
 *   95.02 30.01`; by position they fall one column right or leave a gap. 125.03 = 125.03 + (blank) and
 *   125.03 = 95.02 + 30.01 hold only with the six figures in the first six value columns.
 * - tests/fixtures/text-forms/general-expenditure-page-one-column-off-confirmed-by-page-before.pdftotext.txt is the same
 *   table of synth-140300-caizhengju-2017-final-00038 (pdf19, source lines 238–284). Its second page prints only rows
 *   with 项目支出 blank, `91.29 91.29 77.60 13.69`, which the columns carried from the page before put one column
 *   right; 91.29 = 91.29 + (blank), 91.29 = 77.60 + 13.69 hold only from 小计 on.
 * Expected cells are read by hand from those lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('rows with 项目支出 blank drawn one column off under a 行次 column are placed where the totals hold', () => {
  const { at } = readTextFormFixture('general-expenditure-rows-one-column-off-under-row-numbers.pdftotext.txt');
  it('puts 6.57 under 年初预算数 and leaves 项目支出 blank (line 26)', () => {
    expect(at(26).cells).toEqual(['208 05', '行政事业单位养老支出', '16', '6.57', '6.63', '6.70', '6.70', '5.09', '1.61', '']);
  });
  it('puts 1.61, drawn far right, under 公用经费 (line 28)', () => {
    expect(at(28).cells).toEqual(['208 05 06', '机关事业单位职业年金缴费支出', '17', '6.57', '6.63', '6.70', '6.70', '5.09', '1.61', '']);
  });
  it('puts 121.61 under 全年预算数 (line 36)', () => {
    expect(at(36).cells).toEqual(['210', '卫生健康支出', '22', '118.18', '121.61', '125.03', '125.03', '95.02', '30.01', '']);
  });
  it('parts 35.11 and 11.09, crowded into 项目支出, into 人员经费 and 公用经费 (line 38)', () => {
    expect(at(38).cells).toEqual(['210 11 02', '事业单位医疗', '24', '42.51', '44.36', '46.20', '46.20', '35.11', '11.09', '']);
  });
});

describe('a page whose every row is drawn one column off is confirmed by the page before', () => {
  const { at } = readTextFormFixture('general-expenditure-page-one-column-off-confirmed-by-page-before.pdftotext.txt');
  it('puts 91.29 under 小计 on the page continued (line 36)', () => {
    expect(at(36).cells).toEqual(['210 11 03', '公务员医疗补助', '91.29', '91.29', '77.60', '13.69', '']);
  });
  it('puts 126.68 under 小计 on the page continued (line 37)', () => {
    expect(at(37).cells).toEqual(['221', '住房保障支出', '126.68', '126.68', '107.68', '19.00', '']);
  });
  it('leaves the rows of the page before where they stand (line 27)', () => {
    expect(at(27).cells).toEqual(['210 11', '行政事业单位医疗', '91.29', '91.29', '77.60', '13.69', '']);
  });
});
