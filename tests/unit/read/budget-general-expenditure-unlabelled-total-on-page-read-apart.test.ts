import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

// Real `pdftotext -layout` output of a generated budget (lines 1–2 of the document, a blank line, then its 一般公共预算
// 支出表 over two pages: fixture line n is the document's line n + 179 from line 4 on). The first page's squeezed header
// is read into more cells than the second page's (its rows print the unit code and the name at other cells), and the
// table's 合计 row is printed last without a label (`24,437.31 20,670.67 … 1,836.11`, line 44, on the second page).
// Before, that row took its name cell from the first labelled row of the table, on the first page: its first figure,
// the 合计, fell among the labels and no placement of the eight left held the table's sums (`placement_failed`).

describe('a 一般公共预算支出表 whose unlabelled 合计 row stands on a page read into other cells than the first', () => {
  const { doc, onLine } = ingestTextFormFixture('budget-general-expenditure-unlabelled-total-on-page-read-apart.pdftotext.txt', 'budget_general_expenditure');

  it('reads the unlabelled last row as the 合计 row, its nine figures in 元 (line 44)', () => {
    expect(onLine(44)).toEqual({
      合计: '244373100',
      '基本支出/小计': '206706700',
      '基本支出/人员经费/工资福利支出': '83781700',
      '基本支出/人员经费/对个人和家庭的补助': '110522600',
      '基本支出/公用经费/商品和服务支出': '11150700',
      '基本支出/公用经费/资本性支出': '1251700',
      '项目支出/小计': '37666400',
      '项目支出/其他运转类': '19305300',
      '项目支出/特定目标类': '18361100',
    });
  });

  it('reads the row above it on the same page as before (`住房公积金  1,274.00 1,274.00 516.37 681.19 68.73 7.71`, line 43)', () => {
    expect(onLine(43)).toEqual({
      合计: '12740000',
      '基本支出/小计': '12740000',
      '基本支出/人员经费/工资福利支出': '5163700',
      '基本支出/人员经费/对个人和家庭的补助': '6811900',
      '基本支出/公用经费/商品和服务支出': '687300',
      '基本支出/公用经费/资本性支出': '77100',
      '项目支出/小计': '0',
      '项目支出/其他运转类': '0',
      '项目支出/特定目标类': '0',
    });
  });

  it('reports no placement failure and leaves no figure of line 44 unread', () => {
    expect(doc.problems.filter((p) => p.line === 44).filter((p) => p.severity !== 'info')).toEqual([]);
  });
});
