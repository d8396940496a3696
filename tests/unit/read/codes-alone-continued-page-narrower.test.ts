/**
 * A coded 支出决算表 continued on a page laid out narrower than the page before (its names start left of the table's
 * name column), each 项-level row printing its code alone on the line over its name and figures
 * (tests/fixtures/text-forms/expenditure-codes-alone-continued-page.pdftotext.txt: source lines 130–174 of the generated
 * synth-140300-jiaotongju-2016-final-00028 as `pdftotext -layout` wrote them):
 *
 * ```
 * 214 01 06
 *        公路养护               219.74                          219.74
 * 221    住房保障支出             594.00 594.00 504.90 89.10
 * ```
 *
 * A figure a row puts in a column the header left blank makes that column no name column, and a name the page's shift
 * carries into the code column, alone on its row of figures, is the name column's: each code joins its row. Expected
 * cells read by hand; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('codes alone on their lines on a continued page laid out narrower', () => {
  const { at } = readTextFormFixture('expenditure-codes-alone-continued-page.pdftotext.txt');

  it('joins 210 11 01 and 210 11 03 to their names and figures (lines 25–28)', () => {
    expect(at(26).cells.slice(0, 6)).toEqual(['210 11 01', '行政单位医疗', '487.07', '487.07', '414.01', '73.06']);
    expect(at(25).skip).toBe('joined');
    expect(at(28).cells.slice(0, 3)).toEqual(['210 11 03', '公务员医疗补助', '62.43']);
  });

  it('joins a code to a name carried into the code column (214 01 01 行政运行, 221 02 02 提租补贴)', () => {
    expect(at(34).cells.slice(0, 3)).toEqual(['214 01 01', '行政运行', '439.91']);
    expect(at(42).cells.slice(0, 3)).toEqual(['221 02 02', '提租补贴', '308.11']);
  });

  it('leaves the 合计 row where it stands (line 43)', () => {
    expect(at(43).cells.slice(0, 3)).toEqual(['合计', '', '3,305.81']);
  });
});
