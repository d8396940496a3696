/**
 * A 收入决算表 carried onto a page that prints no header, its rows filling three of the seven value columns (本年收入合计,
 * 财政拨款（补助）收入, 其他收入; the four between blank in every row). pdftotext laid the next page out anew: its
 * figures stand further apart there, but the gap before 其他收入 closed up, the four blank columns printing nothing
 * (`396934.57   395498.66   1435.91`). The page's columns are fitted to its full rows; the blank columns between
 * 财政拨款 and 其他收入 stay between them on this page, so the third figure is read under 其他收入, not under a blank
 * column moved onto it. Trimmed `pdftotext -layout` output of Chromium-printed generator HTML (a 2016 决算 of a
 * 生态环境局); values read by hand from the text (the page before shows 其他收入 far right, 3066.22 of 208 being
 * 1435.91 + 1630.31 of its 款 on the next page).
 */
import { describe, expect, it } from 'vitest';
import { finalIncome, HEADER_PAGE, NEXT_PAGE, NOTE } from './income-bracket-header-pages.ts';

const income = finalIncome(HEADER_PAGE + NEXT_PAGE + NOTE);
const cells = (code: string) => Object.fromEntries((income.rows.find((r) => r.code === code)?.cells ?? []).filter((c) => c.value !== null).map((c) => [c.column, c.value]));

describe('a continued page whose blank columns pdftotext closed up', () => {
  it('reads 208 on the header\'s page: 775164.20 total, 772097.98 财政拨款（补助）收入, 3066.22 其他收入', () => {
    expect(cells('208')).toEqual({ 本年收入合计: '775164.2', '财政拨款（补助）收入': '772097.98', 其他收入: '3066.22' });
  });
  it('reads 20805 on the next page: 396934.57 total, 395498.66 财政拨款（补助）收入, 1435.91 其他收入', () => {
    expect(cells('20805')).toEqual({ 本年收入合计: '396934.57', '财政拨款（补助）收入': '395498.66', 其他收入: '1435.91' });
  });
  it('reads 2089999 on the next page: 114893.39 total, 113263.08 财政拨款（补助）收入, 1630.31 其他收入', () => {
    expect(cells('2089999')).toEqual({ 本年收入合计: '114893.39', '财政拨款（补助）收入': '113263.08', 其他收入: '1630.31' });
  });
});
