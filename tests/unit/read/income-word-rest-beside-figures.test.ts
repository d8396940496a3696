/**
 * A 收入决算表 whose rows print two figures only, its fund word broken over three lines of a narrow cell and its last
 * line written on the line of its middle (`一般公共` over `预算拨款 收入`): read by position, `收入` headed a blank column
 * of its own and the table named `一般公共预算拨款`, a word of another table, over its figures.
 * tests/fixtures/text-forms/income-word-rest-beside-figures.pdftotext.txt is 附表2 收入决算表 of
 * synth-410400-chengguanju-2016-final-00025 (pdf23, its lines 90–128). Cells read by hand from where the figures stand
 * under the header words.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const SEVEN = ['本年收入合计', '一般公共预算拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];

describe('a 收入决算表 whose fund word ends beside its middle line, over rows of two figures', () => {
  const { at, header } = readTextFormFixture('income-word-rest-beside-figures.pdftotext.txt');

  it('reads 一般公共 / 预算拨款 and the 收入 beside it as one column word, seven columns in all', () => {
    expect(header(6).slice(-7)).toEqual(SEVEN);
  });

  it('puts the two figures under 本年收入合计 and 一般公共预算拨款收入 (合计, line 11; 一般公共服务支出, line 12; 信访事务, line 16)', () => {
    expect(at(11).cells.slice(-7)).toEqual(['2,446.7', '2,446.7', '', '', '', '', '']);
    expect(at(12).cells.slice(-7)).toEqual(['308.7', '308.7', '', '', '', '', '']);
    expect(at(16).cells.slice(-7)).toEqual(['211.3', '211.3', '', '', '', '', '']);
  });
});
