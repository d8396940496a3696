import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

// Real `pdftotext -layout` output of a generated budget (lines 1–2 of the document, a blank line, then its 部门收入总表 over
// three pages: fixture line n is the document's line n + 70 from line 4 on). The header puts `项目` alone on line 7 and
// `行次` beside `合计` on line 8; each page repeats it (lines 28–31, 53–56), and pdftotext draws the three pages a few
// characters apart (`财政拨款（补助）` starts at character 45 on line 8, 48 on line 29; the second page's figures end
// three characters right of the first's). Before, the columns read from the rows of all three pages put `行次` over the
// codes and names, left the row numbers' column under no word (`cell_without_header` on every row, `合计33` one name)
// and, the figure columns widened by the pages' offsets, put the 财政拨款（补助）收入 figures under 事业收入.

describe('a 部门收入总表 whose pages are drawn a few characters apart, its 行次 beside 合计', () => {
  const { doc, table, onLine } = ingestTextFormFixture('budget-income-pages-apart-row-numbers-headless.pdftotext.txt', 'budget_income');

  it('reads the first page’s rows under their words (`1 119,897,022.51     119,275,255.20      621,767.31`, line 11)', () => {
    expect(onLine(11)).toEqual({ 合计: '119897022.51', '财政拨款（补助）收入': '119275255.2', 其他收入: '621767.31' });
    expect(onLine(12)).toEqual({ 合计: '9970000', '财政拨款（补助）收入': '9970000' });
  });

  it('reads the second page, drawn three characters right, the same way (`15   42,842,653.66         42,809,127.31    33,526.35`, line 32)', () => {
    expect(onLine(32)).toEqual({ 合计: '42842653.66', '财政拨款（补助）收入': '42809127.31', 其他收入: '33526.35' });
  });

  it('keeps the 行次 out of the last page’s names and figures (`合计              33 314,290,518.96 …`, line 59)', () => {
    const total = table.rows.find((r) => r.line === 59)!;
    expect(total.name).toBe('合计');
    expect(onLine(59)).toEqual({ 合计: '314290518.96', '财政拨款（补助）收入': '313387203.25', 其他收入: '903315.71' });
    expect(onLine(58)).toEqual({ 合计: '2309214.75', '财政拨款（补助）收入': '2129214.75', 其他收入: '180000' });
  });

  it('leaves no number of the table unread and no cell without a header word', () => {
    const errors = doc.problems.filter((p) => p.line !== undefined && p.line >= 7 && p.line <= 60 && p.severity !== 'info');
    expect(errors).toEqual([]);
  });
});
