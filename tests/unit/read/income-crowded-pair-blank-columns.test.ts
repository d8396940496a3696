/**
 * A row whose two figures pdftotext crowded into one cell, in a table whose header words keep columns blank in every
 * row, is placed again by the header's totals over every column the header heads, the blank ones too (`totalsModel`
 * of `row-placing.ts`): tests/fixtures/text-forms/income-crowded-pair-blank-columns.pdftotext.txt is the 收入决算表 of
 * synth-140100-kejiju-2019-final-00071 (pdf30, source lines 84–116). 上级补助收入, 事业收入, 经营收入 and 附属单位上缴收入
 * are blank in most rows; the name 行政事业单位养老支出 (line 17, source line 100) runs up to its figures, and
 * `5.00 5.00` fell into the 本年收入合计 cell together. Expected cells are read by hand from those lines: the first
 * figure is the row's 本年收入合计, the second its 财政拨款（补助）收入, which it equals (no other figure on the line).
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a crowded pair under a header with blank columns is placed where the header totals hold', () => {
  const { at } = readTextFormFixture('income-crowded-pair-blank-columns.pdftotext.txt');
  it('puts 5.00 under 本年收入合计 and 5.00 under 财政拨款（补助）收入 (line 17)', () => {
    expect(at(17).cells).toEqual(['行政事业单位养老支出', '5.00', '5.00', '', '', '', '', '']);
  });
  it('leaves the row below, its label wrapped onto line 19, as it stands (line 18)', () => {
    expect(at(18).cells).toEqual(['机关事业单位基本养老保险缴费支出', '5.00', '5.00', '', '', '', '', '']);
  });
  it('keeps 0.24 of 社会保障和就业支出 out of the two first columns (line 16)', () => {
    expect(at(16).cells.slice(1, 3)).toEqual(['40.18', '39.94']);
  });
});
