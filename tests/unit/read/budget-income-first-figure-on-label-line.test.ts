import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

// Real `pdftotext -layout` output of a generated budget (lines 1–2 of the document, a blank line, then its 部门收入总表:
// fixture line n is the document's line n + 61 from line 4 on). Every row is drawn over two lines: its label and its
// 总计 (`410001 平顶山市交通运输局本级   74.36`, line 13: the figure at characters 21–26), then its other five figures
// alone on the next line, drawn over the first (`74.36 74.29 0.07 0.00 0.00`, line 14: the first at 24–29). Before,
// the figures' lines were read as rows of their own (unlabelled, taken for 合计 rows) and the 总计 figures as 本年收入:
// the 总计 column was lost.

describe('a 部门收入总表 whose rows print their 总计 on the label line and the other figures on the line under it', () => {
  const { table, onLine } = ingestTextFormFixture('budget-income-first-figure-on-label-line.pdftotext.txt', 'budget_income');

  it('reads six columns: 总计, the four under 本年收入, 上年结转结余', () => {
    expect(table.columns).toEqual(['总计', '本年收入/合计', '本年收入/一般公共预算', '本年收入/事业收入', '本年收入/其他收入', '上年结转结余']);
  });

  it('reads a unit’s row from its two lines, in 元 (lines 13–14)', () => {
    expect(onLine(14)).toEqual({
      总计: '743600',
      '本年收入/合计': '743600',
      '本年收入/一般公共预算': '742900',
      '本年收入/事业收入': '700',
      '本年收入/其他收入': '0',
      上年结转结余: '0',
    });
  });

  it('keeps each figure on the line it is printed on: the 总计 on the label line 13, the others on 14', () => {
    const row = table.rows.find((r) => r.line === 14)!;
    expect(row.cells.filter((c) => c.value !== null).map((c) => [c.column, c.line])).toEqual([
      ['总计', 13],
      ['本年收入/合计', 14],
      ['本年收入/一般公共预算', 14],
      ['本年收入/事业收入', 14],
      ['本年收入/其他收入', 14],
      ['上年结转结余', 14],
    ]);
  });

  it('reads one row per unit and one 合计 row, the 合计 figures from lines 11–12', () => {
    expect(table.rows.map((r) => r.name)).toEqual(['合计', '平顶山市交通运输局本级', '平顶山市交通运输信息中心', '平顶山市交通运输事务服务中心']);
    expect(onLine(12)).toEqual({ 总计: '1851400', '本年收入/合计': '1851400', '本年收入/一般公共预算': '1847000', '本年收入/事业收入': '4500', '本年收入/其他收入': '0', 上年结转结余: '0' });
  });
});
