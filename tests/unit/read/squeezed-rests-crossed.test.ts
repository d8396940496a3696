/**
 * A squeezed header whose rests of the same text a nearest-first reading crosses (`readWords` of `header-words.ts`,
 * `uncrossRests` of `crossed-rests.ts`): tests/fixtures/text-forms/expenditure-crossed-rests.pdftotext.txt is the first
 * page of the 支出决算表 of synth-410811-chengguanju-2020-final-00094 (pdf27, source lines 131–170). The header prints
 * `项目支   上缴上 经营支 对附属` over `出 级支出 出 单位补`: the second `出` stands nearer `项目支` than the first, yet
 * pdftotext keeps the order of a line's pieces, so the first `出` is 项目支's and the second 经营支's (read crossed,
 * 项目支出 stood right of 上缴上级支出's rest and was taken for a column right of every figure, and the table's rows,
 * five figures under eight words with a 行次 and no 栏次 row, were left unread). Expected cells read by hand from the
 * lines: 合计 = 小计 + 项目支出 and 小计 = 人员经费 + 公用经费 in every full row.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';
import { EXPENDITURE_COLUMNS } from '../../helpers.ts';

const { at, header } = readTextFormFixture('expenditure-crossed-rests.pdftotext.txt');

describe('rests of the same text a squeezed header line drew crossed are read in their words’ order', () => {
  it('reads the eight value columns in order after the 行次 (lines 6–8)', () => {
    expect(header(6).slice(3)).toEqual(EXPENDITURE_COLUMNS);
  });

  it('puts the total row’s five figures under the first five words (line 9)', () => {
    expect(at(9).cells.slice(2)).toEqual(['1', '159.8', '129.9', '118.2', '11.7', '29.9', '', '', '']);
  });

  it('puts a row’s 项目支出 under its word (201, line 10)', () => {
    expect(at(10).cells).toEqual(['201', '一般公共服务支出', '2', '31.8', '30.8', '28.0', '2.8', '1.0', '', '', '']);
  });

  it('puts a row of 项目支出 only under 本年支出合计 and 项目支出 (2010102, line 13)', () => {
    expect(at(13).cells).toEqual(['2010102', '一般行政管理事务', '5', '1.0', '', '', '', '1.0', '', '', '']);
  });
});
