/**
 * A squeezed 收入决算表 whose header pdftotext broke into two-character pieces over six lines, `收入` printed on eight of
 * them (the end of six words, and of 一般公共预算拨款收入 and 本年收入合计's second line), on real `pdftotext -layout`
 * output: tests/fixtures/text-forms/income-squeezed-header-repeated-pieces.pdftotext.txt is 收入决算表 of
 * synth-410400-wenlvju-2015-final-00005 (pdf33, its lines 98–140). Each `收入` may end any of the words near it, so the
 * pieces make hundreds of covers that all spell the same seven words in one order; the cover search stopped at its
 * budget before it met them and the table was read by position, two columns of seven. Cells read by hand: the 栏次
 * row numbers seven columns, every row prints seven figures after its 行次, in the order of the header's words.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a squeezed 收入决算表 header printing 收入 on many pieces is read as its seven words', () => {
  const { at, header } = readTextFormFixture('income-squeezed-header-repeated-pieces.pdftotext.txt');
  const values = (n: number) => at(n).cells.slice(-7);

  it('reads the seven income words in printed order (header lines 5–10)', () => {
    expect(header(5).slice(-7)).toEqual(['本年收入合计', '一般公共预算拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('puts a row\'s seven figures one to a column (合计, line 12; 卫生健康支出, line 26)', () => {
    expect(values(12)).toEqual(['95.0', '94.8', '0.0', '0.0', '0.0', '0.0', '0.2']);
    expect(values(26)).toEqual(['18.2', '18.0', '0.0', '0.0', '0.0', '0.0', '0.2']);
  });

  it('reads the page after the break, its header repeated, one figure to a column (住房改革支出, line 30; 购房补贴, line 41)', () => {
    expect(values(30)).toEqual(['11.3', '11.3', '0.0', '0.0', '0.0', '0.0', '0.0']);
    expect(values(41)).toEqual(['11.3', '11.3', '0.0', '0.0', '0.0', '0.0', '0.0']);
  });
});
