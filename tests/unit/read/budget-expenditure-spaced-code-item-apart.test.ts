/**
 * A 2024 部门支出总表 whose header prints 类 款 项 as one cell over the code (`类 款 项`, text line 12) and whose codes
 * are printed with spaces: `201`, `201 32`, `201 32   99`. In a proportional font `201 32` is narrower than `208 05`,
 * so on some rows pdftotext wrote the 项 three spaces after the 类款 (`201 32   99     其他组织事务支出`, text line 16)
 * and the grid cut that row's code into three cells, two of them under no header word. The row took `201` for its code
 * and left `32` and `99` unread. The 款 and 项 printed in those headless columns beside a 类 are now read as the rest of
 * the row's code. Real `pdftotext -layout` output of a Chromium-printed generator document:
 * tests/fixtures/text-forms/budget-expenditure-spaced-code-item-apart.pdftotext.txt, the 部门支出总表 of
 * synth-410803-jiaoyuju-2024-budget-00167 (corpus seed 164, its lines 128–149: fixture line n is document line
 * n + 124). Values read by hand from the printed lines, in 元 (万元 × 10 000).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a 部门支出总表 whose 项 code is drawn apart from its 类 and 款', () => {
  const { table, onLine, doc } = ingestTextFormFixture('budget-expenditure-spaced-code-item-apart.pdftotext.txt', 'budget_expenditure');
  const codeOn = (n: number) => table.rows.find((r) => r.line === n)?.code;

  it('reads line 16 `201 32   99     其他组织事务支出  3 68.6 32.0 36.6 5.9 30.7` as 2013299 with its five figures', () => {
    expect(codeOn(16)).toBe('2013299');
    expect(onLine(16)).toEqual({ 合计: '686000', 基本支出: '320000', '项目支出/小计': '366000', '项目支出/特定目标类': '59000', '项目支出/其他运转类': '307000' });
  });

  it('reads the 项 under 205 08 and 208 05 the same way (lines 19, 20, 23, 24), a code printed in one piece unchanged', () => {
    expect([19, 20, 23, 24].map(codeOn)).toEqual(['2050801', '2050803', '2080501', '2080502']);
    expect(onLine(19)).toEqual({ 合计: '110000', '项目支出/小计': '110000', '项目支出/特定目标类': '58000', '项目支出/其他运转类': '52000' });
    expect(onLine(24)).toEqual({ 合计: '483000', 基本支出: '483000' });
    expect([14, 15, 18, 22].map(codeOn)).toEqual(['201', '20132', '20508', '20805']);
  });

  it('leaves no figure of the code unread', () => {
    expect(doc.problems.filter((p) => p.code === 'unaccounted_number' || p.code === 'cell_without_header')).toEqual([]);
  });
});
