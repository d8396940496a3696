import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

// Real `pdftotext -layout` output of a generated budget (lines 1–2 of the document, a blank line, then its 一般公共预算
// 支出表: fixture line n is the document's line n + 157 from line 4 on). Four words head the 基本支出 columns under 人员经费
// and 公用经费, and every row fills two of them. Line 9 squeezes the words' first lines one space apart (`工资福
// 对个人和家庭的 商品和服务支 资本性`, characters 60–82): they keep only their order there. Line 10 prints their rests
// standing apart where the words stand: `补助` (of 对个人和家庭的补助) at characters 68–70, over the figures ending at 77
// (`137000724.78`, characters 65–77 on line 11), and `出` (of 商品和服务支出) at 82–83, over the figures ending at 89
// (`45666908.31`, 78–89); `支出` (of 资本性支出) at 90–92 stands right of every such figure. Before, the words' starts on
// the squeezed line 9 placed the two figures under 商品和服务支出 and 资本性支出, one word right of where they stand.

describe('a 一般公共预算支出表 whose squeezed header line keeps only the order of the words over two figure columns', () => {
  const { table, onLine } = ingestTextFormFixture('budget-general-expenditure-squeezed-words-over-two-figures.pdftotext.txt', 'budget_general_expenditure');

  it('reads the 合计 row’s figures under 对个人和家庭的补助 and 商品和服务支出 (line 11)', () => {
    expect(onLine(11)).toEqual({
      合计: '231466051.72',
      '基本支出/小计': '182667633.09',
      '基本支出/人员经费/对个人和家庭的补助': '137000724.78',
      '基本支出/公用经费/商品和服务支出': '45666908.31',
      '项目支出/小计': '48798418.63',
      '项目支出/其他运转类': '21095050.88',
      '项目支出/特定目标类': '27703367.75',
    });
  });

  it('reads a 项 row the same way (`行政运行  20084203.42 20084203.42  15063152.56 5021050.86`, line 13)', () => {
    expect(onLine(13)).toEqual({
      合计: '20084203.42',
      '基本支出/小计': '20084203.42',
      '基本支出/人员经费/对个人和家庭的补助': '15063152.56',
      '基本支出/公用经费/商品和服务支出': '5021050.86',
    });
  });

  it('puts no figure under 工资福利支出 or 资本性支出 (no row prints one there)', () => {
    const cells = table.rows.flatMap((r) => r.cells.filter((c) => c.value !== null).map((c) => c.column));
    expect(cells.filter((c) => c.endsWith('工资福利支出') || c.endsWith('资本性支出'))).toEqual([]);
  });
});
