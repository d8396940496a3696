import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

// Real `pdftotext -layout` output of a generated budget (lines 1–2 of the document, a blank line, then its 部门收入总表 over
// three pages: fixture line n is the document's line n + 76 from line 4 on). The header is drawn a column left of the
// figures: `行次 合计 上年结` on line 9 stand over the names' end, the row numbers and the 合计 figures, `转` (the rest of
// 上年结转) one line lower beyond them; `财政拨` / `款（补` / `助）收` / `入` stack over the second figures. Every row prints
// its 行次 and two figures (`2 26.30     26.30`, line 13). Before, `合计` headed the row numbers and `上年结` the 合计
// figures, a piece no word of the vocabulary: the header was reported broken and not one figure of the table was read.

describe('a 部门收入总表 whose 合计 stands over its row numbers and a piece of 上年结转 over its 合计 figures', () => {
  const { doc, table, onLine } = ingestTextFormFixture('budget-income-row-numbers-under-total-word.pdftotext.txt', 'budget_income');

  it('reads the header’s five value words over their columns', () => {
    expect(table.columns).toEqual(['合计', '上年结转', '财政拨款（补助）收入', '事业收入', '其他收入']);
  });

  it('reads the unlabelled total row’s two figures, not its 行次 (`1 155.27   155.27`, line 12, in 万元)', () => {
    expect(onLine(12)).toEqual({ 合计: '1552700', '财政拨款（补助）收入': '1552700' });
  });

  it('reads every page’s rows the same way (`2 26.30     26.30`, line 13; `13 43.98    43.98`, line 30; `29 13.30    13.30`, line 56)', () => {
    expect(onLine(13)).toEqual({ 合计: '263000', '财政拨款（补助）收入': '263000' });
    expect(onLine(30)).toEqual({ 合计: '439800', '财政拨款（补助）收入': '439800' });
    expect(onLine(56)).toEqual({ 合计: '133000', '财政拨款（补助）收入': '133000' });
  });

  it('reads all thirty-two rows and leaves no number unread', () => {
    expect(table.rows).toHaveLength(32);
    // (the fixture holds no 收支总表: that error aside, none)
    expect(doc.problems.filter((p) => p.severity !== 'info' && p.code !== 'no_summary_table')).toEqual([]);
  });
});
