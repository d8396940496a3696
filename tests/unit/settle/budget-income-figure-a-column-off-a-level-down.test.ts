import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from '../read/read-fixture.ts';

// Real `pdftotext -layout` output of a generated budget (lines 1–2 of the document, a blank line, then its 部门收支总表
// and 部门收入总表: fixture line n is the document's line n + 26, from line 4 on). The 收入总表 prints no codes, its
// names indented (`一般公共服务支出` at 0, `政府办公厅（室）及` at 1, `行政运行` at 2, lines 53–56). Line 54,
// `政府办公厅（室）及 71,397.40 71,397.40 0.00 0.00`, prints four figures for five columns, packed left of where the rows
// below print theirs: by position its second 71,397.40 fell under 上年结转, which its parent (line 53) prints as 0.00.
// The 收支总表 prints 一般公共预算拨款收入 1,501,324.78 and no 上年结转 (lines 7, 39). The 类 rows alone hold together
// under every column; only the parent's 0.00 over its child's 71,397.40 shows the figure off its column.

describe('a 部门收入总表 row a level down whose figure was read under a column its parent prints as 0.00', () => {
  const { table, onLine } = ingestTextFormFixture('budget-income-figure-a-column-off-a-level-down.pdftotext.txt', 'budget_income');
  const row = (n: number) => table.rows.find((r) => r.line === n)!;

  it('reads the row’s level from where its name starts, under its 类', () => {
    expect(row(54).level).toBe(2);
    expect(row(54).parent_line).toBe(53);
  });

  it('places its parts again by the 收支总表’s totals and the sums down the classification', () => {
    expect(onLine(54)).toEqual({ 合计: '71397.4', 一般公共预算拨款收入: '71397.4', 事业收入: '0', 其他收入: '0' });
    // `行政运行 31,397.40 0.00 31,397.40 0.00 0.00` (line 56), read where it stands
    expect(onLine(56)).toEqual({ 合计: '31397.4', 上年结转: '0', 一般公共预算拨款收入: '31397.4', 事业收入: '0', 其他收入: '0' });
  });
});
