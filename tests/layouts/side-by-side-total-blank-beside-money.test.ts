/**
 * A 财政拨款收支总表 page pdftotext drew in two blocks (tests/fixtures/text-forms/fiscal-summary-total-blank-beside-money
 * .pdftotext.txt: the title lines and source lines 137–177 of synth-410100-kejiju-2015-budget-00002, pdf125; fixture
 * line n is source line n + 133 from line 4 on). The first rows end the spending half's 合计 at character 42 (line 13:
 * `889.23[36-42] 889.23[43-49] 0.00[50-54] 0.00[55-59]`), the rows from line 19 on five characters left (line 19:
 * `41.88[32-37] 41.88[38-43] 0.00[44-48] 0.00[49-53]`). Line 14 (`281.27[36-42] 281.27[43-49] 0.00[50-54]`) placed on
 * the lower rows' ends reads 281.27 under 一般公共预算 and 政府性基金, the 合计 blank: a 财政拨款 row printing money in a
 * fund column prints its 合计, so that placing is none. The line is then read as the pair of the one fund with money
 * (合计 and 一般公共预算), its zero reported, not placed. Values read by hand (万元, read in 元).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from '../unit/read/read-fixture.ts';

const { doc, inBlockOnLine } = ingestTextFormFixture('fiscal-summary-total-blank-beside-money.pdftotext.txt', 'budget_fiscal_summary');
const spending = (line: number) => inBlockOnLine('支出', line);

describe('a 财政拨款 row never leaves its 合计 blank beside money in a fund column', () => {
  it('reads line 14 (一般公共服务) as 合计 281.27 and 一般公共预算 281.27, never 281.27 under 政府性基金', () => {
    expect(spending(14)).toEqual({ '支出/合计': '2812700', '支出/一般公共预算拨款': '2812700' });
  });
  it('reports the 0.00 of line 14 it could not place', () => {
    expect(doc.problems.filter((p) => p.line === 14).map((p) => p.code)).toEqual(['sides_zero_not_placed']);
  });
  it('still reads the whole line 13 (一、本年支出) by its order', () => {
    expect(spending(13)).toEqual({ '支出/合计': '8892300', '支出/一般公共预算拨款': '8892300', '支出/政府性基金预算': '0', '支出/国有资本经营预算': '0' });
  });
  it('reads line 19 (科学技术) of the lower block on its own ends', () => {
    expect(spending(19)).toEqual({ '支出/合计': '418800', '支出/一般公共预算拨款': '418800', '支出/政府性基金预算': '0', '支出/国有资本经营预算': '0' });
  });
});
