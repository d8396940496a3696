/**
 * Header words ordered by a line that holds one piece of each (`band-order.ts`).
 * tests/fixtures/text-forms/income-packed-header-line-order.pdftotext.txt is the 收入决算表 of
 * synth-410803-chengguanju-2019-final-00077 (a fresh corpus, its lines 87–120; line n here is line n + 86 there), real
 * `pdftotext -layout` output of the Chromium-printed generator document. Line 5 packs the header's middle line one
 * space apart, left of the figures: `本年收 财政拨 补助 事业 经营 单位 其他`. `上级` (line 4) stands right of `事业`, and
 * `附属` right of `其他`, so the words read by where their top pieces start would put 事业收入 before 上级补助收入 and
 * 其他收入 before 附属单位上缴收入. The packed line writes `补助` before `事业` and `单位` before `其他`: the columns
 * are 本年收入合计, 财政拨款收入, 上级补助收入, 事业收入, 经营收入, 附属单位上缴收入, 其他收入. Figures read by hand,
 * each under the column its place in the row's run of figures shows (万元).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

const FILE = 'income-packed-header-line-order.pdftotext.txt';

describe('a packed header line orders the words its pieces belong to (lines 4–7)', () => {
  const { table, coded: row } = ingestTextFormFixture(FILE, 'final_income');

  it('names the columns in the packed line order: 上级补助收入 before 事业收入, 附属单位上缴收入 before 其他收入', () => {
    expect(table.columns).toEqual(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('line 9, 20101 人大事务 142.1 141.5 0.0 … 0.0 0.0 0.6: its zeros under 上级补助收入, 经营收入 and 附属单位上缴收入', () => {
    expect(row('20101')).toEqual({ 本年收入合计: '1421000', 财政拨款收入: '1415000', 上级补助收入: '0', 经营收入: '0', 附属单位上缴收入: '0', 其他收入: '6000' });
  });

  it('line 10, 2010101 行政运行 90.2 89.6 0.0 0.0 … 0.6: its zeros under 上级补助收入 and 事业收入', () => {
    expect(row('2010101')).toEqual({ 本年收入合计: '902000', 财政拨款收入: '896000', 上级补助收入: '0', 事业收入: '0', 其他收入: '6000' });
  });
});
