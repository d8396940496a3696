/**
 * A squeezed 支出决算表 whose first value column prints `本年支出` over `合计` with a line of its neighbours' words between
 * them, its parts `基本支出 项目支出` beside it on its own line (`header-words.ts`, `splitGroupOverSubtotal`): the group
 * word heads no part of its own below it, only the total under it, so the two are the wrapped total word 本年支出合计
 * (read as the group 本年支出 over its 合计, the column was named 本年支出). The rows fill three of six columns.
 * tests/fixtures/text-forms/expenditure-total-word-over-lone-total.pdftotext.txt holds source lines 140–186 of
 * synth-410400-jiaotongju-2017-final-00045 (pdf27). Expected cells read by hand from the lines: 本年支出合计 = 基本支出
 * + 项目支出 in every row.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const { at, header } = readTextFormFixture('expenditure-total-word-over-lone-total.pdftotext.txt');

describe('a group word over its total alone, its parts beside it on its line, is the wrapped total word', () => {
  it('reads 本年支出合计 as one column word (lines 6–10)', () => {
    expect(header(6).slice(2)).toEqual(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });

  it('puts a row’s figures under it and its parts (201, line 11)', () => {
    expect(at(11).cells).toEqual(['201', '一般公共服务支出', '1,156.1', '422.3', '733.9', '', '', '']);
  });

  it('reads the total row (line 45)', () => {
    expect(at(45).cells.slice(2)).toEqual(['3,536.2', '2,268.7', '1,267.5', '', '', '']);
  });
});
