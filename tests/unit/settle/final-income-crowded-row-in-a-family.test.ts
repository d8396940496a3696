import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from '../read/read-fixture.ts';

// Real `pdftotext -layout` output of a generated 决算 (lines 1–2 of the document, a blank line, then its 收入支出决算总表
// and 收入决算表: fixture line n is the document's line n + 30, from line 4 on). The 收入决算表's header reads its 事业收入
// figures under 经营收入 (`事业 经营` drawn over one another); the 总表 prints 五、事业收入 7.1 and no 经营收入 (line 18),
// which settles the column. Lines 100 and 102 (`208 99 其他社会保障和就业支 120.0 115.9      4.1`) read two figures
// crowded into one cell, no number: the family of `208 社会保障和就业支出` cannot be summed there, and is no evidence
// against the column.

describe('a 收入决算表 column settled by the 总表 while a row of one family reads crowded figures', () => {
  const { onLine } = ingestTextFormFixture('final-income-crowded-row-in-a-family.pdftotext.txt', 'final_income');

  it('names the column 事业收入, the total row’s 7.1 (line 66) and the rows’ figures under it', () => {
    expect(onLine(66)).toEqual({ 本年收入合计: '54191000', 一般公共预算拨款收入: '54120000', 事业收入: '71000' });
    // `208 05 行政事业单位养老支出 882.0 879.9 2.1` (line 84), in the family whose row 208 99 reads crowded
    expect(onLine(84)).toEqual({ 本年收入合计: '8820000', 一般公共预算拨款收入: '8799000', 事业收入: '21000' });
  });
});
