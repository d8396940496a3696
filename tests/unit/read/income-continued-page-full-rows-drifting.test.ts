/**
 * A 收入决算表 continued on a page that prints no header, its rows drawn two characters apart from one another (the
 * first rows under the carried columns, the later ones further right): read anew by position, the page's columns split
 * one of the table's seven in two, and a row of seven figures fell with a blank cell under 上级补助收入 and its last
 * figure beyond the table's columns. Every row prints all seven figures, so each fills the table's columns in order.
 * tests/fixtures/text-forms/income-continued-page-full-rows-drifting.pdftotext.txt is 收入决算表 of
 * synth-410400-caizhengju-2018-final-00055 (pdf28, its lines 80–128). Cells read by hand: a row's seven figures in
 * the order of the header's seven words.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a 收入决算表 page with no header whose full rows drift apart from line to line', () => {
  const { at } = readTextFormFixture('income-continued-page-full-rows-drifting.pdftotext.txt');
  const values = (n: number) => at(n).cells.slice(3, 10);

  it('reads a row drawn right of the first rows one figure to a column (其他行政事业单位养老支出, line 33)', () => {
    expect(values(33)).toEqual(['12012469.18', '12012469.18', '0.00', '0.00', '0.00', '0.00', '0.00']);
  });

  it('puts 事业收入 after 上级补助收入 (住房保障支出, line 41; 合计, line 48)', () => {
    expect(values(41)).toEqual(['61771430.06', '61588126.58', '0.00', '183303.48', '0.00', '0.00', '0.00']);
    expect(values(48)).toEqual(['337408654.93', '336349542.83', '0.00', '1059112.10', '0.00', '0.00', '0.00']);
  });

  it('leaves the rows drawn under the carried columns as they were (教育支出, line 25)', () => {
    expect(values(25)).toEqual(['32421061.87', '32328050.81', '0.00', '93011.06', '0.00', '0.00', '0.00']);
  });
});
