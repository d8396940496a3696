/**
 * A 支出决算表 read by order (`figure-order.ts`, its header read as an exact cover) whose 行次 stands in a label column
 * headed 行次, continued on a page with no header whose rows pdftotext drew at two widths (`orderShift`): each line's
 * first whole number is its row number, not a figure, so the page's full rows print the table's six figures and the
 * table's columns are carried onto the page (read anew from its rows alone, the 行次 fell into 本年支出合计 and every
 * figure one column right). tests/fixtures/text-forms/expenditure-continued-page-row-numbers-wider.pdftotext.txt holds
 * source lines 129–182 of synth-140100-shangwuju-2017-final-00051 (pdf27); the page break is on line 32. Expected
 * cells read by hand from the lines: 本年支出合计 = 基本支出 + 项目支出 in every row.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const { at } = readTextFormFixture('expenditure-continued-page-row-numbers-wider.pdftotext.txt');

describe('a continued page keeps the 行次 of a label column headed 行次 out of the figures', () => {
  it('reads the page’s first row, drawn wide, under the table’s columns (2101102, line 32)', () => {
    expect(at(32).cells).toEqual(['2101102', '事业单位医疗', '21', '268.18', '268.18', '0.00', '0.00', '0.00', '0.00']);
  });

  it('reads a wide row with a blank 基本支出 of zero (2150517, line 38)', () => {
    expect(at(38).cells).toEqual(['2150517', '产业发展', '25', '121.66', '0.00', '121.66', '0.00', '0.00', '0.00']);
  });

  it('reads a row drawn narrow on the same page (line 43)', () => {
    expect(at(43).cells.slice(2)).toEqual(['28', '430.03', '214.49', '215.54', '0.00', '0.00', '0.00']);
  });

  it('reads the total row (line 52)', () => {
    expect(at(52).cells.slice(2)).toEqual(['35', '4,578.90', '3,701.80', '877.09', '0.00', '0.00', '0.00']);
  });
});
