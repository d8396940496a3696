/**
 * A squeezed 支出决算表 whose 行次 column the header reading leaves without its word, its rows' figures drawn off their
 * columns (tests/fixtures/text-forms/expenditure-code-sums-row-numbers-unheaded.pdftotext.txt: source lines 116–152 of
 * the generated synth-410700-jiaoyuju-2016-final-00029 of pdf24 as `pdftotext -layout` wrote them). The label column
 * whose cells number the rows, 1 2 3 … down them, is a 行次 column, never part of a row's code, so the sums down the
 * classification read the table (`placeTablesByCodeSums`); a row those sums leave placements differing only in where a
 * zero stands keeps that zero where it stood. Expected cells read by hand from the lines; line numbers are the
 * fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('the sums down the classification under a 行次 column no word heads', () => {
  const { at } = readTextFormFixture('expenditure-code-sums-row-numbers-unheaded.pdftotext.txt');

  it('puts 20101 人大事务\'s 0.00 under 基本支出 and 1050.88 under 项目支出, as 201\'s 项目支出 2788.88 sums (line 10)', () => {
    expect(at(10).cells).toEqual(['20101', '人大事务', '3', '1050.88', '0.00', '1050.88', '', '', '0.00']);
  });

  it('puts 2010308 信访事务\'s 196.99 under 项目支出, as 20103\'s 项目支出 196.99 sums (line 15)', () => {
    expect(at(15).cells).toEqual(['2010308', '信访事务', '7', '196.99', '0.00', '196.99', '', '0.00', '0.00']);
  });

  it('puts 2050801 教师进修\'s 1726.03 under 项目支出 (line 21)', () => {
    expect(at(21).cells.slice(0, 6)).toEqual(['2050801', '教师进修', '13', '1726.03', '0.00', '1726.03']);
  });
});
