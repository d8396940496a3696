/**
 * A page drawn a few characters left of the page before, in real `pdftotext -layout` output (the 收入决算表 of
 * synth-140300-gongxinju-2016-final-00018, pdf111, source lines 84–146, two pages, no form feed between them): on the
 * first page the codes print `201 01   01`, their 项 parts at columns 14–15 of a column blank once the codes are joined;
 * on the second the names start at column 10, where that column stood, so a short name (`抚恤`) and the rest of a
 * wrapped one (`年金缴费支出` under `机关事业单位职业`) fall into it. They are the name column's. Expected cells read
 * by hand (a row of 财政拨款 only: its total equals its one figure).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('names drawn where the codes’ 项 parts stood on the page before are the name column’s', () => {
  const { table, onLine } = ingestTextFormFixture('short-name-where-code-part-stood.pdftotext.txt', 'final_income');
  const row = (n: number) => table.rows.find((r) => r.line === n);

  it('joins 机关事业单位职业 and its rest 年金缴费支出 into one name (lines 36–37)', () => {
    expect(row(36)?.name).toBe('机关事业单位职业年金缴费支出');
    expect(onLine(36)).toEqual({ 本年收入合计: '216776.88', '财政拨款（补助）收入': '216776.88' });
  });

  it('names 208 08 抚恤 by the name drawn where the 项 part stood (line 40)', () => {
    expect(row(40)?.name).toBe('抚恤');
    expect(row(40)?.code).toBe('20808');
    expect(onLine(40)).toEqual({ 本年收入合计: '1035930.06', '财政拨款（补助）收入': '1035930.06' });
  });

  it('keeps the first page’s names as they were read (line 12, 人大事务)', () => {
    expect(row(12)?.name).toBe('人大事务');
  });
});
