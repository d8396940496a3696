/**
 * A 支出决算表 read by order (`figure-order.ts`) whose 行次 stands in a label column headed 行次, continued on a page
 * printing no 栏次 row whose rows leave cells blank (`orderShift`): each line's first whole number is its row number,
 * not a figure, so the page's rows keep the table's columns (counted as a figure, the 行次 stood under 本年支出合计 and
 * every figure one column right). tests/fixtures/text-forms/expenditure-continued-page-row-numbers-no-column-numbers.pdftotext.txt
 * holds source lines 140–202 of synth-410300-shangwuju-2016-final-00033 (pdf26); the table starts on line 12, its page break after line 36.
 * Expected cells read by hand from the lines: 本年支出合计 = 基本支出小计 + 项目支出, 小计 = 人员经费 + 公用经费.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const { at } = readTextFormFixture('expenditure-continued-page-row-numbers-no-column-numbers.pdftotext.txt');

describe('a continued page without a 栏次 row keeps the 行次 of a label column headed 行次 out of the figures', () => {
  it('reads the page’s first row under the table’s columns (20805, row 14)', () => {
    expect(at(42).cells.slice(-9)).toEqual(['14', '12846793.50', '10000971.88', '9100884.40', '900087.48', '2845821.62', '0.00', '0.00', '']);
  });
});
