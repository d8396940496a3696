/**
 * A 收入决算表 whose rows print three figures at most under seven column words, four of them blank in every row, its
 * fund word's rest written apart on its line (`财政拨款（补助）  收入`): the rest heads the fund's figures, the word a
 * blank column of its own by position. Read in order, the third figure fell under 上级补助收入; by position, the fund's
 * figures fell under a column named `收入`.
 * tests/fixtures/text-forms/income-fund-word-rest-beside-blank-columns.pdftotext.txt is 决算02表 收入决算表 of
 * synth-410803-wenlvju-2018-final-00057 (pdf28, its lines 74–109). Cells read by hand from where the figures stand
 * under the header words.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const SEVEN = ['本年收入合计', '财政拨款（补助）收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];

describe('a 收入决算表 whose fund word and its rest stand apart, beside columns blank in every row', () => {
  const { at, header } = readTextFormFixture('income-fund-word-rest-beside-blank-columns.pdftotext.txt');

  it('reads 财政拨款（补助） and the 收入 beside it as one column word, seven columns in all', () => {
    expect(header(4).slice(-7)).toEqual(SEVEN);
  });

  it('puts the fund figure under 财政拨款（补助）收入 and the third under 事业收入 (一般公共服务支出, line 11; 一般行政管理事务, line 14; 合计, line 35)', () => {
    expect(at(11).cells.slice(-7)).toEqual(['4,700,092.73', '4,688,892.11', '', '11,200.62', '', '', '']);
    expect(at(14).cells.slice(-7)).toEqual(['2,941,611.55', '2,941,611.55', '', '', '', '', '']);
    expect(at(35).cells.slice(-7)).toEqual(['33,626,326.83', '33,544,594.30', '', '81,732.53', '', '', '']);
  });
});
