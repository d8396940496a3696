/**
 * A 部门收入总表 whose row labels wrap in their cells with the code and figures on the label's last line, pdftotext
 * drawing a label's first line one character right of the names (tests/fixtures/text-forms/
 * budget-income-catch-all-name-starts-above-code.pdftotext.txt: the title lines and source lines 70–103 of
 * synth-410200-wenlvju-2018-budget-00056, pdf127; fixture line n is source line n + 66 from line 4 on). Line 33
 * `其他行政事业单位` starts at 9, the names at 8 (`事业单位离退休` above it, `养老支出` under it): a piece starting a
 * catch-all item (其他…) continues no label above, so it starts the name on line 34 — it was read as a row of its own
 * and joined to line 32 (`事业单位离退休其他行政事业单位`, line 34 `养老支出`). Values read by hand (万元, read in 元).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from '../unit/read/read-fixture.ts';

const { onLine, table } = ingestTextFormFixture('budget-income-catch-all-name-starts-above-code.pdftotext.txt', 'budget_income');

const row = (line: number) => table.rows.find((r) => r.line === line);

describe('a catch-all name whose first line pdftotext drew a character off the names, above its code', () => {
  it('names line 32 2080502 事业单位离退休 alone: 348.9 in 合计 and 财政拨款（补助）收入', () => {
    expect(row(32)).toMatchObject({ code: '2080502', name: '事业单位离退休' });
    expect(onLine(32)).toMatchObject({ 合计: '3489000', '财政拨款（补助）收入': '3489000' });
  });
  it('names line 34 2080599 其他行政事业单位养老支出: 352.7 in 合计 and 财政拨款（补助）收入', () => {
    expect(row(34)).toMatchObject({ code: '2080599', name: '其他行政事业单位养老支出' });
    expect(onLine(34)).toMatchObject({ 合计: '3527000', '财政拨款（补助）收入': '3527000' });
  });
});
