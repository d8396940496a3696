/**
 * A total word pdftotext drew over the 行次 numbers, beside three columns blank in every row, the rests of their
 * words drawn far left (`figure-order.ts`, `blankColumnsBeside` on the header read by `headerLeaves`):
 * tests/fixtures/text-forms/expenditure-total-word-over-row-numbers-blank-columns.pdftotext.txt is the first page of the
 * 支出决算表 of synth-140300-caizhengju-2017-final-00038 (pdf14, source lines 134–150). The header prints `本年支出` over
 * `行次 合计 基本支出 项目支出 级支出 出 单位补` (合计 starting over the row numbers, `级支出 出 单位补` fifteen columns
 * left of `上缴上 经营支 对附属`); the rows print their 行次 and three figures. Expected cells are read by hand: the row
 * number is no money, and 本年支出合计 = 基本支出 + 项目支出 in every full row.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const { at, header } = readTextFormFixture('expenditure-total-word-over-row-numbers-blank-columns.pdftotext.txt');

describe('a total word drawn over the 行次 numbers heads the first figures, not the row numbers', () => {
  it('reads 本年支出合计 | 基本支出 | 项目支出 and the three blank columns after the 行次 column (lines 4–6)', () => {
    expect(header(4).slice(2)).toEqual(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });

  it('keeps the row number out of the figures (line 7)', () => {
    expect(at(7).cells).toEqual(['合计', '1', '25,843.5', '17,512.7', '8,330.8', '', '', '']);
  });

  it('puts a row of 本年支出合计 and 项目支出 alone under them (line 11)', () => {
    expect(at(11).cells).toEqual(['一般行政管理事务', '5', '783.9', '', '783.9', '', '', '']);
  });
});
