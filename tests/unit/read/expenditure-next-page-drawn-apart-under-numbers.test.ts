/**
 * A 支出决算表 under a 栏次 row numbering eight columns, continued on pages without a header, whose full rows pdftotext
 * drew with wider gaps than the first page (`figure-order.ts`, `blankBetween`):
 * tests/fixtures/text-forms/expenditure-next-page-drawn-apart-under-numbers.pdftotext.txt is 附件1-3 支出决算表 of
 * synth-140100-gongxinju-2015-final-00001 (seed 105, its lines 138–195). On the second page a full row prints
 * `3.32 2.99        0.33 58.57`: a wide gap, but the row stands under no 栏次 number of its page (the numbers are
 * the first page's), so the gap shows no blank cell and the page is still fitted by its full rows. Expected cells read
 * by hand from the printed lines (61.89 = 3.32 + 58.57; 3.32 = 2.99 + 0.33).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a 支出决算表 continued on pages drawn wider than its 栏次 row', () => {
  const { onLine } = ingestTextFormFixture('expenditure-next-page-drawn-apart-under-numbers.pdftotext.txt', 'final_expenditure');

  it('puts a lone second figure of the second page under 项目支出 (教师进修, line 28)', () => {
    expect(onLine(28)).toEqual({ 本年支出合计: '397700', 项目支出: '397700' });
  });

  it('reads a full row of the second page in order (培训支出, line 29)', () => {
    expect(onLine(29)).toEqual({ 本年支出合计: '618900', '其中：基本支出/小计': '33200', '其中：基本支出/人员经费': '29900', '其中：基本支出/公用经费': '3300', 项目支出: '585700' });
  });

  it('reads a full row of the third page in order (其他支持中小企业发展和管理支出, line 54)', () => {
    expect(onLine(54)).toEqual({ 本年支出合计: '809300', '其中：基本支出/小计': '642500', '其中：基本支出/人员经费': '578200', '其中：基本支出/公用经费': '64200', 项目支出: '166800' });
  });
});
