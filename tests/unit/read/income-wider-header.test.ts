/**
 * A 收入决算表 of seven columns whose every row leaves a cell blank (the most figures a row prints is six), its header
 * words broken over narrow cells: read in order onto six figures, `本年收入合计` lost its place and the table was read
 * one column off. tests/fixtures/text-forms/income-wider-header.pdftotext.txt is 附表2 收入决算表 of
 * synth-410800-shengtaiju-2017-final-00040 (pdf21, its lines 77–108); income-wider-header-word-rest.pdftotext.txt is
 * 收入决算表 of synth-410200-shangwuju-2015-final-00016 (pdf21, its lines 67–101), its `财政拨款（补助）` with its
 * `收入` three spaces after on its line. Cells read by hand from where the figures stand under the header words.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const SEVEN = ['本年收入合计', '财政拨款（补助）收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];

describe('a 收入决算表 whose header names more columns than any row fills', () => {
  const { at, header } = readTextFormFixture('income-wider-header.pdftotext.txt');

  it('keeps the seven columns the header words stand over, 本年收入合计 first', () => {
    expect(header(4).slice(-7)).toEqual(SEVEN);
  });

  it('puts each figure under the word it stands under (一般公共服务支出, line 9; 其他组织事务支出, line 12; 合计, line 31)', () => {
    expect(at(9).cells.slice(-7)).toEqual(['2844895.68', '2844895.68', '0.00', '', '0.00', '', '0.00']);
    expect(at(12).cells.slice(-7)).toEqual(['2509391.97', '2509391.97', '', '', '0.00', '0.00', '0.00']);
    expect(at(31).cells.slice(-7)).toEqual(['17176673.88', '17176673.88', '0.00', '', '0.00', '0.00', '0.00']);
  });
});

describe('a 收入决算表 whose header names more columns than any row fills, one word written in two pieces on its line', () => {
  const { at, header } = readTextFormFixture('income-wider-header-word-rest.pdftotext.txt');

  it('reads 财政拨款（补助） and its 收入 as one column word, seven columns in all', () => {
    expect(header(3).slice(-7)).toEqual(SEVEN);
  });

  it('puts each figure under the word it stands under (人大事务, line 9; 行政事业单位养老支出, line 12)', () => {
    expect(at(9).cells.slice(-7)).toEqual(['2,545,679.40', '2,545,679.40', '0.00', '0.00', '', '', '']);
    expect(at(12).cells.slice(-7)).toEqual(['10,015,590.12', '10,015,590.12', '', '0.00', '0.00', '0.00', '0.00']);
  });
});
