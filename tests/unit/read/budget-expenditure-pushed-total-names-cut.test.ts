/**
 * A squeezed 部门支出总表 of three value columns (合计 | 基本支出 | 项目支出) under a 栏次 row.
 * tests/fixtures/text-forms/budget-expenditure-pushed-total-names-cut.pdftotext.txt is its page of
 * synth-140300-shengtaiju-2018-budget-00058 (a fresh corpus, its lines 122–159; line n here is line n + 121 there), real
 * `pdftotext -layout` output of the Chromium-printed generator document. Character places (from the line's start)
 * read by hand; values in 万元, read in 元.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

const FILE = 'budget-expenditure-pushed-total-names-cut.pdftotext.txt';
const { doc, table, cellsOnLine: values } = ingestTextFormFixture(FILE, 'budget_expenditure');

describe('project rows after a gap, under a total row its wide figures pushed right', () => {
  // the 合计 row (line 9) packs `2,931.45 2,271.07 660.38`, its 660.38 ending at 44; the other whole rows end their
  // 项目支出 at 41 or 42; line 13 prints `154.81` and, ten spaces on, `154.81` ending at 44, line 20 `146.74` and
  // `146.74` ending at 42: both under 项目支出, though line 20's ends two characters left of the pushed total's
  it('reads 一般行政管理事务 of line 13 as project spending', () => {
    expect(values(13)).toEqual([
      ['合计', '1548100'],
      ['项目支出', '1548100'],
    ]);
  });
  it('reads 一般行政管理事务 of line 20 so too', () => {
    expect(values(20)).toEqual([
      ['合计', '1467400'],
      ['项目支出', '1467400'],
    ]);
  });
});

describe('names cut at the figures they touch', () => {
  // line 14 prints `政府办公厅（室）及相` (characters 11–20) against `525.40` (20–25 … 22–27), its rest `关机构事务` alone on
  // line 15; line 26 `其他行政事业单位养` against `543.77`, its rest `老支出` on line 27
  it('reads 政府办公厅（室）及相关机构事务 whole on line 14, its rest of line 15 no row of its own', () => {
    const row = table.rows.find((r) => r.line === 14)!;
    expect(row.name).toBe('政府办公厅（室）及相关机构事务');
    expect(values(14)).toEqual([
      ['合计', '5254000'],
      ['基本支出', '5254000'],
    ]);
    expect(table.rows.some((r) => r.line === 15)).toBe(false);
  });
  it('reads 其他行政事业单位养老支出 whole on line 26, and reports no row without a label', () => {
    expect(table.rows.find((r) => r.line === 26)!.name).toBe('其他行政事业单位养老支出');
    expect(doc.problems.filter((p) => p.code === 'row_without_label')).toEqual([]);
  });
});
