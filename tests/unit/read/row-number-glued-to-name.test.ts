/**
 * A 支出决算表 with a 行次 column, one row of which pdftotext wrote with its 行次 glued to its name
 * (tests/fixtures/text-forms/expenditure-row-number-glued-to-name.pdftotext.txt: source lines 130–170 of the generated
 * synth-410100-jiaoyuju-2015-final-00012 as `pdftotext -layout` wrote them):
 *
 * ```
 * 210         卫生健康支出  18 728.12 683.09 580.63 102.46 45.03               0.00   0.00   0.00
 * 210 11      行政事业单位医疗19 728.12 683.09 580.63 102.46 45.03               0.00   0.00   0.00
 * 210 11 01   行政单位医疗  20 336.05 336.05 285.64 50.41 0.00                 0.00   0.00   0.00
 * ```
 *
 * 19 is the number the rows around it (18 above, 20 below) leave for it: the name is 行政事业单位医疗, its 行次 19.
 * Expected cells read by hand; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a 行次 glued to the row name', () => {
  const { at } = readTextFormFixture('expenditure-row-number-glued-to-name.pdftotext.txt');

  it('splits 19 off 行政事业单位医疗 into the 行次 column (line 35)', () => {
    expect(at(35).cells.slice(0, 4)).toEqual(['210 11', '行政事业单位医疗', '19', '728.12']);
  });

  it('leaves the rows around it as they were (lines 34, 36)', () => {
    expect(at(34).cells.slice(0, 3)).toEqual(['210', '卫生健康支出', '18']);
    expect(at(36).cells.slice(0, 3)).toEqual(['210 11 01', '行政单位医疗', '20']);
  });
});
