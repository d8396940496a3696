import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

// Real `pdftotext -layout` output of a generated budget (lines 1–2 of the document, a blank line, then its 部门支出总表
// over two pages: fixture line n is the document's line n + 108 from line 4 on). The second page repeats the header
// (lines 32–37) and its first row is a budget unit whose name is centred on three lines around its code's line:
// `焦作市中站区发展和改` (line 38, characters 21–31), right under the header's last line, then `410003 革委员会综合行政
// 执法   43.20 …` (line 39: the name at 21) and `支队` (line 40). Before, the name's first line was read as a line of
// the header, and the unit was named `革委员会综合行政执法支队`, a unit of its own beside the one the document names.

describe('a 部门支出总表 whose first row under a repeated header starts its label on the line above its figures', () => {
  const { table, onLine } = ingestTextFormFixture('budget-expenditure-row-label-starts-under-repeated-header.pdftotext.txt', 'budget_expenditure');

  it('reads the unit’s whole name (lines 38–40)', () => {
    expect(table.rows.find((r) => r.line === 39)!.name).toBe('焦作市中站区发展和改革委员会综合行政执法支队');
  });

  it('reads its figures in 元 (`43.20 19.97 9.47 5.71 3.42 1.37 23.22 14.58 8.64`, line 39)', () => {
    expect(onLine(39)).toEqual({
      合计: '432000',
      '基本支出/小计': '199700',
      '基本支出/人员经费/工资福利支出': '94700',
      '基本支出/人员经费/对个人和家庭的补助': '57100',
      '基本支出/公用经费/商品和服务支出': '34200',
      '基本支出/公用经费/资本性支出': '13700',
      '项目支出/小计': '232200',
      '项目支出/其他运转类': '145800',
      '项目支出/特定目标类': '86400',
    });
  });

  it('keeps the repeated header’s words out of the rows: no row is named by a header word', () => {
    expect(table.rows.map((r) => r.name).filter((n) => /科目|单位代码|合计小计/.test(n))).toEqual([]);
  });
});
