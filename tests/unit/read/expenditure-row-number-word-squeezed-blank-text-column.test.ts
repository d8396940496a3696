/**
 * A 支出决算表 (元) whose header pdftotext squeezed left of its rows (`功能分类 行次 计 基本支出 项目支出 上级 支出 位补`,
 * `本年支出合` a line above `计`), its rows printing three figures at most (本年支出合计, 基本支出, 项目支出; 上缴上级支出,
 * 经营支出 and 对附属单位补助支出 blank in every row) one space apart, a long name pushing a row's figures right. By
 * position the 行次 word and 科目名称 stand over figure columns, and one column between them prints nothing in any row.
 * Real `pdftotext -layout` output of a generated 阳泉 商务局 2018 决算, lines 7–60 of the fixture (the header repeated twice within the run, no page break between). Read by hand: the
 * first figure after the 行次 is 本年支出合计; one space after it 基本支出, one more 项目支出; a wide gap after the
 * total leaves 基本支出 blank (本年支出合计 = 基本支出 + 项目支出).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

const { table, onLine } = ingestTextFormFixture('expenditure-row-number-word-squeezed-blank-text-column.pdftotext.txt', 'final_expenditure');

describe('a squeezed 支出决算表 whose label words stand over figure columns, one of them printing nothing', () => {
  it('reads the six value columns of the header', () => {
    expect(table.columns).toEqual(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });

  it('reads line 12, the 总计: 1957452.97 = 1238236.01 + 719216.96', () => {
    expect(onLine(12)).toEqual({ 本年支出合计: '1957452.97', 基本支出: '1238236.01', 项目支出: '719216.96' });
  });

  it('reads line 16 with 基本支出 blank: `109451.94             109451.94`', () => {
    expect(onLine(16)).toEqual({ 本年支出合计: '109451.94', 项目支出: '109451.94' });
  });

  it('reads line 15 with 项目支出 blank after it: `60033.55 60033.55`', () => {
    expect(onLine(15)).toEqual({ 本年支出合计: '60033.55', 基本支出: '60033.55' });
  });

  it('reads line 17, its long name pushing the figures right: 163108.58 = 39834.94 + 123273.64', () => {
    expect(onLine(17)).toEqual({ 本年支出合计: '163108.58', 基本支出: '39834.94', 项目支出: '123273.64' });
  });

  it('reads line 46, after the header repeated, with 基本支出 blank: `55270.41              55270.41`', () => {
    expect(onLine(46)).toEqual({ 本年支出合计: '55270.41', 项目支出: '55270.41' });
  });
});
