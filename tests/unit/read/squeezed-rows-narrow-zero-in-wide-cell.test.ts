/**
 * A squeezed 支出决算表 no row fills whose narrow zeros stand right-aligned in cells as wide as the row's wide figures
 * (tests/fixtures/text-forms/expenditure-squeezed-narrow-zero-wide-column.pdftotext.txt: source lines 126–133, 135,
 * 138, 146–147 and 163 of the generated synth-410803-nongyeju-2023-final-00147 as `pdftotext -layout` wrote them).
 * `208964.84         0.00` (line 9): the zero is 项目支出 beside 公用经费, nine spaces after it — the blank its own cell,
 * as wide as the table's widest figure `35761368.49`, leaves left of it, not a blank column between them (read so only
 * when no placement keeps the row with a blank column between). Every row then has a placement under
 * the header's eight words (read as one cover), and the table is read as a squeezed table, not by the columns the
 * packed row `5081469.50 4494305.29 …` (line 11) makes by position, which put 人员经费 over no figure.
 * Expected cells read by hand from the lines; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';
import { EXPENDITURE_COLUMNS } from '../../helpers.ts';

describe('a squeezed table whose zeros stand right-aligned in wide cells', () => {
  const { at, header } = readTextFormFixture('expenditure-squeezed-narrow-zero-wide-column.pdftotext.txt');

  it('reads the header as the eight value columns after the labels (line 2)', () => {
    expect(header(2).slice(2)).toEqual(EXPENDITURE_COLUMNS);
  });

  it('reads 合计 with 28976048.00 under 人员经费 and its zeros, six spaces after 项目支出, under 经营支出 and 对附属单位补助支出 (line 7)', () => {
    expect(at(7).cells).toEqual(['', '合计', '35761368.49', '31841811.06', '28976048.00', '2865763.06', '3919557.43', '', '0.00', '0.00']);
  });

  it('reads 201 行政运行 with 2112866.60 under 人员经费 and 208964.84 under 公用经费 (line 9)', () => {
    expect(at(9).cells.slice(0, 6)).toEqual(['201 01 01', '行政运行', '2321831.44', '2321831.44', '2112866.60', '208964.84']);
  });

  it('reads the packed row 208 99 99 in order, its two zeros under 上缴上级支出 and 经营支出 (line 11)', () => {
    expect(at(11).cells.slice(2)).toEqual(['5081469.50', '4494305.29', '4089817.80', '404487.49', '587164.21', '0.00', '0.00', '']);
  });
});
