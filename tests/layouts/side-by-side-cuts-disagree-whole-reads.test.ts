/**
 * A 财政拨款收支总表 page pdftotext drew in two blocks (tests/fixtures/text-forms/fiscal-summary-cuts-disagree-whole-reads
 * .pdftotext.txt: the title lines and source lines 132–167 of synth-410100-jiaoyuju-2015-budget-00012, pdf125; fixture
 * line n is source line n + 128 from line 4 on): the first rows end the spending half's 合计 at character 42 (line 11:
 * `158.12[36-42] 158.12[43-49] 0.00[50-54] 0.00[55-59]`), the rows from line 17 on five characters left (line 18:
 * `231.20[31-37] 231.20[38-44] 0.00[50-54]`). The page read whole leaves a later line unread, so it is read in two
 * blocks; the cuts between them read the lines near the cut differently. Such a line keeps the page's reading whole
 * (as it does between three blocks): before, lines 13–15 were left unread. Values read by hand (万元, read in 元).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from '../unit/read/read-fixture.ts';

const { doc, inBlockOnLine } = ingestTextFormFixture('fiscal-summary-cuts-disagree-whole-reads.pdftotext.txt', 'budget_fiscal_summary');
const spending = (line: number) => inBlockOnLine('支出', line);

describe('a line the cuts of a page in two blocks read differently keeps the page’s reading whole', () => {
  it('reads line 13 (国防 `0.00[38-42] 0.00[43-47] 0.00[48-52]`) on the upper rows’ ends: 合计, 一般公共预算, 政府性基金', () => {
    expect(spending(13)).toEqual({ '支出/合计': '0', '支出/一般公共预算拨款': '0', '支出/政府性基金预算': '0' });
    expect(spending(14)).toEqual({ '支出/合计': '0', '支出/一般公共预算拨款': '0', '支出/政府性基金预算': '0' });
  });
  it('reads line 15 (教育 `102.51[36-42] 102.51[43-49] 0.00[55-59]`): 合计 102.51, 一般公共预算 102.51, 国有资本经营 0.00', () => {
    expect(spending(15)).toEqual({ '支出/合计': '1025100', '支出/一般公共预算拨款': '1025100', '支出/国有资本经营预算': '0' });
  });
  it('reports none of lines 13–15 unread', () => {
    expect(doc.problems.filter((p) => p.code === 'row_not_read' && (p.line ?? 0) >= 13 && (p.line ?? 0) <= 15)).toEqual([]);
  });
});
