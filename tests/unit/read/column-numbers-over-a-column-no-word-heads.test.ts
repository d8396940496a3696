/**
 * A squeezed 支出决算表 under a 栏次 row whose reading by position leaves a value column headed by no word
 * (tests/fixtures/text-forms/expenditure-column-numbers-headless-column.pdftotext.txt: source lines 134–154 of the
 * generated synth-410803-fagaiwei-2018-final-00067 of pdf25 as `pdftotext -layout` wrote them). The rows are packed one
 * space apart from the left, so the columns found by position put 公用经费 with 项目支出 over one wide column and leave
 * the column numbered 4 without a word: a column no word heads is not read, and the header is read as a cover onto the
 * eight numbered columns (`coverOnNumbers`). Expected cells read by hand from the lines; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';
import { EXPENDITURE_COLUMNS } from '../../helpers.ts';

describe('a 栏次 row over a column the words by position leave unheaded', () => {
  const { at, header } = readTextFormFixture('expenditure-column-numbers-headless-column.pdftotext.txt');

  it('reads the eight value columns, 公用经费 under 其中：基本支出 and 项目支出 a column of its own (line 3)', () => {
    expect(header(3).slice(3)).toEqual(EXPENDITURE_COLUMNS);
  });

  it('reads 总计 with each of its five figures in its own column (line 7)', () => {
    expect(at(7).cells.slice(1, 11)).toEqual(['总计', '1', '1425932.28', '929227.89', '864181.88', '65046.01', '496704.39', '', '', '']);
  });

  it('reads 201 一般公共服务支出 with 588.69 under 公用经费 and 106597.60 under 项目支出 (line 8)', () => {
    expect(at(8).cells.slice(0, 11)).toEqual(['201', '一般公共服务支出', '2', '115007.40', '8409.80', '7821.11', '588.69', '106597.60', '', '', '']);
  });

  it('reads 201 01 人大事务 with its 32980.04 under 项目支出 (line 9)', () => {
    expect(at(9).cells.slice(0, 11)).toEqual(['201 01', '人大事务', '3', '32980.04', '', '', '', '32980.04', '', '', '']);
  });

  it('reads 208 05 行政事业单位养老支出 with four figures from the total on, 项目支出 blank (line 19)', () => {
    expect(at(19).cells.slice(0, 11)).toEqual(['208 05', '行政事业单位养老支出', '13', '59651.17', '59651.17', '55475.58', '4175.59', '', '', '', '']);
  });
});
