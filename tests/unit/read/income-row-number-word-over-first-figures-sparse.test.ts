/**
 * A 收入决算表 (元) pdftotext squeezed left of its rows: `行次 本年收入合计 财政拨款收入` printed right after `功能分类`,
 * so by position the 行次 word stands over the first figure column and 本年收入合计 over the rows' numbers, and no row
 * prints all seven figures (each leaves one cell blank or more). Real `pdftotext -layout` output of a generated 阳泉
 * 生态环境局 2018 决算, lines 10–31 of the fixture. Read by hand: figures one space apart stand in neighbouring columns;
 * a gap of six to eight spaces leaves one blank column between two figures, eleven or more two; the cells after the
 * last figure are blank.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

const { table, onLine } = ingestTextFormFixture('income-row-number-word-over-first-figures-sparse.pdftotext.txt', 'final_income');

describe('a squeezed 收入决算表 whose 行次 word stands over its first figure column, no row filling every column', () => {
  it('reads the seven value columns of the header', () => {
    expect(table.columns).toEqual(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('reads line 14: two zeros after 财政拨款收入, two blank columns, a zero in 其他收入', () => {
    // `1 11,507,732.52 11,507,732.52 0.00 0.00           0.00`
    expect(onLine(14)).toEqual({ 本年收入合计: '11507732.52', 财政拨款收入: '11507732.52', 上级补助收入: '0', 事业收入: '0', 其他收入: '0' });
  });

  it('reads line 16: a blank column before each zero', () => {
    // `2 3,331,523.86 3,331,523.86        0.00      0.00`: 上级补助收入 and 经营收入 blank, 其他收入 blank after the last
    expect(onLine(16)).toEqual({ 本年收入合计: '3331523.86', 财政拨款收入: '3331523.86', 事业收入: '0', 附属单位上缴收入: '0' });
  });

  it('reads line 19, six figures one space apart, from 本年收入合计 to 附属单位上缴收入', () => {
    // `5 8,176,208.66 8,176,208.66 0.00 0.00 0.00 0.00`
    expect(onLine(19)).toEqual({ 本年收入合计: '8176208.66', 财政拨款收入: '8176208.66', 上级补助收入: '0', 事业收入: '0', 经营收入: '0', 附属单位上缴收入: '0' });
  });

  it('reads line 22: one blank column, 事业收入, between two zeros', () => {
    // `8 10,271,379.85 10,271,379.85 0.00      0.00 0.00 0.00`
    expect(onLine(22)).toEqual({ 本年收入合计: '10271379.85', 财政拨款收入: '10271379.85', 上级补助收入: '0', 经营收入: '0', 附属单位上缴收入: '0', 其他收入: '0' });
  });

  it('reads line 18: 上级补助收入 blank before three zeros', () => {
    // `4 2,820,000.00 2,820,000.00        0.00 0.00 0.00`
    expect(onLine(18)).toEqual({ 本年收入合计: '2820000', 财政拨款收入: '2820000', 事业收入: '0', 经营收入: '0', 附属单位上缴收入: '0' });
  });
});
