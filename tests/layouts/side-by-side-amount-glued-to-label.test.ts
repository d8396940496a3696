/**
 * A 财政拨款收支总表 whose first spending figure pdftotext wrote right after its label, no space between
 * (tests/fixtures/text-forms/fiscal-summary-amount-glued-to-label.pdftotext.txt: the title lines and source lines 168–205
 * of synth-140300-zhujianju-2017-budget-00048, pdf153; fixture line n is source line n + 164 from line 4 on). Line 11
 * prints `一、本年支出800.20 800.20`: read as one word, the spending label seemed to end in a figure, the line read no
 * way and was left unread — the year's income 798.39 and spending 800.20 lost. A label never ends in an amount with
 * decimals: the two are read apart. Values read by hand (万元, read in 元).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from '../unit/read/read-fixture.ts';

const { doc, inBlockOnLine } = ingestTextFormFixture('fiscal-summary-amount-glued-to-label.pdftotext.txt', 'budget_fiscal_summary');

describe('an amount written right after its label, no space between', () => {
  it('reads line 11’s income: 一、本年收入 798.39', () => {
    expect(inBlockOnLine('收入', 11)).toEqual({ '收入/金额': '7983900' });
  });
  it('reads line 11’s spending: 一、本年支出 800.20 in 合计 and in 一般公共预算拨款', () => {
    expect(inBlockOnLine('支出', 11)).toEqual({ '支出/合计': '8002000', '支出/一般公共预算拨款': '8002000' });
  });
  it('names the spending row 一、本年支出, the figure not in its label', () => {
    const table = doc.tables.find((t) => t.kind === 'budget_fiscal_summary')!;
    expect(table.rows.filter((r) => r.line === 11).map((r) => r.name)).toEqual(['一、本年收入', '一、本年支出']);
  });
  it('leaves line 11 read (no row_not_read)', () => {
    expect(doc.problems.filter((p) => p.code === 'row_not_read' && p.line === 11)).toEqual([]);
  });
});
