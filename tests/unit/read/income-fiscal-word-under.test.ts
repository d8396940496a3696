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
