/**
 * A budget 部门收入总表 whose rows leave 事业收入 and 其他收入 blank in print as well as by position
 * (`namedValueColumnCount` of `src/lib/parse/read/row-calibration.ts`): no row prints a figure over those columns, so
 * the run starts are not placed on them and the columns by position stand. Real `pdftotext -layout` output of a
 * Chromium-printed generator document (`tests/fixtures/text-forms/budget-income-blank-sources.pdftotext.txt`, units
 * 元); the cells are read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a 收入总表 funded from one source, its other source columns blank', () => {
  const { onLine } = ingestTextFormFixture('budget-income-blank-sources.pdftotext.txt', 'budget_income');

  it('reads the unlabelled total: 总计 173072376.53, 合计 and 一般公共预算 171946776.97, 上年结转结余 1125599.56 (line 6)', () => {
    expect(onLine(6)).toEqual({ 总计: '173072376.53', '本年收入/合计': '171946776.97', '本年收入/一般公共预算': '171946776.97', 上年结转结余: '1125599.56' });
  });

  it('reads 洛阳市教育培训中心 the same way (line 9)', () => {
    expect(onLine(9)).toEqual({ 总计: '61160913.86', '本年收入/合计': '60035314.3', '本年收入/一般公共预算': '60035314.3', 上年结转结余: '1125599.56' });
  });
});
