/**
 * A 支出决算表 whose `项目支出` pdftotext drew a line below the parts of `其中：基本支出` beside it (`header-levels.ts`,
 * `mayStandWithin` of `header-groups.ts`): tests/fixtures/text-forms/expenditure-sibling-word-below-group.pdftotext.txt
 * is 支出决算表 of synth-140300-shangwuju-2018-final-00068 (seed 102, its lines 133–150). A column whose words start
 * below a group's own parts may stand under a group inside it (`工资福利支出` under 人员经费 under 基本支出), so position
 * put `项目支出` under 其中：基本支出 too; but 项目支出 is no part of 基本支出 nor of any of its parts. Read under that
 * group, the header's totals (小计 = 人员经费 + 公用经费 + 项目支出) placed the rows' figures wrongly. Expected cells read
 * by hand from the printed lines (209297659.15 = 160634394.25 + 48663264.90; 160634394.25 = 128507515.35 + 32126878.90).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a 支出决算表 whose 项目支出 is drawn a line below the parts of 基本支出', () => {
  const { table, onLine } = ingestTextFormFixture('expenditure-sibling-word-below-group.pdftotext.txt', 'final_expenditure');

  it('reads 项目支出 as a column of its own, beside 其中：基本支出', () => {
    expect(table.columns.slice(0, 5)).toEqual(['本年支出合计', '其中：基本支出/小计', '其中：基本支出/人员经费', '其中：基本支出/公用经费', '项目支出']);
  });

  it('puts the total row (line 12) under its five columns', () => {
    expect(onLine(12)).toEqual({ 本年支出合计: '209297659.15', '其中：基本支出/小计': '160634394.25', '其中：基本支出/人员经费': '128507515.35', '其中：基本支出/公用经费': '32126878.9', 项目支出: '48663264.9' });
  });
});
