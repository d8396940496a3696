/**
 * A squeezed table whose header names more columns than any row fills (`figure-order.ts`, `blankColumnsBeside`):
 * tests/fixtures/text-forms/squeezed-blank-columns.pdftotext.txt is the first page of the 支出决算表 of the generated
 * document synth-410200-nongyeju-2016-final-00026 (bench/pdf-accuracy.ts, seed 1, source lines 154–173), as
 * `pdftotext -layout` wrote it. The department has no 上缴上级支出, 经营支出 or 对附属单位补助支出: those three columns
 * are blank in every row, so a full row holds five figures one space apart under eight column words, and the 栏次 row
 * is squeezed as well (`3 4 5 6 7 8`). The five figures go to 本年支出合计 … 项目支出: 合计 = 小计 + 项目支出 and
 * 小计 = 人员经费 + 公用经费 hold in every full row only so. Expected cells are read by hand; line numbers are the
 * fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';
import { EXPENDITURE_COLUMNS } from '../../helpers.ts';

const { at, header } = readTextFormFixture('squeezed-blank-columns.pdftotext.txt');

describe('five squeezed figures under eight column words, three columns blank in every row (lines 2–20)', () => {
  it('reads the eight value columns in order after 功能分类科目编码 | 科目名称 | 行次 (lines 2–6)', () => {
    expect(header(2)).toEqual([
      '项目/功能分类科目编码',
      '项目/科目名称',
      '行次',
      ...EXPENDITURE_COLUMNS,
    ]);
  });
  it('puts 50.1 under 人员经费 and 22.9 under 项目支出, the last three cells blank (line 8)', () => {
    expect(at(8).cells.slice(3)).toEqual(['78.6', '55.7', '50.1', '5.6', '22.9', '', '', '']);
  });
  it('places a row of narrower figures in the same columns (line 12: 14.5 7.9 7.1 0.8 6.6)', () => {
    expect(at(12).cells.slice(3)).toEqual(['14.5', '7.9', '7.1', '0.8', '6.6', '', '', '']);
  });
  it('places a row with only 本年支出合计 and 项目支出 by position (line 11: 4.9 … 4.9)', () => {
    expect(at(11).cells.slice(3)).toEqual(['4.9', '', '', '', '4.9', '', '', '']);
  });
  it('leaves 项目支出 blank on a row of four figures (line 10)', () => {
    expect(at(10).cells.slice(3)).toEqual(['11.6', '11.6', '10.5', '1.2', '', '', '', '']);
  });
});
