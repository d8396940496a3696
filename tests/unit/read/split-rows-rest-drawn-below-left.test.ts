/**
 * A 支出决算表 page whose rows pdftotext split over two lines, the last figures of each row drawn a line below and
 * further left, under 人员经费 (lines 44–49), in real `pdftotext -layout` output
 * (tests/fixtures/text-forms/split-rows-rest-drawn-below-left.pdftotext.txt: source lines 151–236 of the generated
 * synth-410400-gongxinju-2017-final-00035 of pdf110). By position the lower line's figures fell into columns the row
 * above already fills, and by order they are fewer than the whole rows' rest: they were not joined, each a row without
 * a label. The one placement in order into the blank columns after the row's figures, figures one space apart in
 * neighbouring columns, that keeps every total and under which a total checks each of them, joins them. Expected
 * cells read by hand (元): 2474026.23 + 186217.03 = 2660243.26 (lines 44–45); 3956762.73 + 297820.86 = 4254583.59 and
 * 4254583.59 + 862306.96 = 5116890.55 (lines 48–49). The table's total on its last page (line 83), alone under that
 * page's 栏次 row, its 行次 34 before it, is read under that row's numbers: 47608370.72 = 36487589.43 + 11120781.29,
 * 36487589.43 = 33933458.11 + 2554131.32 (the page's lines of figures alone, the split rows' rests, number no row).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('rows whose last figures pdftotext drew a line below and further left', () => {
  const { table, onLine } = ingestTextFormFixture('split-rows-rest-drawn-below-left.pdftotext.txt', 'final_expenditure');

  it('joins 186217.03 into 行政单位离退休 as its 公用经费 (lines 44–45)', () => {
    expect(onLine(44)).toEqual({ 本年支出合计: '2660243.26', '其中：基本支出/小计': '2660243.26', '其中：基本支出/人员经费': '2474026.23', '其中：基本支出/公用经费': '186217.03' });
  });

  it('joins 297820.86 and 862306.96 into the row above as 公用经费 and 项目支出 (lines 48–49)', () => {
    expect(onLine(48)).toEqual({ 本年支出合计: '5116890.55', '其中：基本支出/小计': '4254583.59', '其中：基本支出/人员经费': '3956762.73', '其中：基本支出/公用经费': '297820.86', 项目支出: '862306.96' });
  });

  it('reads the total alone on its last page under that page\'s 栏次 row as the 合计 (line 83)', () => {
    expect(table.rows.find((r) => r.line === 83)?.name).toBe('合计');
    expect(onLine(83)).toEqual({
      本年支出合计: '47608370.72',
      '其中：基本支出/小计': '36487589.43',
      '其中：基本支出/人员经费': '33933458.11',
      '其中：基本支出/公用经费': '2554131.32',
      项目支出: '11120781.29',
    });
  });
});
