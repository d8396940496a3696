/**
 * A 收入决算表 whose middle page pdftotext drew wider than the pages around it and printed without a header: on lines
 * 75–92 the second figure stands four spaces after the first (`2,994.81     2,994.81`), where page one packs them one
 * space apart, so read on its own run starts that page put every second figure a column right, under 上级补助收入. The
 * sums down the classification say where they stand: 205 08 进修及培训 (line 71, `4,672.91` in both columns, on the
 * page before) is 教师进修 (line 72, `1,678.11`) and 培训支出 (line 75, `2,994.81`) in each column; and the 合计 row
 * (line 105, `31,011.92 30,918.99     92.93`, no 上级补助收入) is the sum of the 类 rows, whose second figures
 * (3,695.03 + 4,672.91 + 2,817.86 + 8,512.62 + 6,531.30 + 2,887.34 + 1,801.92 = 30,918.98, a last digit apart per row,
 * 万元) are all 财政拨款收入. The rows' codes are read with their figures even where a name wraps its figures onto the
 * line under it (line 99 `215 08   99 …` over line 100 `1,643.56 1,631.46      12.10`). Real `pdftotext -layout` output
 * of a Chromium-printed generator document: tests/fixtures/text-forms/income-page-drawn-wider-no-header.pdftotext.txt,
 * the 收入支出决算总表 and 收入决算表 of synth-410100-gongxinju-2018-final-00052 (corpus seed 163, its lines 34–136: fixture
 * line n is document line n + 30). Expected values read by hand from those lines, in 元.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a page drawn wider, its second figures placed by the sums down the classification', () => {
  const { onLine } = ingestTextFormFixture('income-page-drawn-wider-no-header.pdftotext.txt', 'final_income');

  it('reads 培训支出 on line 75 as 财政拨款收入, as its parent 进修及培训 (line 71) sums it with 教师进修 (line 72)', () => {
    expect(onLine(75)).toEqual({ 本年收入合计: '29948100', 财政拨款收入: '29948100' });
  });

  it('reads the 类 rows the page holds whole with their children (科学技术支出, line 76; 社会保障和就业支出, line 82) as the 合计 row sums them', () => {
    expect(onLine(76)).toEqual({ 本年收入合计: '28178600', 财政拨款收入: '28178600' });
    expect(onLine(82)).toEqual({ 本年收入合计: '85714800', 财政拨款收入: '85126200', 其他收入: '588600' });
    expect(onLine(92)).toEqual({ 本年收入合计: '23217500', 财政拨款收入: '23217500' });
  });

  it('reads a row whose figures stand under its wrapped name with its code (line 100) and the 合计 row (line 105)', () => {
    expect(onLine(100)).toEqual({ 本年收入合计: '16435600', 财政拨款收入: '16314600', 其他收入: '121000' });
    expect(onLine(105)).toEqual({ 本年收入合计: '310119200', 财政拨款收入: '309189900', 其他收入: '929300' });
  });
});
