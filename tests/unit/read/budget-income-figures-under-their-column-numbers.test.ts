import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

// Real `pdftotext -layout` output of a generated budget (lines 1–2 of the document, a blank line, then its 部门收入总表 over
// two pages: fixture line n is the document's line n + 59 from line 4 on). The header words are squeezed left of
// their columns (`上年结转 一般公共预算拨 事业 其他` on line 7, ending at character 59), the 栏次 row under them prints one
// number over each column (`1 … 5`, line 11: 3 at characters 56–57, 4 at 65–66), and the 一般公共预算拨款收入 figures
// (`168885439.62`, characters 51–63 on line 12) stand under 3. Before, the words read by position put `事业` over those
// figures: every 一般公共预算拨款收入 figure was read as 事业收入 (and the 合计 row's did not sum the 类 rows there).

describe('a 部门收入总表 whose squeezed header stands left of figures its 栏次 numbers place', () => {
  const { table, onLine } = ingestTextFormFixture('budget-income-figures-under-their-column-numbers.pdftotext.txt', 'budget_income');

  it('reads the 合计 row’s third figure under 3, 一般公共预算拨款收入 (`169040310.80    154871.18 168885439.62`, line 12)', () => {
    expect(onLine(12)).toEqual({ 合计: '169040310.8', 上年结转: '154871.18', 一般公共预算拨款收入: '168885439.62' });
  });

  it('reads a row with a carry-over the same way (`58616540.51    154871.18 58461669.33`, line 25)', () => {
    expect(onLine(25)).toEqual({ 合计: '58616540.51', 上年结转: '154871.18', 一般公共预算拨款收入: '58461669.33' });
  });

  it('reads the row on the page after the repeated header there too (`6499696.07         6499696.07`, line 46)', () => {
    expect(onLine(46)).toEqual({ 合计: '6499696.07', 一般公共预算拨款收入: '6499696.07' });
  });

  it('reads no figure as 事业收入 or 其他收入 (the table prints none)', () => {
    const cells = table.rows.flatMap((r) => r.cells.filter((c) => c.value !== null).map((c) => c.column));
    expect(cells.filter((c) => c === '事业收入' || c === '其他收入')).toEqual([]);
  });
});
