/**
 * A squeezed 收入决算表 header where `收入` ends more words than one can tell by position, on real `pdftotext -layout`
 * output: tests/fixtures/text-forms/income-fiscal-under.pdftotext.txt is 公开02表 收入决算表 of
 * synth-410300-nongyeju-2017-final-00043 (its lines 93–106). `财政拨款` stands on line 7 and its `收入` two lines below
 * (line 9) one column right of it, under `上级` as pdftotext wrote the characters but under `财政拨款` where they stand
 * on the page (each of the six wide characters left of it is printed two columns wide); the `收入` pieces of line 7
 * beside `补助` are the ends of 事业收入 and 经营收入, not a block `收入` over them. Cells read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a 收入决算表 whose 财政拨款 has its 收入 two lines below, under another word by columns written', () => {
  const { at, header } = readTextFormFixture('income-fiscal-under.pdftotext.txt');

  it('joins 财政拨款 and the 收入 under it on the page into one column word, and no 收入 heads 事业收入 or 经营收入', () => {
    expect(header(6).slice(-7)).toEqual(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('puts each figure of a row under its column (一般公共服务支出, line 12)', () => {
    expect(at(12).cells.slice(-7)).toEqual(['5,610.1', '5,594.3', '0.0', '15.9', '0.0', '0.0', '0.0']);
  });
});

/**
 * tests/fixtures/text-forms/income-fiscal-under-neighbour.pdftotext.txt is 表2 收入决算表 of
 * synth-410100-wenlvju-2016-final-00022 (pdf7, its lines 86–104): the same header, the `收入` of line 7 one column
 * right of `财政拨款` (line 5) and under `上级` by the columns written and on the page; no other reading makes seven
 * columns of the seven figures of the full rows (文化和旅游, line 18).
 */
describe('a 收入决算表 whose 财政拨款 has its 收入 below it, under the next word on its line', () => {
  const { at, header } = readTextFormFixture('income-fiscal-under-neighbour.pdftotext.txt');

  it('joins 财政拨款 and that 收入 when only that reading gives as many columns as the full rows have figures', () => {
    expect(header(4).slice(-7)).toEqual(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('puts the figures of a full row under their columns (文化和旅游, line 18)', () => {
    expect(at(18).cells.slice(-7)).toEqual(['966.27', '966.27', '0.00', '0.00', '0.00', '0.00', '0.00']);
  });
});

/**
 * tests/fixtures/text-forms/income-row-numbers-run-in.pdftotext.txt is 表二 收入决算表 of
 * synth-410300-shangwuju-2016-final-00033 (pdf7, its lines 94–124): a 行次 column between the names and seven columns
 * numbered on the 栏次 row, its word `行次` read by position into the first figure word (`本年收入合` over `行次计`),
 * its numbers 1 2 3 … the first figure of every row.
 */
describe('a 收入决算表 under a 栏次 row whose 行次 word ran into the first figure word', () => {
  const { at } = readTextFormFixture('income-row-numbers-run-in.pdftotext.txt');

  it('keeps the row numbers out of the figures (总计, line 8; 一般公共服务支出, line 9)', () => {
    expect(at(8).cells.slice(-7)).toEqual(['25,088.04', '25,033.89', '', '', '', '', '54.15']);
    expect(at(9).cells.slice(-7)).toEqual(['1,593.76', '1,587.76', '', '', '', '', '6.00']);
  });
});
