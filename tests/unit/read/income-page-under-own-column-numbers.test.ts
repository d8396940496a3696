/**
 * A 收入决算表 carried onto a second page that prints its own 栏次 row, 1 … 7, its rows of six figures at most
 * (`page-fit.ts`, `underNumbers`): tests/fixtures/text-forms/income-page-under-own-column-numbers.pdftotext.txt is the
 * 收入决算表 of the generated document synth-410800-wenlvju-2020-final-00090 (/work/corp3/pdf25, source lines
 * 83–127), as `pdftotext -layout` wrote it. On the second page every figure stands under one 栏次 number but the
 * 0.00 of 行政单位医疗 (line 38), drawn between the numbers 1 and 2; that row tells nothing of where the columns stand,
 * and the other rows place the page's columns under their numbers. Expected cells are read by hand; line numbers are
 * the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const { at } = readTextFormFixture('income-page-under-own-column-numbers.pdftotext.txt');

describe('a second page placed under its own 栏次 row, one row drawn between two numbers (lines 25–45)', () => {
  it('puts 0.00 0.00 1596.67 under 经营收入, 附属单位上缴收入 and 其他收入 (line 31)', () => {
    expect(at(31).cells.slice(3)).toEqual(['151722.17', '150125.50', '', '', '0.00', '0.00', '1596.67']);
  });
  it('puts the 0.00 drawn between the numbers 1 and 2 under 本年收入合计 (line 38)', () => {
    expect(at(38).cells.slice(3)).toEqual(['0.00', '', '', '0.00', '0.00', '0.00', '']);
  });
  it('puts the two zeros of 其他行政事业单位医疗支出 under 事业收入 and 附属单位上缴收入 (line 40)', () => {
    expect(at(40).cells.slice(3)).toEqual(['226357.38', '226357.38', '', '0.00', '', '0.00', '']);
  });
});
