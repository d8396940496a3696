/**
 * A continued page whose rows fill none of the table's columns all, placed under the page's own 栏次 row
 * (`page-fit.ts`, `fitToPage`): tests/fixtures/text-forms/expenditure-continued-page-under-column-numbers.pdftotext.txt is
 * the 支出决算表 of synth-410300-caizhengju-2015-final-00003 (pdf15, source lines 130–175). Its first page has full rows
 * of five figures (three columns blank in every row); the second page repeats the header and the 栏次 row `1 … 8`, and
 * each of its rows prints four figures, two columns left of where the first page drew them. Each figure stands under
 * one 栏次 number: 1 2 3 4. Expected cells are read by hand from those lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const { at, lines } = readTextFormFixture('expenditure-continued-page-under-column-numbers.pdftotext.txt');

describe('a continued page without a full row is placed under its 栏次 numbers', () => {
  it('puts the four figures under 本年支出合计 | 小计 | 人员经费 | 公用经费 (line 37)', () => {
    expect(at(37).cells).toEqual(['210', '卫生健康支出', '265829.68', '265829.68', '228613.52', '37216.16', '', '', '', '']);
  });

  it('does so on every row of the page (line 40)', () => {
    expect(at(40).cells).toEqual(['221', '住房保障支出', '1271686.00', '1271686.00', '1093649.95', '178036.05', '', '', '', '']);
  });

  it('keeps the first page as it was (line 16)', () => {
    expect(at(16).cells).toEqual(['201 11 02', '一般行政管理事务', '48442.57', '', '', '', '48442.57', '', '', '']);
    expect(lines.length).toBeGreaterThan(40);
  });
});
