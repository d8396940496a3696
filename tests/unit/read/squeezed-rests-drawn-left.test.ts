/**
 * A squeezed header whose lower lines pdftotext drew left of the words they end (`figure-order.ts`, `headerLeaves`,
 * and `readWords` of `header-words.ts` read with `unique`): tests/fixtures/text-forms/expenditure-rests-drawn-left.pdftotext.txt
 * is the first page of the 支出决算表 of synth-140300-gongxinju-2016-final-00018 (pdf14, source lines 154–175). The
 * header prints `项目支 上缴上 经营支 对附属` over `出 级支出 出 单位补`, the rests standing nine to thirteen columns left
 * of their words' starts, and `助支出` far right on the line of `单位补`; the rows fill five of the eight columns (no
 * 上缴上级支出, 经营支出 or 对附属单位补助支出). Expected cells are read by hand from those lines: 合计 = 小计 + 项目支出
 * and 小计 = 人员经费 + 公用经费 in every full row.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';
import { EXPENDITURE_COLUMNS } from '../../helpers.ts';

const { at, header } = readTextFormFixture('expenditure-rests-drawn-left.pdftotext.txt');

describe('header words whose rests a squeezed line drew left of their starts are read whole', () => {
  it('reads the eight value columns in order (lines 3–6)', () => {
    expect(header(3)).toEqual([
      '项目/功能分类科目编码',
      '项目/科目名称',
      ...EXPENDITURE_COLUMNS,
    ]);
  });

  it('puts a full row five figures under 本年支出合计 … 项目支出, the last three blank (line 7)', () => {
    expect(at(7).cells).toEqual(['', '合计', '178.23', '95.44', '89.71', '5.73', '82.79', '', '', '']);
  });

  it('puts a row of 本年支出合计 and 项目支出 alone under them (line 11)', () => {
    expect(at(11).cells).toEqual(['201 01 02', '一般行政管理事务', '7.39', '', '', '', '7.39', '', '', '']);
  });
});
