/**
 * A narrow 支出决算表 page read with loose runs pinned (no placement with a blank column behind every gap fits it; a
 * run after a wide gap stands in the column right after its line's packed figures: `placeByRunStarts` of
 * `src/lib/parse/read/run-starts.ts`). A line printing no total (`3                0.00      0.00 0.00 0.00`, line
 * 10: its first zero ends at 45, where 基本支出 ends on line 9, not at 34–35 where the totals end) is not placed from
 * the total column on: it is left to its columns. Real `pdftotext -layout` output of a Chromium-printed generator
 * document (`tests/fixtures/text-forms/expenditure-loose-page-row-without-total.pdftotext.txt`, units 元); the cells
 * are read by hand from the printed lines (a run after a gap starting in 项目支出 ends at 55, as on line 16, packed
 * zeros of 上缴上级支出 and 经营支出 at 60 and 65).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a line printing no total on a page read with loose runs pinned', () => {
  const { onLine } = ingestTextFormFixture('expenditure-loose-page-row-without-total.pdftotext.txt', 'final_expenditure');

  it('reads 一般行政管理事务: its first zero in 基本支出, the run ending 55, 60 and 65 in 项目支出, 上缴上级支出 and 经营支出 (line 10)', () => {
    expect(onLine(10)).toEqual({ 基本支出: '0', 项目支出: '0', 上缴上级支出: '0', 经营支出: '0' });
  });

  it('reads 事业单位离退休 by its run starts: 110106.38 twice, zeros ending at 55, 60 and 65 (line 16)', () => {
    expect(onLine(16)).toEqual({ 本年支出合计: '110106.38', 基本支出: '110106.38', 项目支出: '0', 上缴上级支出: '0', 经营支出: '0' });
  });
});
