/**
 * A squeezed 支出决算表 no row fills, whose narrow figures (`52.27`) stand further apart than the wide ones (`653.77`)
 * in the same two neighbouring columns (tests/fixtures/text-forms/expenditure-squeezed-wide-gap-neighbours.pdftotext.txt:
 * source lines 118–139 of the generated synth-410803-shengtaiju-2015-final-00007 as `pdftotext -layout` wrote them).
 * Right-aligned, a narrower figure leaves a wider gap before it: `52.27    52.27` (four spaces) are 本年支出合计 and
 * 小计 side by side, as `653.77   617.05` (three) are. A blank column between two figures needs room for a figure at
 * least as wide as the row's narrowest and a space on each side; a gap of four beside a `6.27` does not have it.
 * Expected cells read by hand from the lines; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';
import { EXPENDITURE_COLUMNS } from '../../helpers.ts';

describe('a squeezed table whose narrow figures stand further apart', () => {
  const { at, header } = readTextFormFixture('expenditure-squeezed-wide-gap-neighbours.pdftotext.txt');

  it('reads the header as the eight value columns after 行次 (line 3)', () => {
    expect(header(3).slice(3)).toEqual(EXPENDITURE_COLUMNS);
  });

  it('reads 201 一般公共服务支出 (line 8: 653.77 617.05 543.00 74.05 36.73)', () => {
    expect(at(8).cells.slice(0, 8)).toEqual(['201', '一般公共服务支出', '1', '653.77', '617.05', '543.00', '74.05', '36.73']);
  });

  it('reads 210 卫生健康支出 with 52.27 and 52.27 side by side (line 15)', () => {
    expect(at(15).cells.slice(0, 8)).toEqual(['210', '卫生健康支出', '8', '52.27', '52.27', '46.00', '6.27', '0.00']);
  });

  it('reads 210 11 03 公务员医疗补助 with its zeros in 项目支出, 上缴上级支出 and 对附属单位补助支出 (line 17)', () => {
    expect(at(17).cells.slice(0, 11)).toEqual(['210 11 03', '公务员医疗补助', '10', '52.27', '52.27', '46.00', '6.27', '0.00', '0.00', '', '0.00']);
  });
});
