/**
 * A squeezed 部门收入总表 whose header names one column more than any row fills (`blankColumnsBeside` of
 * `figure-order.ts`), its total row's wide figures pushed right. tests/fixtures/text-forms/budget-income-pushed-total-blank-column.pdftotext.txt
 * is the 部门收支总表 and 部门收入总表 of synth-410803-chengguanju-2019-budget-00077 (a fresh corpus, its lines 28–73;
 * line n here is line n + 27 there), real `pdftotext -layout` output of the Chromium-printed generator document.
 * The header packs its words one space apart over three lines (`总计 合计 一般公 事业 其他 结转` over `共预算 收入 收入
 * 结余`, under `本年收入` and `上年`): 总计 | 本年收入/合计 | 一般公共预算 | 事业收入 | 其他收入 | 上年结转结余, six
 * columns. No row prints 其他收入. Line 42 prints `29.14 28.58 28.38 0.20   0.56`: `0.20` ends at character 50, `0.56`
 * starts at 53, the blank 其他收入 cell between them. The 合计 row, line 45, prints `106.18 105.61 105.27 0.34 0.56` one
 * space apart: its wider figures pushed right (`0.34` ends at 52, two characters right of `0.20`), `0.56` ending at 57
 * where line 42's does. Figures read by hand (万元).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

const FILE = 'budget-income-pushed-total-blank-column.pdftotext.txt';

describe('a squeezed 收入总表 whose total row pdftotext pushed into the gap of a column no row fills', () => {
  const { doc, table, cellsOnLine: values } = ingestTextFormFixture(FILE, 'budget_income');

  it('reads the six columns the header names, 其他收入 among them', () => {
    expect(table.columns).toEqual(['总计', '本年收入/合计', '本年收入/一般公共预算', '本年收入/事业收入', '本年收入/其他收入', '上年结转结余']);
    expect(doc.problems.filter((p) => p.code === 'unknown_column')).toEqual([]);
  });

  it('puts line 42’s 0.56 after the gap under 上年结转结余, its 0.20 under 事业收入', () => {
    expect(values(42)).toEqual([
      ['总计', '291400'],
      ['本年收入/合计', '285800'],
      ['本年收入/一般公共预算', '283800'],
      ['本年收入/事业收入', '2000'],
      ['上年结转结余', '5600'],
    ]);
  });

  it('reads the 合计 row of line 45 with the other rows, 其他收入 blank', () => {
    expect(values(45)).toEqual([
      ['总计', '1061800'],
      ['本年收入/合计', '1056100'],
      ['本年收入/一般公共预算', '1052700'],
      ['本年收入/事业收入', '3400'],
      ['上年结转结余', '5600'],
    ]);
    expect(table.rows.every((r) => r.cells.find((c) => c.column === '本年收入/其他收入')?.value == null)).toBe(true);
  });
});
