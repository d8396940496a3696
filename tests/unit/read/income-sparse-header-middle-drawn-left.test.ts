/**
 * A sparse 收入决算表 (three figures a row at most, seven columns) whose squeezed header pdftotext drew out of order
 * (`sparse-cover.ts`): tests/fixtures/text-forms/income-sparse-header-middle-drawn-left.pdftotext.txt is 附表2 收入决算表
 * of synth-410100-wenlvju-2016-final-00022 (seed 101, its lines 76–100). Line 4 writes `（补助）收`, the middle of
 * 财政拨款（补助）收入, left of its `财政拨款`, and the reading by position runs `附属单位上缴` and `其他收入` together over
 * the last figures. The header's pieces read as one cover of seven words; each figure column takes its word in order
 * when a piece of that word stands over it (`财政拨款` over 9555509.20, `其他收入` over 10716.01) and the totals hold.
 * Before, the second column was published as 财政拨款补助 (the 补助 of 上级补助收入 taken for it). Expected cells read by
 * hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a sparse 收入决算表 whose header draws a word\'s middle left of its start', () => {
  const { table, onLine } = ingestTextFormFixture('income-sparse-header-middle-drawn-left.pdftotext.txt', 'final_income');

  it('reads the seven columns of the cover, 财政拨款（补助）收入 and 上级补助收入 whole', () => {
    expect(table.columns).toEqual(['本年收入合计', '财政拨款（补助）收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('puts the 合计 row (line 8) under 本年收入合计, 财政拨款（补助）收入 and 其他收入', () => {
    expect(onLine(8)).toEqual({ 本年收入合计: '9566225.21', '财政拨款（补助）收入': '9555509.2', 其他收入: '10716.01' });
  });
});
