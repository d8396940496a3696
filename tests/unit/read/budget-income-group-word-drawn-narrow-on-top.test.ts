import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

// Real `pdftotext -layout` output of a generated budget (lines 1–2 of the document, a blank line, then its 部门收入总表:
// fixture line n is the document's line n + 74 from line 4 on). The top header line prints only `本年收入` (line 7,
// characters 39–43), the group over 合计, 一般公共预算, 事业收入 and 其他收入: pdftotext drew it narrow, over none of the
// words under it character for character (`一般公` ends at 39 on line 9, `事业收` starts at 43 on line 10), but between
// them. 总计 (line 8, 22–24) and 上年结转结余 (53–56) stand outside it. Before, the squeezed header was read by order with
// 本年收入 as a column of its own, blank in every row, and the four figure columns under it named without their group.

describe('a 部门收入总表 whose group word on the top line stands narrow between the words it heads', () => {
  const { table, onLine } = ingestTextFormFixture('budget-income-group-word-drawn-narrow-on-top.pdftotext.txt', 'budget_income');

  it('reads the columns under 本年收入, 总计 and 上年结转结余 beside it', () => {
    expect(table.columns).toEqual(['总计', '本年收入/合计', '本年收入/一般公共预算', '本年收入/事业收入', '本年收入/其他收入', '上年结转结余']);
  });

  it('reads the 合计 row in 元 (`140.42 140.42 140.42      0.00`, line 12: the zero at 48–52 under 其他收, 47–50)', () => {
    expect(onLine(12)).toEqual({ 总计: '1404200', '本年收入/合计': '1404200', '本年收入/一般公共预算': '1404200', '本年收入/其他收入': '0' });
  });

  it('reads a unit’s row, its zero at 53–57 under 转结余 (line 14)', () => {
    expect(onLine(14)).toEqual({ 总计: '483200', '本年收入/合计': '483200', '本年收入/一般公共预算': '483200', 上年结转结余: '0' });
  });
});
