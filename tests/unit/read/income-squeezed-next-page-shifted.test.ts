/**
 * A squeezed 收入决算表 that no row fills, continued on a page pdftotext laid out four characters further left
 * (`squeezed-rows.ts`, `orderShift` of `figure-order.ts`): tests/fixtures/text-forms/income-squeezed-next-page-shifted.pdftotext.txt
 * is 收入决算表 of synth-410803-jiaoyuju-2017-final-00047 (seed 15, its lines 90–128): seven value words, every row
 * printing its 本年收入合计 and 财政拨款收入 one space apart. No row fills the columns, so the next page's shift is
 * where each row's first figure, its total, stands against the table's first figure column (1016121.30 starting at
 * 22 on the second page, the totals at 26 on the first). Expected cells read by hand from the printed table.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a squeezed 收入决算表 continued on a page laid out further left', () => {
  const { at } = readTextFormFixture('income-squeezed-next-page-shifted.pdftotext.txt');

  it('reads 205 and 教育支出 in their own columns on the next page (line 24)', () => {
    expect(at(24).cells).toEqual(['205', '教育支出', '1016121.30', '1016121.30', '', '', '', '', '']);
  });

  it('joins a name wrapped onto the next line there (机关事业单位职业年金缴 / 费支出, line 33)', () => {
    expect(at(33).cells).toEqual(['208 05 06', '机关事业单位职业年金缴费支出', '284079.59', '284079.59', '', '', '', '', '']);
  });
});
