/**
 * A row with blank cells between two whole rows drawn as two blocks (`recalibrate` of
 * `src/lib/parse/read/row-calibration.ts`): above it 节能环保支出 (line 41) ends its figures at 44, 59, 72, 77, 82 and
 * 87; below it 住房公积金 (line 48), drawn left with the rows from line 46 on, at 35, 48, 61, 66, 71 and 76. The row's
 * figures end where the lower one's do, so it is calibrated on that one alone. Real `pdftotext -layout` output of a
 * Chromium-printed generator document (`tests/fixtures/text-forms/full-row-drawn-left-number-in-name.pdftotext.txt`,
 * units 元); the cells are read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a row between two whole rows drawn as two blocks', () => {
  const { onLine } = ingestTextFormFixture('full-row-drawn-left-number-in-name.pdftotext.txt', 'final_expenditure');

  it('reads 住房保障支出: zeros ending at 61 and 76 in 项目支出 and 对附属单位补助支出 (line 46)', () => {
    expect(onLine(46)).toEqual({ 本年支出合计: '4702779.81', 基本支出: '4702779.81', 项目支出: '0', 对附属单位补助支出: '0' });
  });

  it('reads 住房改革支出: its zero ending at 66 in 上缴上级支出 (line 47)', () => {
    expect(onLine(47)).toEqual({ 本年支出合计: '4702779.81', 基本支出: '4702779.81', 上缴上级支出: '0' });
  });
});
