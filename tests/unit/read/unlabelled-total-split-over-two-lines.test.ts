/**
 * A total printed without its label and split over two lines, as pdftotext wrote every long row of the table
 * (`split-rows.ts`). tests/fixtures/text-forms/general-expenditure-unlabelled-total-split.pdftotext.txt is the 一般公共预算
 * 财政拨款支出决算表 of synth-140100-jiaotongju-2015-final-00011 (a fresh corpus, its lines 211–253; line n here is line
 * n + 210 there), real `pdftotext -layout` output of the Chromium-printed generator document. Under the 栏次 line, line 8
 * prints `23,008.0` alone and line 9 `16,726.9 14,719.7 2,007.2 6,281.1`, no label on either; the 合计 row: 小计 =
 * 基本支出 + 项目支出 (23,008.0 = 16,726.9 + 6,281.1), 基本支出 = 人员经费 + 公用经费 (16,726.9 = 14,719.7 + 2,007.2).
 * Figures read by hand (万元).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

const FILE = 'general-expenditure-unlabelled-total-split.pdftotext.txt';

describe('an unlabelled total whose figures pdftotext wrote over the first two lines of the table', () => {
  const { doc, table } = ingestTextFormFixture(FILE, 'final_general_expenditure');

  it('reads lines 8 and 9 as one total row, each figure on its own line', () => {
    const total = table.rows.find((r) => r.line === 8)!;
    expect(total.is_total).toBe(true);
    expect(total.cells.map((c) => [c.column, c.value, c.line])).toEqual([
      ['本年支出/小计', '230080000', 8],
      ['本年支出/其中：基本支出/小计', '167269000', 9],
      ['本年支出/其中：基本支出/人员经费', '147197000', 9],
      ['本年支出/其中：基本支出/公用经费', '20072000', 9],
      ['本年支出/项目支出', '62811000', 9],
    ]);
  });

  it('leaves no row of line 9 and no number of either line unread', () => {
    expect(table.rows.some((r) => r.line === 9)).toBe(false);
    expect(doc.problems.filter((p) => p.line === 8 || p.line === 9).map((p) => p.code)).toEqual(['total_without_label']);
  });
});
