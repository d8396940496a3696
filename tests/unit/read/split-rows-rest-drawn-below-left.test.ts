/**
 * A 支出决算表 page whose rows pdftotext split over two lines, the last figures of each row drawn a line below and
 * further left, under 人员经费 (lines 44–49), in real `pdftotext -layout` output
 * (tests/fixtures/text-forms/split-rows-rest-drawn-below-left.pdftotext.txt: source lines 151–236 of the generated
 * synth-410400-gongxinju-2017-final-00035 of pdf110). By position the lower line's figures fell into columns the row
 * above already fills, and by order they are fewer than the whole rows' rest: they were not joined, each a row without
 * a label. The one placement in order into the blank columns after the row's figures, figures one space apart in
 * neighbouring columns, that keeps every total and under which a total checks each of them, joins them. Expected
 * cells read by hand (元): 2474026.23 + 186217.03 = 2660243.26 (lines 44–45); 3956762.73 + 297820.86 = 4254583.59 and
 * 4254583.59 + 862306.96 = 5116890.55 (lines 48–49). The table's total on its last page (line 83) is drawn off its
 * columns, two figures run together in one cell: with the split rows joined it is the one row without a label, and it is
 * still not read as the 合计 (its cells stand off their columns), only reported.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('rows whose last figures pdftotext drew a line below and further left', () => {
  const { table, onLine, doc } = ingestTextFormFixture('split-rows-rest-drawn-below-left.pdftotext.txt', 'final_expenditure');

  it('joins 186217.03 into 行政单位离退休 as its 公用经费 (lines 44–45)', () => {
    expect(onLine(44)).toEqual({ 本年支出合计: '2660243.26', '其中：基本支出/小计': '2660243.26', '其中：基本支出/人员经费': '2474026.23', '其中：基本支出/公用经费': '186217.03' });
  });

  it('joins 297820.86 and 862306.96 into the row above as 公用经费 and 项目支出 (lines 48–49)', () => {
    expect(onLine(48)).toEqual({ 本年支出合计: '5116890.55', '其中：基本支出/小计': '4254583.59', '其中：基本支出/人员经费': '3956762.73', '其中：基本支出/公用经费': '297820.86', 项目支出: '862306.96' });
  });

  it('does not read the total drawn off its columns as the 合计 row, and reports it (line 83)', () => {
    expect(table.rows.some((r) => r.name === '合计')).toBe(false);
    expect(doc.problems.some((p) => p.line === 83 && p.code === 'row_without_label')).toBe(true);
  });
});
