/**
 * A squeezed 收入决算表 under a 栏次 row (`header-cover.ts` `coverOnNumbers`) whose one long name pushed its row's 行次
 * left of the others: tests/fixtures/text-forms/income-row-number-pushed-left.pdftotext.txt is 表2 收入决算表 of the
 * generated synth-410700-kejiju-2016-final-00019 (seed 53, its lines 84–113) as `pdftotext -layout` wrote it. Every
 * row prints its 行次 (`1` … `22`) and then its figures one space apart; the row numbers end at column 22 on every row
 * but one: `20805 行政事业单位养老支出 8` (line 13), its name ending at column 16, draws its `8` at column 17, a
 * column of its own by position that no header word heads. That column is the 行次 column's too: the rows' numbers
 * counted from the names' end number them, so the numbers are the 行次, never the 本年收入合计 of their rows, and the
 * figures after them are each row's 本年收入合计 and 财政拨款收入. Expected cells read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a squeezed 收入决算表 whose long name pushes its row number left of the others', () => {
  const { at, header } = readTextFormFixture('income-row-number-pushed-left.pdftotext.txt');

  it('reads the seven value words after 行次', () => {
    // the 行次 column's path may carry the 项目 drawn over the label columns (`项目/行次`): a label column's group
    expect(header(1).at(-8)).toMatch(/(^|\/)行次$/);
    expect(header(1).slice(-7)).toEqual(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('reads 1 as the 行次 of 201 一般公共服务支出, 161986.14 its total and its 财政拨款收入 (line 6)', () => {
    expect(at(6).cells.filter((c) => c !== '')).toEqual(['201', '一般公共服务支出', '1', '161986.14', '161986.14']);
    expect(at(6).cells.slice(-8)).toEqual(['1', '161986.14', '161986.14', '', '', '', '', '']);
  });

  it('reads the pushed-left 8 as the 行次 of 20805 行政事业单位养老支出 (line 13)', () => {
    expect(at(13).cells.slice(-8)).toEqual(['8', '29311.69', '29311.69', '', '', '', '', '']);
  });

  it('reads the unlabelled total row with its 行次 22 (line 30)', () => {
    expect(at(30).cells.slice(-8)).toEqual(['22', '926148.66', '926148.66', '', '', '', '', '']);
  });
});
