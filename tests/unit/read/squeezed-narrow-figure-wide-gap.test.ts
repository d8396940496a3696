/**
 * A squeezed 支出决算表 no row fills, read under its header's exact cover (`src/lib/parse/read/squeezed-rows.ts`): a
 * row whose narrow figure stands further from the one before it than a blank cell would leave (right-aligned in a
 * cell wider than the table's widest figure) is placed by the header's totals alone. Real `pdftotext -layout` output of
 * a Chromium-printed generator document (`tests/fixtures/text-forms/expenditure-squeezed-narrow-figure-wide-gap.pdftotext.txt`,
 * units 万元); the cells are read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a squeezed row whose narrow figure stands a wide gap after its neighbour', () => {
  // The header names 本年支出合计, 其中：基本支出 (小计, 人员经费, 公用经费 — `公用经` with its `费` two lines down, far
  // right), 项目支出, 上缴上级支出, 经营支出 and 对附属单位补助支出; no row prints more than five figures.
  const { onLine } = ingestTextFormFixture('expenditure-squeezed-narrow-figure-wide-gap.pdftotext.txt', 'final_expenditure');

  it('reads 行政运行 80.8 80.8 76.0 … 4.8 as total, 小计, 人员经费 and 公用经费: 76.0 + 4.8 = 80.8 (line 25)', () => {
    expect(onLine(25)).toEqual({ 本年支出合计: '808000', '其中：基本支出/小计': '808000', '其中：基本支出/人员经费': '760000', '其中：基本支出/公用经费': '48000' });
  });

  it('reads the unlabelled 合计 row: 2,093.4 = 1,967.8 + 125.6 and 3,235.8 = 2,093.4 + 1,142.4 (line 13)', () => {
    expect(onLine(13)).toEqual({
      本年支出合计: '32358000',
      '其中：基本支出/小计': '20934000',
      '其中：基本支出/人员经费': '19678000',
      '其中：基本支出/公用经费': '1256000',
      项目支出: '11424000',
    });
  });

  it('reads 其他组织事务支出 260.0 115.0 108.1 … 6.9 145.0 with 6.9 as 公用经费 and 145.0 as 项目支出 (line 26)', () => {
    expect(onLine(26)).toEqual({
      本年支出合计: '2600000',
      '其中：基本支出/小计': '1150000',
      '其中：基本支出/人员经费': '1081000',
      '其中：基本支出/公用经费': '69000',
      项目支出: '1450000',
    });
  });
});
