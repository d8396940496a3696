import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

// Real `pdftotext -layout` output of a generated budget (lines 1–2 of the document, a blank line, then its 部门收支总表 and
// 部门收入总表: fixture line n is the document's line n + 24, from line 4 on). The 收入总表 prints no codes: each row's level
// is shown by where its name starts (`一般公共服务支出` at 0, `人大事务` at 1, `行政运行` at 2 on line 57), and page 4 draws
// its 项 rows a character further in (`死亡抚恤` at 3, line 82). pdftotext drew the figures of the upper rows closer
// together than those of the lower rows (`73.26` ends at 34 on line 55, `7.00` at 39 on line 61), so the figures stood
// under 一般公共预算 or 事业收入 by where the row was drawn. The 收支总表 prints 一般公共预算拨款收入 180.59 and 其他收入
// 0.70 and no 事业收入 (lines 9, 17): with the levels read, the sums down the classification place every row's parts.

describe('a 部门收入总表 printed without codes, its names indented, its rows drawn at two spacings', () => {
  const { table, onLine } = ingestTextFormFixture('budget-income-uncoded-levels-by-place.pdftotext.txt', 'budget_income');
  const row = (n: number) => table.rows.find((r) => r.line === n)!;

  it('reads each row’s level from where its name starts, page by page', () => {
    expect([row(55).level, row(56).level, row(57).level]).toEqual([1, 2, 3]);
    expect(row(57).parent_line).toBe(56);
    expect(row(56).parent_line).toBe(55);
    // page 4: `死亡抚恤` three characters in (a 项, as `行政运行` two characters in on page 3), under `抚恤` (line 79)
    expect(row(82).level).toBe(3);
    expect(row(82).parent_line).toBe(79);
    expect([row(83).level, row(84).level, row(85).level]).toEqual([2, 3, 1]);
    expect(row(83).parent_line).toBe(72);
  });

  it('places the parts of rows drawn at either spacing under 一般公共预算 and 其他收入, as the 收支总表 totals them', () => {
    // `一般公共服务支出 73.39 73.26 0.12` (line 55, the upper spacing)
    expect(onLine(55)).toEqual({ 合计: '733900', 一般公共预算拨款收入: '732600', 其他收入: '1200' });
    // `行政运行 7.00 7.00` and `事业运行 12.55 12.43 0.12` (lines 61 and 63, the lower spacing)
    expect(onLine(61)).toEqual({ 合计: '70000', 一般公共预算拨款收入: '70000' });
    expect(onLine(63)).toEqual({ 合计: '125500', 一般公共预算拨款收入: '124300', 其他收入: '1200' });
    // page 4: `死亡抚恤 10.42 10.34 0.08` (line 82); `总计 181.29 180.59 0.70` (line 93)
    expect(onLine(82)).toEqual({ 合计: '104200', 一般公共预算拨款收入: '103400', 其他收入: '800' });
    expect(onLine(93)).toEqual({ 合计: '1812900', 一般公共预算拨款收入: '1805900', 其他收入: '7000' });
  });
});
