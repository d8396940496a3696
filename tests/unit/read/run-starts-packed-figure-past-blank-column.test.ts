/**
 * A narrow 收入决算表 whose lines pack a figure right after their first two (`14 1,267.36 1,265.09 2.27`, line 26)
 * while other lines print the same figure after a wide gap (`264.69 262.42     2.27`, line 27): the gapped figure
 * ends where the packed one does, but the packed one itself stands a blank column on (上级补助收入 is never printed;
 * the figures of 事业收入 end at 46 on the first page, at 44 on the second, packed or not). A page a placement with a
 * blank column behind every gap fits is not read by loose runs pinned to the column right after the packed figures
 * (`placeByRunStarts` of `src/lib/parse/read/run-starts.ts`): it is left to its columns, as before that rule. Real
 * `pdftotext -layout` output of a Chromium-printed generator document
 * (`tests/fixtures/text-forms/income-packed-figure-past-blank-column.pdftotext.txt`, units 万元); the cells are read by
 * hand from the printed lines. (Line 26's packed 2.27 is read into 事业收入 only by the settle stage, from the 收支总表
 * this fixture does not hold.)
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a packed figure a blank column past the figures before it', () => {
  const { onLine } = ingestTextFormFixture('income-packed-figure-past-blank-column.pdftotext.txt', 'final_income');

  it('reads 事业单位医疗: its 2.27 after a wide gap in 事业收入 too (line 27)', () => {
    expect(onLine(27)).toEqual({ 本年收入合计: '2646900', 财政拨款收入: '2624200', 事业收入: '22700' });
  });

  it('reads 城乡社区支出: 450.07 = 448.95 + 1.12 of 事业收入 (line 30)', () => {
    expect(onLine(30)).toEqual({ 本年收入合计: '4500700', 财政拨款收入: '4489500', 事业收入: '11200' });
  });
});
