/**
 * A 支出决算表 whose header is printed again at the top of its second page, pdftotext laying its broken words out
 * otherwise there (`本年支出` over `合计` on other lines, `费` drawn left of `公用经`), and no row of that page filling
 * every column (tests/fixtures/text-forms/expenditure-header-repeated-other-layout-no-full-row.pdftotext.txt: source
 * lines 132–175 of the generated synth-410800-jiaotongju-2015-final-00010 as `pdftotext -layout` wrote them). The
 * repeated header has the same characters as the table's: it names the same columns. Read by position into other
 * columns (a twelfth column under `其中：基本支出`), that reading is wrong; the page's rows are read as a squeezed
 * table's under the header's exact cover (`coverOnSqueezedRows`), its eight value columns. Expected cells read by hand
 * from the lines; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';
import { EXPENDITURE_COLUMNS } from '../../helpers.ts';

describe('a header repeated in another layout over a page no row fills', () => {
  const { at, header } = readTextFormFixture('expenditure-header-repeated-other-layout-no-full-row.pdftotext.txt');

  it('reads the repeated header as the eight value columns of the table (line 31)', () => {
    expect(header(31).slice(3)).toEqual(EXPENDITURE_COLUMNS);
  });

  it('reads 21011 行政事业单位医疗 from 本年支出合计 on (line 36: 259.11 259.11 215.06 44.05)', () => {
    expect(at(36).cells.slice(0, 7)).toEqual(['21011', '行政事业单位医疗', '13', '259.11', '259.11', '215.06', '44.05']);
  });

  it('reads 2210203 购房补贴 from 本年支出合计 on, 项目支出 blank (line 44: 375.17 375.17 311.39 63.78)', () => {
    expect(at(44).cells.slice(0, 8)).toEqual(['2210203', '购房补贴', '21', '375.17', '375.17', '311.39', '63.78', '']);
  });
});
