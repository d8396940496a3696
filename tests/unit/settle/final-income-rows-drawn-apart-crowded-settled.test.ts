import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from '../read/read-fixture.ts';

// Real `pdftotext -layout` output of a generated 决算 (lines 1–2 of the document, a blank line, then its 收入支出决算总表
// and 收入决算表: fixture line n is the document's line n + 26 from line 4 on). The 总表 prints 八、其他收入 129194.09 and
// 七、附属单位上缴收入 0.00 (lines 16–17). The 收入决算表's rows are drawn a few characters apart from each other: the
// 其他收入 figures of `208 社会保障和就业支出` (line 62, 59596.74 ending at character 86) and of `210 卫生健康支出` were read
// under 附属单位上缴收入, and `221 住房保障支出` (line 74) crowds `0.00 35537.18` into one cell. Before, the settling stage
// saw 附属单位上缴收入's 类 rows not summing to its 0.00 total, but the crowded cell left the 221 family unsummable and
// the rows' zeros could stand in several columns: nothing was placed again. Then the settling stage placed them again
// by the 总表. Now the reading places them itself: 其他收入, blank by position after the column its figures cluster into,
// counts among the columns the pages' run starts are placed on (`namedValueColumnCount`), and the rows' zeros stand
// where they were read by hand; nothing is left for the 总表 to place again.

describe('a 收入决算表 whose rows pdftotext drew apart, a crowded cell among them, read on its run starts', () => {
  const { doc, onLine } = ingestTextFormFixture('final-income-rows-drawn-apart-crowded-settled.pdftotext.txt', 'final_income');

  it('reads 59596.74 under 其他收入 and the two zeros under 上级补助收入 and 经营收入 (`10324599.62 10265002.88 0.00        0.00       59596.74`, line 62)', () => {
    expect(onLine(62)).toEqual({ 本年收入合计: '10324599.62', 财政拨款收入: '10265002.88', 上级补助收入: '0', 经营收入: '0', 其他收入: '59596.74' });
  });

  it('splits the crowded `0.00 35537.18` (line 74): 35537.18 under 其他收入, the zero where it was read', () => {
    expect(onLine(74)).toEqual({ 本年收入合计: '2042246.87', 财政拨款收入: '2006709.69', 事业收入: '0', 附属单位上缴收入: '0', 其他收入: '35537.18' });
    expect(doc.problems.filter((p) => p.code === 'bad_number' && p.line === 74)).toEqual([]);
  });

  it('reads the total row (line 77) with 129194.09 under 其他收入, as the 总表 prints it, nothing placed again by the 总表', () => {
    expect(onLine(77)).toEqual({ 本年收入合计: '28205489.74', 财政拨款收入: '28076295.65', 经营收入: '0', 附属单位上缴收入: '0', 其他收入: '129194.09' });
    expect(doc.problems.filter((p) => p.code === 'columns_settled')).toEqual([]);
  });
});
