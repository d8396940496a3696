import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

// Real `pdftotext -layout` output of a generated budget (lines 1–2 of the document, a blank line, then its 部门收入预算表
// over two pages: fixture line n is the document's line n + 72 from line 4 on). The second page's header draws
// `行次 合计 转 共预算上年结` on line 46: `合计` over the row numbers (`28` at characters 16–18 on line 51), then `转` and
// `共预算上年结` over and beside the 合计 figures (`19.0` at 19–23): the middle of 一般公共预算拨款收入 run into the start
// of 上年结转. Pieces whose first begins a value word (`上年结`) over those figures say the header was drawn a column
// left; a first piece beginning no word says nothing: the page is read by its figures, 19.0 under 合计 and the second
// 19.0 under 一般公共预算拨款收入, not under 事业收入.

describe('a 部门收入预算表 page whose header draws the middle of one word run into another over the 合计 figures', () => {
  const { onLine } = ingestTextFormFixture('budget-income-word-end-over-total-figures.pdftotext.txt', 'budget_income');

  it('reads the 购房补贴 row’s figures under 合计 and 一般公共预算拨款收入 (`28 19.0        19.0    0.0   0.0`, line 51, in 万元)', () => {
    const row = onLine(51);
    expect([row.合计, row.一般公共预算拨款收入]).toEqual(['190000', '190000']);
    expect(row.事业收入).not.toBe('190000');
  });

  it('reads the unlabelled 合计 row the same way (`29 169.6      169.6          0.0`, line 52)', () => {
    const row = onLine(52);
    expect([row.合计, row.一般公共预算拨款收入]).toEqual(['1696000', '1696000']);
  });

  it('reads the first page as before (`1    53.4   0.0 53.4   0.0`, line 13: 上年结转 0.0)', () => {
    expect(onLine(13)).toMatchObject({ 合计: '534000', 上年结转: '0', 一般公共预算拨款收入: '534000' });
  });
});
