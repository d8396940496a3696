/**
 * A squeezed 收入决算表 header whose 行次 word stands left of the row numbers it heads (`header-cover.ts`
 * `coverOnNumbers`), on real `pdftotext -layout` output of Chromium-printed generator HTML:
 * tests/fixtures/text-forms/income-row-number-word-left-of-numbers.pdftotext.txt is 决算02表 收入决算表 of
 * synth-410800-gongxinju-2015-final-00000 (pdf24, its lines 84–110). `行次` (line 7, columns 19–21) stands over no
 * figure of any row: the row numbers `1`, `2` … `10` stand right of it (columns 21–23), where `合计`, the rest of
 * `本年收入`, is drawn too. By position the 行次 word heads a column no row fills and the numbers are read as a figure
 * column; the 栏次 row numbers seven value columns, and the seven words of the header (本年收入合计,
 * 一般公共预算拨款收入, 上级补助收入, 事业收入, 经营收入, 附属单位上缴收入, 其他收入) are its one exact cover — once
 * the numbers are the 行次 column's, so that no row's 行次 is taken for its total. Expected cells are read by hand from
 * the lines (line 9: 4,318.83 total, 4,304.91 拨款, 13.92 under 事业收入, 0.00 under 附属单位上缴收入).
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a 收入决算表 header whose 行次 word stands left of the row numbers', () => {
  const { at, header } = readTextFormFixture('income-row-number-word-left-of-numbers.pdftotext.txt');

  it('reads the seven value words the 栏次 row numbers, 本年收入合计 first', () => {
    expect(header(6).slice(-7)).toEqual(['本年收入合计', '一般公共预算拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('puts each row number in the 行次 column and each figure under its column (合计, line 9; 一般公共服务支出, line 10; 人大事务, line 11)', () => {
    expect(at(9).cells.slice(-8)).toEqual(['1', '4,318.83', '4,304.91', '', '13.92', '', '0.00', '']);
    expect(at(10).cells.slice(-8)).toEqual(['2', '858.35', '858.35', '0.00', '0.00', '', '0.00', '0.00']);
    expect(at(11).cells.slice(-8)).toEqual(['3', '234.01', '234.01', '', '0.00', '', '0.00', '']);
  });
});
