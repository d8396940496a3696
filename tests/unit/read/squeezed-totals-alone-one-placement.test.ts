/**
 * A squeezed 支出决算表 no row fills (`src/lib/parse/read/squeezed-rows.ts`): a row no placement keeps by its gaps is
 * placed by the header's totals alone only when they hold in one placement; a row whose zero the totals leave free
 * (`0.9   0.0`, the 0.0 any of the columns after 公用经费) keeps the reading by position. Real `pdftotext -layout` output
 * of a Chromium-printed generator document (`tests/fixtures/text-forms/expenditure-squeezed-last-page-zeros.pdftotext.txt`,
 * units 万元); the cells are read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a squeezed table whose rows the totals alone would leave undecided', () => {
  const { onLine } = ingestTextFormFixture('expenditure-squeezed-last-page-zeros.pdftotext.txt', 'final_expenditure');

  it('reads 购房补贴 19.0 19.0 18.0 … 0.9 … 0.0 with the zero under 项目支出 (line 48)', () => {
    expect(onLine(48)).toEqual({ 本年支出合计: '190000', '其中：基本支出/小计': '190000', '其中：基本支出/人员经费': '180000', '其中：基本支出/公用经费': '9000', 项目支出: '0' });
  });

  it('reads the unlabelled 合计: 169.6 = 150.0 + 19.6, 150.0 = 142.5 + 7.5, and 0.0 under 上缴上级支出 (line 49)', () => {
    expect(onLine(49)).toEqual({
      本年支出合计: '1696000',
      '其中：基本支出/小计': '1500000',
      '其中：基本支出/人员经费': '1425000',
      '其中：基本支出/公用经费': '75000',
      项目支出: '196000',
      上缴上级支出: '0',
    });
  });
});
