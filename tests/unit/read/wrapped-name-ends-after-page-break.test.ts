/**
 * Row names wrapped onto a line of their own after a page break, in real `pdftotext -layout` output (the 支出决算表 of
 * synth-410800-shangwuju-2017-final-00050, pdf111, source lines 128–179: rows printed with a 行次 and names indented by
 * level, no codes). On the page after the break (line 29) `机关事业单位职业` / `年金缴费支出` (lines 30–31) and
 * `其他行政事业单位` / `养老支出` (lines 32–33) reach less far than the page's longest name, so wrapping alone could not
 * tell whether each second line continues the row above or starts the row below; they were left rows of their own
 * with no figure, and the rows above kept half a name. In a table whose rows print a 行次, a line of words only is
 * always a piece of a wrapped name; one ending a name (`…支出`) that cannot start the row below (`其他…` starts a
 * label of its own) continues the row above. Expected cells read by hand: 2962420.17 + 2886601.08 = 5849021.25 and
 * 2547681.34 + 414738.83 = 2962420.17 (line 32).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a wrapped name’s end after a page break joins the row above it', () => {
  const { table, named } = ingestTextFormFixture('wrapped-name-ends-after-page-break.pdftotext.txt', 'final_expenditure');

  it('reads 机关事业单位职业年金缴费支出 whole, with its figures (line 30)', () => {
    expect(named('机关事业单位职业年金缴费支出')).toEqual(
      expect.objectContaining({ 本年支出合计: '4510000', '其中：基本支出/小计': '4510000', '其中：基本支出/人员经费': '3878600', '其中：基本支出/公用经费': '631400' }),
    );
  });

  it('reads 其他行政事业单位养老支出 whole, with its figures (line 32)', () => {
    expect(named('其他行政事业单位养老支出')).toEqual(
      expect.objectContaining({ 本年支出合计: '5849021.25', '其中：基本支出/小计': '2962420.17', '其中：基本支出/人员经费': '2547681.34', '其中：基本支出/公用经费': '414738.83', 项目支出: '2886601.08' }),
    );
  });

  it('reads 其他行政事业单位医疗支出 whole (line 36)', () => {
    expect(named('其他行政事业单位医疗支出')).toEqual(expect.objectContaining({ 本年支出合计: '4886794.35', 项目支出: '1540682.4' }));
  });

  it('leaves no name’s end a row of its own', () => {
    expect(table.rows.map((r) => r.name).filter((n) => ['年金缴费支出', '养老支出', '医疗支出', '机关事业单位职业'].includes(n))).toEqual([]);
  });
});
