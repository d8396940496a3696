/**
 * A squeezed 收入决算表 header whose pieces pdftotext drew over the label columns (`figure-order.ts`, `stackWins`):
 * tests/fixtures/text-forms/income-header-pieces-beside-labels.pdftotext.txt is 收入决算表 of
 * synth-140300-caizhengju-2017-final-00038 (seed 91, its lines 82–118). Line 6 writes `入合计` and `拨款收` left of where
 * the figures start, beside 科目名称: read by position without them, the header spells known words of what is left,
 * `本年收入`, `一般公共预算收入` (one 收入 of 上级补助收入 taken for it) and `上级补助`. The header's pieces read as one stack
 * of seven words use every character: 本年收入合计, 一般公共预算拨款收入, 上级补助收入, 事业收入, 经营收入,
 * 附属单位上缴收入, 其他收入. Expected cells read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { flattenHeader } from '../../../src/lib/parse/tables/grid.ts';
import { readTextFormFixture } from './read-fixture.ts';

describe('a 收入决算表 header with pieces drawn beside the label words', () => {
  const { at } = readTextFormFixture('income-header-pieces-beside-labels.pdftotext.txt');
  const labels = () => flattenHeader([4, 5, 6, 7].map((n) => at(n).cells).filter((c) => c.length > 0)).slice(-7);

  it('reads the seven columns with every piece of the header, 拨款收 and 入合计 among them', () => {
    expect(labels()).toEqual(['本年收入合计', '一般公共预算拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('reads a row printing every figure in order (教师进修, line 16)', () => {
    expect(at(16).cells.slice(-7)).toEqual(['5.8', '5.8', '0.0', '0.0', '0.0', '0.0', '0.0']);
  });

  it('puts a row with blank cells under its columns (一般公共服务支出, line 8: 上级补助, 事业 and 其他 printed)', () => {
    expect(at(8).cells.slice(-7)).toEqual(['170.0', '170.0', '0.0', '0.0', '', '', '0.0']);
  });
});
