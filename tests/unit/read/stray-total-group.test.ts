/**
 * A total cell printed on one line that pdftotext drew apart (`stray-total-group.ts`):
 * tests/fixtures/text-forms/expenditure-total-cell-drawn-apart.pdftotext.txt is 支出决算表 of
 * synth-410100-jiaoyuju-2015-final-00012 (seed 102, its lines 123–149). Line 5 prints `科目名称 本年支出     合计 小计`: the
 * group word `本年支出` stands over the names, five spaces left of its `合计` over the first figures, so the first column
 * was headed by `合计` alone. The two spell 本年支出合计, and `本年支出` heads no column of its own. Expected cells read by
 * hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a 支出决算表 whose 本年支出 is drawn over the names, apart from its 合计', () => {
  const { table, onLine } = ingestTextFormFixture('expenditure-total-cell-drawn-apart.pdftotext.txt', 'final_expenditure');

  it('heads the first figure column by 本年支出合计', () => {
    expect(table.columns[0]).toBe('本年支出合计');
    expect(table.columns).not.toContain('合计');
  });

  it('reads the 总计 row (line 7) under 本年支出合计, 小计, 人员经费, 公用经费 and 项目支出', () => {
    expect(onLine(7)).toEqual({ 本年支出合计: '125080000', '其中：基本支出/小计': '75546000', '其中：基本支出/人员经费': '58170000', '其中：基本支出/公用经费': '17376000', 项目支出: '49534000' });
  });
});
