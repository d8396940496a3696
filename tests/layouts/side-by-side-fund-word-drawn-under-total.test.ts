/**
 * A 财政拨款收支总表 whose header pdftotext drew with `一般公共` on the line under `预算拨款`, right of where it starts
 * (tests/fixtures/text-forms/fiscal-summary-fund-word-drawn-under-total.pdftotext.txt: the title lines and source lines
 * 153–191 of synth-410700-chengguanju-2018-budget-00059, pdf66; fixture line n is source line n + 149 from line 4 on).
 * Read by position, the spending half's columns came out as 一般公共预算拨款, 合计, 政府性基金, 国有资本经营: a fund
 * before the 合计, which a 财政拨款 table never prints, so the header is read again by its characters. Every spending
 * row prints a pair (合计 and 一般公共预算拨款). Values read by hand (万元, read in 元).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from '../unit/read/read-fixture.ts';

const { doc, table, inBlockOnLine } = ingestTextFormFixture('fiscal-summary-fund-word-drawn-under-total.pdftotext.txt', 'budget_fiscal_summary');
const spending = (line: number) => inBlockOnLine('支出', line);

describe('a 财政拨款 header read with a fund before its 合计 is read again', () => {
  it('names the spending columns 合计, 一般公共预算拨款, 政府性基金预算, 国有资本经营预算, in that order', () => {
    expect(table.columns).toEqual(['收入/金额', '支出/合计', '支出/一般公共预算拨款', '支出/政府性基金预算', '支出/国有资本经营预算']);
    expect(doc.problems.filter((p) => p.code === 'header_read_by_characters').map((p) => p.line)).toEqual([6]);
  });
  it('reads line 12 (一、本年支出 4,665.67 4,665.67) as 合计 and 一般公共预算拨款', () => {
    expect(spending(12)).toEqual({ '支出/合计': '46656700', '支出/一般公共预算拨款': '46656700' });
  });
  it('reads line 22 (卫生健康 522.23 522.23) and line 41 (支出总计 4,665.67 4,665.67) the same way', () => {
    expect(spending(22)).toEqual({ '支出/合计': '5222300', '支出/一般公共预算拨款': '5222300' });
    expect(spending(41)).toEqual({ '支出/合计': '46656700', '支出/一般公共预算拨款': '46656700' });
  });
});
