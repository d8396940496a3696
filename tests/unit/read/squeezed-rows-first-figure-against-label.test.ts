/**
 * A squeezed 支出决算表 no row fills, in 万元, one of whose rows prints its first figure one space after its long label
 * (tests/fixtures/text-forms/expenditure-squeezed-first-figure-against-label.pdftotext.txt: source lines 130–155 of the
 * generated synth-410100-jiaoyuju-2015-final-00012 as `pdftotext -layout` wrote them, and a note line).
 * `行政事业单位养老支出 11.62      11.62 10.93 0.70` (line 25): pdftotext squeezed the 本年支出合计 figure against the
 * label, so the six spaces after it say nothing of a blank column between it and 小计; no placement with a column
 * between holds 小计 = 人员经费 + 公用经费 (10.93 + 0.70, 尾差 0.01). With that row placed, the header broken into
 * `本年支 / 出合计`, `人员经 / 费`, `公用 / 经费` reads as one cover of its eight words.
 * Expected cells read by hand from the lines; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';
import { EXPENDITURE_COLUMNS } from '../../helpers.ts';

describe('a squeezed table whose first figure is written against a long label', () => {
  const { at, header } = readTextFormFixture('expenditure-squeezed-first-figure-against-label.pdftotext.txt');

  it('reads the header as the eight value columns after the labels (line 4)', () => {
    expect(header(4).slice(2)).toEqual(EXPENDITURE_COLUMNS);
  });

  it('reads 20805 行政事业单位养老支出 with 11.62 under 小计, 10.93 under 人员经费 and 0.70 under 公用经费 (line 25)', () => {
    expect(at(25).cells).toEqual(['20805', '行政事业单位养老支出', '11.62', '11.62', '10.93', '0.70', '', '', '', '']);
  });

  it('reads 201 一般公共服务支出 with 25.17 under 项目支出 (line 10)', () => {
    expect(at(10).cells).toEqual(['201', '一般公共服务支出', '47.14', '21.97', '20.65', '1.32', '25.17', '', '', '']);
  });

  it('reads 2010102 一般行政管理事务 with 8.35 under 项目支出 alone (line 13)', () => {
    expect(at(13).cells).toEqual(['2010102', '一般行政管理事务', '8.35', '', '', '', '8.35', '', '', '']);
  });
});
