/**
 * A 收入决算表 whose header names one column more than its rows fill, the 收入 of 上级补助收入 drawn as a word of its own
 * past the other columns (`wider-header.ts`): tests/fixtures/text-forms/income-word-rest-past-other-columns.pdftotext.txt
 * is 表2 收入决算表 of synth-410811-kejiju-2018-final-00054 (seed 76, its lines 72–106). Line 6 prints `上级` `收入 补助`
 * and three more 收入 before 上缴; read by position, 上级补助 (a word the vocabulary knows) takes no 收入 and one 收入 is left
 * heading a column no row fills, right of 其他收入. That column's word is the rest of another column's word, so the header
 * is read as one cover of the seven figure columns instead: 上级补助收入 among them. Expected cells read by hand from the
 * printed lines (`0.00` under 上级 at 42, 事业 at 47, 经营 at 52, 附属 at 57).
 */
import { describe, expect, it } from 'vitest';
import { flattenHeader } from '../../../src/lib/parse/tables/grid.ts';
import { readTextFormFixture } from './read-fixture.ts';

describe('a 收入决算表 with the 收入 of 上级补助收入 drawn past the other columns', () => {
  const { at } = readTextFormFixture('income-word-rest-past-other-columns.pdftotext.txt');
  const header = () => flattenHeader([4, 5, 6, 7].map((n) => at(n).cells).filter((c) => c.length > 0));

  it('reads seven value columns, 上级补助收入 whole and no column of 收入 alone', () => {
    expect(header().slice(-7)).toEqual(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
    expect(header()).not.toContain('收入');
  });

  it('puts the zeros of 一般公共服务支出 under 上级补助, 事业, 经营 and 附属 (line 9)', () => {
    expect(at(9).cells.slice(-7)).toEqual(['890.04', '890.04', '0.00', '0.00', '0.00', '0.00', '']);
  });

  it('leaves 事业收入 blank for 一般行政管理事务 (line 12)', () => {
    expect(at(12).cells.slice(-7)).toEqual(['268.08', '268.08', '0.00', '', '0.00', '0.00', '']);
  });
});
