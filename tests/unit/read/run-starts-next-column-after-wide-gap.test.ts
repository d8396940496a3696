/**
 * A narrow 支出决算表 whose packed runs squeeze their figures left of their cells (`5,843.3 5,371.3 472.0 0.0`, the
 * 项目支出 figure ending at 40, the 上缴上级支出 zero at 44) while a figure after a wide gap stands at its cell's edge
 * (`1,514.0 1,514.0       0.0`, line 14: the 项目支出 zero ends at 44 too, right after 基本支出, no blank column
 * between). Such a run ends where other lines pack the figure right after as many figures as its line's first run
 * holds, so it stands in that column (`placeByRunStarts` of `src/lib/parse/read/run-starts.ts`, the `loose` case): the
 * page is read with every run free to start next to the run before, those runs pinned. The page's runs after a gap
 * end at 44 (项目支出), 49 (上缴上级支出), 53 (经营支出) and 57–58 (对附属单位补助支出). Real `pdftotext -layout`
 * output of a Chromium-printed generator document
 * (`tests/fixtures/text-forms/expenditure-narrow-zero-after-wide-gap.pdftotext.txt`, units 万元); the cells are read by
 * hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a figure after a wide gap in the column right after the packed ones', () => {
  const { onLine } = ingestTextFormFixture('expenditure-narrow-zero-after-wide-gap.pdftotext.txt', 'final_expenditure');

  it('reads 纪检监察事务: zeros ending at 49 and 58 in 上缴上级支出 and 对附属单位补助支出 (line 11)', () => {
    expect(onLine(11)).toEqual({ 本年支出合计: '26300000', 基本支出: '26300000', 上缴上级支出: '0', 对附属单位补助支出: '0' });
  });

  it('reads 行政运行 (行次 5): the zero after the wide gap, ending at 44, in 项目支出, the next at 53 in 经营支出 (line 14)', () => {
    expect(onLine(14)).toEqual({ 本年支出合计: '15140000', 基本支出: '15140000', 项目支出: '0', 经营支出: '0' });
  });

  it('reads 应用研究: 61.5 ending at 44 in 项目支出, zeros at 53 and 57 in 经营支出 and 对附属单位补助支出 (line 17)', () => {
    expect(onLine(17)).toEqual({ 本年支出合计: '615000', 项目支出: '615000', 经营支出: '0', 对附属单位补助支出: '0' });
  });

  it('reads 科技奖励: 289.0 in 项目支出, the zero packed after it in 上缴上级支出, the last in 对附属单位补助支出 (line 20)', () => {
    expect(onLine(20)).toEqual({ 本年支出合计: '2890000', 项目支出: '2890000', 上缴上级支出: '0', 对附属单位补助支出: '0' });
  });

  it('reads 合计: 22,597.8 = 17,578.0 + 5,019.8, its zero at 53 in 经营支出 (line 39)', () => {
    expect(onLine(39)).toEqual({ 本年支出合计: '225978000', 基本支出: '175780000', 项目支出: '50198000', 经营支出: '0' });
  });
});
