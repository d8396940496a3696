import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from '../read/read-fixture.ts';

// Real `pdftotext -layout` output of a generated budget (lines 1–2 of the document, a blank line, then its 部门收支总表
// and 部门收入总表: fixture line n is the document's line n + 25, from line 4 on). The 收入总表's header drew `其他收入`
// (characters 39–43 of line 53) left of `事业收` (46–49 of line 52), so by position the figures under 事业收入 and
// 其他收入 (`0.00 3352.63` at the end of the 总计 row, line 55) read crossed. The 收支总表 prints 四、事业收入 0.00 and
// 五、其他收入 3352.63 (lines 15, 16); tried among every meaning, a column of zeros could be 事业收入, 政府性基金 or
// 国有资本经营 alike, so no reading was the one. Among the meanings the header prints for those two columns, one reading
// agrees.

describe('a 部门收入总表 whose header drew two words over each other’s figures', () => {
  const { table, onLine, doc } = ingestTextFormFixture('budget-income-header-words-over-wrong-figures.pdftotext.txt', 'budget_income');

  it('names the two columns by the 收支总表’s totals, among the words the header prints for them', () => {
    // `总计 7818825.16 3378.05 7812094.48 0.00 3352.63` (line 55)
    expect(onLine(55)).toEqual({ 合计: '7818825.16', 上年结转: '3378.05', '财政拨款（补助）收入': '7812094.48', 事业收入: '0', 其他收入: '3352.63' });
    // `221 02 01 住房公积金 190189.41 0.00 189026.03 0.00 1163.38` (line 89)
    expect(onLine(89)).toEqual({ 合计: '190189.41', 上年结转: '0', '财政拨款（补助）收入': '189026.03', 事业收入: '0', 其他收入: '1163.38' });
    expect(table.columns.slice(-2)).toEqual(['事业收入', '其他收入']);
    expect(doc.problems.find((p) => p.line === 55 && p.code === 'columns_settled')).toBeDefined();
  });
});
