/**
 * A 2024 部门支出总表 whose narrow header pdftotext scattered over six lines: `基本支` (text line 10, characters
 * 40–42) and its `出` (line 12) drawn right, over the third figure column, past `小计` (line 11, at 39) of 项目支出,
 * and `其他运` (line 14) a line under its `转类` (line 13). Read in order the header put 小计 before 基本支出, a 小计
 * under no group; the reading of the pieces as one stack with `项目支出` over 小计 | 特定目标类 | 其他运转类 was there
 * but refused: 基本支出, a word that may head parts, was taken to stand before a part of its own, the 小计 that
 * stands under 项目支出. A later column under a group word of its own is that group's. Real `pdftotext -layout` output
 * of a Chromium-printed generator document: tests/fixtures/text-forms/budget-expenditure-basic-word-below-total.pdftotext.txt,
 * the 部门支出总表 of synth-140300-caizhengju-2024-budget-00158 (corpus seed 166, its lines 116–146: fixture line n is
 * document line n + 112). Values read by hand from the printed lines, in 元 (万元 × 10 000; 3.1 = 3.1 + 0.1 to the
 * 万元 rounding).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a 部门支出总表 whose 基本支出 is drawn right of 项目支出\'s 小计', () => {
  const { onLine } = ingestTextFormFixture('budget-expenditure-basic-word-below-total.pdftotext.txt', 'budget_expenditure');

  it('reads the 合计 row (line 15: 70.8 46.0 24.8 16.4 8.4) with 46.0 under 基本支出 and 24.8 under 项目支出/小计', () => {
    expect(onLine(15)).toEqual({ 合计: '708000', 基本支出: '460000', '项目支出/小计': '248000', '项目支出/特定目标类': '164000', '项目支出/其他运转类': '84000' });
  });

  it('reads line 16 (201 一般公共服务支出 5.1 2.0 3.1 3.1 0.1) and line 26 (210 卫生健康支出 23.5 20.1 3.4 0.3 3.1)', () => {
    expect(onLine(16)).toEqual({ 合计: '51000', 基本支出: '20000', '项目支出/小计': '31000', '项目支出/特定目标类': '31000', '项目支出/其他运转类': '1000' });
    expect(onLine(26)).toEqual({ 合计: '235000', 基本支出: '201000', '项目支出/小计': '34000', '项目支出/特定目标类': '3000', '项目支出/其他运转类': '31000' });
  });
});
